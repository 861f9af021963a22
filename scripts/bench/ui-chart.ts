// The link chart in the UI bench: relations written for it when the notebook has none, the
// chart opened from the Library to its first frame after the layout, then panned and zoomed.
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { anchorIn } from '../../electron/common/model/anchor.ts';
import type { Article } from '../../electron/common/model/article.ts';
import { newRelationId } from '../../electron/common/model/ids.ts';
import {
  emptyRelationsFile,
  type Relation,
  type RelationsFile,
} from '../../electron/common/model/relation.ts';
import { CHART_LAYOUT_FILE, RELATIONS_FILE } from '../../electron/core/disk/notebook-layout.ts';
import { stats } from './stats.ts';
import { openLibrary } from './ui-library.ts';
import { FRAMES, log, mainThreadCpu, RUNS, showView, within, type Signal } from './ui-measure.ts';

/** Relations written for the chart when the notebook has none (the generated notebooks). */
const CHART_RELATIONS = 3_000;

/**
 * The generated notebooks have entities and events with one participant each: a chart of nodes
 * and no links. An analyst's chart has links; so, when the notebook has no relations file yet,
 * this writes one: entities mentioned one after the other in an article are "related-to", with
 * the second mention as evidence, up to CHART_RELATIONS pairs (about six links per entity).
 */
export async function seedChartRelations(folder: string): Promise<void> {
  const file = join(folder, RELATIONS_FILE);
  if (existsSync(file)) return;
  const names = (await readdir(join(folder, 'articles'))).filter((n) => n.endsWith('.json'));
  const seen = new Set<string>();
  const relations: Relation[] = [];
  for (const name of names.sort()) {
    if (relations.length >= CHART_RELATIONS) break;
    const article = JSON.parse(await readFile(join(folder, 'articles', name), 'utf8')) as Article;
    for (let i = 1; i < article.mentions.length && relations.length < CHART_RELATIONS; i++) {
      const [a, b] = [article.mentions[i - 1]!, article.mentions[i]!];
      const pair = [a.entityId, b.entityId].sort().join(' ');
      if (a.entityId === b.entityId || seen.has(pair)) continue;
      seen.add(pair);
      relations.push({
        id: newRelationId(),
        type: 'related-to',
        from: a.entityId,
        to: b.entityId,
        directed: false,
        evidence: [{ ...anchorIn(article.text, b.start, b.end), articleId: article.id }],
        date: null,
        certainty: 'reported',
        tags: [],
        notes: '',
        createdAt: new Date(Date.UTC(2024, 0, 1)).toISOString(),
      });
    }
  }
  const relationsFile: RelationsFile = { ...emptyRelationsFile(), relations };
  await writeFile(file, JSON.stringify(relationsFile, null, 1) + '\n');
  log(`wrote ${relations.length} relations for the chart`);
}

/**
 * Frame intervals while the chart is panned (the mouse dragged across the empty canvas, 12 px
 * a frame) or zoomed (the wheel, 10 notches in, 10 out, in turn): the events Cytoscape gets from
 * a mouse, dispatched once a frame. Cytoscape draws its cheap picture of the last frame only
 * while the user moves the view, not for a pan or zoom made through its API.
 */
async function chartFrames(page: Page, kind: 'pan' | 'zoom'): Promise<number[]> {
  return page.evaluate(
    async ({ kind, count }) => {
      const canvas = document.querySelector<HTMLElement>('.chart-canvas');
      if (canvas === null) return [];
      const box = canvas.getBoundingClientRect();
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      // A point of the canvas with no node under it: Cytoscape pans only from the background.
      const x = box.left + 4;
      const y = box.top + 4;
      const mouse = (type: string, dx: number) =>
        (type === 'mousedown' ? canvas : window).dispatchEvent(
          new MouseEvent(type, {
            bubbles: true,
            cancelable: true,
            clientX: x + dx,
            clientY: y + dx / 2,
            button: 0,
            buttons: type === 'mouseup' ? 0 : 1,
          }),
        );
      const wheel = (deltaY: number) =>
        canvas.dispatchEvent(
          new WheelEvent('wheel', {
            bubbles: true,
            cancelable: true,
            clientX: box.left + box.width / 2,
            clientY: box.top + box.height / 2,
            deltaY,
          }),
        );
      await frame();
      if (kind === 'pan') mouse('mousedown', 0);
      const times: number[] = [];
      let last = performance.now();
      for (let i = 0; i < count; i++) {
        if (kind === 'pan') mouse('mousemove', 12 * (i + 1));
        else wheel(Math.floor(i / 10) % 2 === 0 ? -100 : 100);
        await frame();
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      if (kind === 'pan') mouse('mouseup', 12 * count);
      return times;
    },
    { kind, count: FRAMES },
  );
}

/** An opening of the chart: wall time and the main thread's CPU time, both in ms. */
export interface ChartOpening {
  /** From the click on Link chart to the first frame after the layout. */
  drawn: [number, number];
  /** From the click to the frame drawn with every link (a large chart's come after its nodes). */
  linked: [number, number];
}

/**
 * The page says when the canvas gets `attribute="done"` by resolving `window[name].done` (see
 * Signal): Playwright's waiting polled the page in every frame, on the main thread measured.
 */
async function signalWhenDone(page: Page, attribute: string, name: string): Promise<void> {
  await page.evaluate(
    ({ attribute, name }) => {
      let resolve = () => {};
      const done = new Promise<void>((settle) => (resolve = settle));
      const observer = new MutationObserver(() => {
        if (document.querySelector(`.chart-canvas[${attribute}="done"]`) === null) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(document.body, { subtree: true, attributeFilter: [attribute] });
      Object.assign(window, { [name]: { done, resolve } });
    },
    { attribute, name },
  );
}

/** `window[name].done` (see signalWhenDone) settled, or an error after two minutes. */
function awaitSignal(page: Page, name: string, what: string): Promise<void> {
  const done = page.evaluate(
    (name) => (window as unknown as Record<string, Signal>)[name]!.done,
    name,
  );
  return within(done, 120_000, what);
}

/**
 * The chart opened from the Library (freshly loaded): its first frame, then its links;
 * `around.click` runs before the click on Link chart, `around.drawn` at the first frame.
 */
export async function openChart(
  page: Page,
  url: string,
  around: { click?: () => Promise<unknown>; drawn?: () => Promise<unknown> } = {},
): Promise<ChartOpening> {
  await openLibrary(page, url);
  await around.click?.();
  await signalWhenDone(page, 'data-layout', 'chartDrawn');
  await signalWhenDone(page, 'data-links', 'chartLinked');
  let start = 0;
  const drawn = await mainThreadCpu(page, async () => {
    start = Date.now();
    await showView(page, 'Link chart');
    await awaitSignal(page, 'chartDrawn', 'the chart to be laid out');
    return Date.now() - start;
  });
  await around.drawn?.();
  const [linkedMs, linkedCpu] = await mainThreadCpu(page, async () => {
    await awaitSignal(page, 'chartLinked', "the chart's links to be drawn");
    return Date.now() - start;
  });
  return { drawn, linked: [linkedMs, drawn[1] + linkedCpu] };
}

/**
 * The `chart_…` figures: RUNS openings with no layout kept (the notebook's kept layout removed
 * first, the page loaded afresh: a graph laid out for the first time), each followed by a
 * reopening (`chart_reopen_…`: the layout kept by the opening before), then panning and zooming.
 */
export async function measureChart(
  page: Page,
  url: string,
  folder: string,
  result: Record<string, unknown>,
): Promise<void> {
  const open: number[] = [];
  const cpu: number[] = [];
  const linked: number[] = [];
  const linkedCpu: number[] = [];
  const reopen: number[] = [];
  const reopenCpu: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      await rm(join(folder, CHART_LAYOUT_FILE), { force: true });
      const opening = await openChart(page, url);
      open.push(opening.drawn[0]);
      cpu.push(opening.drawn[1]);
      linked.push(opening.linked[0]);
      linkedCpu.push(opening.linked[1]);
      const again = await openChart(page, url);
      reopen.push(again.drawn[0]);
      reopenCpu.push(again.drawn[1]);
    }
    // The lists beside the chart draw only the rows in view; each row says how many there are.
    const listed = async (list: string) =>
      Number(await page.locator(`${list} li`).first().getAttribute('aria-setsize'));
    result.chart_nodes = await listed('.chart-side [aria-label="Entities"]');
    result.chart_links = await listed('.chart-side [aria-label="Links"]');
    for (const kind of ['pan', 'zoom'] as const) {
      const [times, thread] = await mainThreadCpu(page, () => chartFrames(page, kind));
      result[`chart_${kind}_frame_ms`] = stats(times);
      result[`chart_${kind}_cpu_ms`] = Math.round((thread / times.length) * 100) / 100;
      log(
        `chart_${kind}: frames ${JSON.stringify(result[`chart_${kind}_frame_ms`])}, cpu ${String(result[`chart_${kind}_cpu_ms`])} ms per frame`,
      );
    }
  } catch (error) {
    result.chart_note = `the chart was not laid out: ${String(error).slice(0, 160)}`;
  }
  result.chart_open_ms = open.length > 0 ? stats(open) : null;
  result.chart_open_cpu_ms = cpu.length > 0 ? stats(cpu) : null;
  result.chart_linked_ms = linked.length > 0 ? stats(linked) : null;
  result.chart_linked_cpu_ms = linkedCpu.length > 0 ? stats(linkedCpu) : null;
  result.chart_reopen_ms = reopen.length > 0 ? stats(reopen) : null;
  result.chart_reopen_cpu_ms = reopenCpu.length > 0 ? stats(reopenCpu) : null;
  log(
    `chart reopened (layout kept): ${JSON.stringify(result.chart_reopen_ms)}, main-thread cpu ${JSON.stringify(result.chart_reopen_cpu_ms)}`,
  );
  log(
    `chart with ${String(result.chart_nodes)} nodes: open ${JSON.stringify(result.chart_open_ms)}, main-thread cpu ${JSON.stringify(result.chart_open_cpu_ms)}; every link drawn ${JSON.stringify(result.chart_linked_ms)}, cpu ${JSON.stringify(result.chart_linked_cpu_ms)}`,
  );
}

/** A function's share of a CPU profile: where the main thread's time went. */
interface ProfileRow {
  fn: string;
  selfMs: number;
}

/**
 * An opening of the chart (no layout kept), from the click to its first frame, under the CDP sampling profiler,
 * bottom-up: the main thread's sampled time by function (its own time, not its callees'),
 * largest first; a renderer built without minifying (`vite build --minify false`) gives the functions their names.
 */
export async function profileChartOpen(
  page: Page,
  url: string,
  folder: string,
  top = 40,
): Promise<ProfileRow[]> {
  // The second opening, as most of those measured: the first also compiles the chart's code;
  // with no layout kept, as a graph laid out for the first time.
  await openChart(page, url);
  await rm(join(folder, CHART_LAYOUT_FILE), { force: true });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  let stopped: ReturnType<typeof cdp.send<'Profiler.stop'>> | undefined;
  await openChart(page, url, {
    click: () => cdp.send('Profiler.start'),
    drawn: () => (stopped = cdp.send('Profiler.stop')),
  });
  const { profile } = await stopped!;
  await cdp.detach();
  const selfUs = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) =>
    selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? 0)),
  );
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url: file, lineNumber } = node.callFrame;
    const where = file === '' ? '' : ` ${file.split('/').pop()}:${lineNumber + 1}`;
    const fn = `${functionName || '(anonymous)'}${where}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + (selfUs.get(node.id) ?? 0));
  }
  return [...byFunction]
    .map(([fn, us]) => ({ fn, selfMs: Math.round(us / 100) / 10 }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
}
