/**
 * The link chart's force-directed layout, off the page's main thread: the view posts the nodes,
 * links and pins, the worker answers with every node's position. Until they come, it warms the
 * layout's code up, one step per task, so that a step is all the graph may wait for.
 */
import {
  forceLayout,
  forceLayoutWarmUp,
  type LayoutInput,
} from '../../../electron/common/chart/network-layout.ts';

let warming: Generator<void, void, void> | null = forceLayoutWarmUp();
// A message port yields to the graph's message between steps (a timer would wait 4 ms each).
const steps = new MessageChannel();
steps.port1.onmessage = () => {
  if (warming !== null && warming.next().done !== true) steps.port2.postMessage(null);
};
steps.port2.postMessage(null);

self.onmessage = (event: MessageEvent<LayoutInput>) => {
  warming = null;
  self.postMessage(Object.fromEntries(forceLayout(event.data)));
};
