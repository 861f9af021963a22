/**
 * The link chart's force-directed layout, off the page's main thread: the view posts the nodes,
 * links and pins, the worker answers with every node's position.
 */
import { forceLayout, type LayoutInput } from '../../../electron/common/chart/network-layout.ts';

self.onmessage = (event: MessageEvent<LayoutInput>) => {
  self.postMessage(Object.fromEntries(forceLayout(event.data)));
};
