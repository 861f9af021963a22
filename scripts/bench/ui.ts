// Rendering at scale in browser mode (Debian Chromium through playwright-core), on FOLDER (the
// 10,000-article notebook of `npm run bench -- --ui`): the Library's first rows and scrolling,
// the Reader on the article with 1,000 mentions, the entity registry, the timeline (list and
// zoom), the link chart (opened, layout done) and the command palette's search. Usage:
// tsx scripts/bench/ui.ts FOLDER [ARTICLE_ID] [--only=library,reader,registry,timeline,chart,search]
// (by default all of them).
// Prints one JSON line last (docs/PERFORMANCE.md says what each figure is); a figure is null,
// with a note saying why, when the page did not show what was expected.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { startServer } from '../../electron/serve/server.ts';
import { stats } from './stats.ts';
import { anchorIn } from '../../electron/common/model/anchor.ts';
import { newRelationId } from '../../electron/common/model/ids.ts';
import type { Article } from '../../electron/common/model/article.ts';
import {
  emptyRelationsFile,
  type Relation,
  type RelationsFile,
} from '../../electron/common/model/relation.ts';
import { RELATIONS_FILE } from '../../electron/core/disk/notebook-layout.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [folder, articleId = ''] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const onlyArg = process.argv.find((arg) => arg.startsWith('--only='));
const sections = new Set(
  onlyArg === undefined
    ? ['library', 'reader', 'registry', 'timeline', 'chart', 'search']
    : onlyArg.slice('--only='.length).split(','),
);
const log = (line: string) => process.stderr.write(`  [ui] ${line}\n`);
/** Navigations and Reader openings measured (each from a fresh page load). */
const RUNS = 5;
/** Animation frames measured per scroll or zoom. */
const FRAMES = 60;
const QUERY = 'nuclear security';
/**
 * The page tells when a measured moment has come by resolving a promise the script awaits, set
 * up before the action. Asking it instead (`waitForFunction`) put an evaluation of 12-20 ms into
 * the time measured: the first one always ran right after the action's first task.
 */
type Signal = { done: Promise<void>; resolve: () => void };

/** `promise`, or an error once `ms` have passed without it settling. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`waited ${ms} ms for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
const ARTICLE_ROWS = '[aria-label="Articles"] [data-index]';

/**
 * The time between animation frames while, in each frame, `target` scrolls down by a screenful
 * (or by `step` pixels; back to the top at the end) or, with `buttons`, a button is clicked (ten
 * clicks of each in turn): everything the page does in between (scroll handlers, React, style,
 * layout, paint) lands in these intervals.
 */
async function frameTimes(
  page: Page,
  target: string,
  buttons: string[] = [],
  step?: number,
): Promise<number[]> {
  return page.evaluate(
    async ({ target, buttons, count, step }) => {
      const box = document.querySelector<HTMLElement>(target);
      if (box === null) return [];
      const clickable = buttons.map((selector) => document.querySelector<HTMLElement>(selector));
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      await frame();
      const times: number[] = [];
      let last = performance.now();
      for (let i = 0; i < count; i++) {
        if (clickable.length > 0) clickable[Math.floor(i / 10) % clickable.length]?.click();
        else if (box.scrollTop + box.clientHeight >= box.scrollHeight - 1) box.scrollTop = 0;
        else box.scrollTop += step ?? box.clientHeight;
        await frame();
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      return times;
    },
    { target, buttons, count: FRAMES, step },
  );
}

/**
 * The CPU time (ms) of the page's main thread while `task` runs: unlike wall time, it does not
 * grow when other processes take the cores (the tests of other engineers, on this machine).
 */
async function mainThreadCpu<T>(page: Page, task: () => Promise<T>): Promise<[T, number]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadTime = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value;
  const before = await threadTime();
  const value = await task();
  const cpu = (await threadTime()) - before;
  await cdp.detach();
  return [value, cpu * 1000];
}

/**
 * `frameTimes` as p50/p95 under `NAME_frame_ms`, and the main thread's CPU time per frame (the
 * mean over the frames) under `NAME_cpu_ms`; null with a note when there was nothing to scroll.
 */
async function frameStats(
  page: Page,
  name: string,
  target: string,
  result: Record<string, unknown>,
  buttons: string[] = [],
  step?: number,
): Promise<void> {
  const [times, cpu] = await mainThreadCpu(page, () => frameTimes(page, target, buttons, step));
  result[`${name}_frame_ms`] = times.length > 0 ? stats(times) : null;
  result[`${name}_cpu_ms`] = times.length > 0 ? Math.round((cpu / times.length) * 100) / 100 : null;
  if (times.length === 0) result[`${name}_note`] = `${target} is not in the page`;
  log(
    `${name}: frames ${JSON.stringify(result[`${name}_frame_ms`])}, cpu ${result[`${name}_cpu_ms`]} ms per frame`,
  );
}

/** From a fresh page load to the Library's first rows. */
async function openLibrary(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  const start = Date.now();
  await page.goto(url);
  await page.locator(ARTICLE_ROWS).first().waitFor({ timeout: 60_000 });
  return Date.now() - start;
}

/**
 * Opens the article (filtered in the Library, then double-clicked) and returns, measured in the
 * page: from the double-click, and from the end of the `getArticle` response, to the end of the
 * first frame in which the Reader holds a mark for each of `mentions` mentions (a task queued
 * from that frame's animation callback runs once the frame is painted; counting the marks at each
 * frame costs a little, and is counted), and the main thread's CPU time from before the
 * double-click to then. Also, from the response, to the end of the first frame with the first
 * screen and its marks: every paragraph that starts above the bottom of the Reader's scroller has
 * its segments, and a mention mark is in the DOM.
 */
async function openReader(
  page: Page,
  url: string,
  title: string,
  mentions: number,
): Promise<{ open: number; render: number; firstScreen: number; cpu: number }> {
  await openLibrary(page, url);
  await page.getByPlaceholder('Filter by title, source or tag').fill(title);
  const row = page.locator(ARTICLE_ROWS).filter({ hasText: title }).first();
  await row.waitFor({ timeout: 30_000 });
  await page.evaluate((mentions) => {
    const timing = { clicked: 0, painted: 0, firstScreen: 0 };
    let resolve = () => {};
    const done = new Promise<void>((settle) => (resolve = settle));
    Object.assign(window, { readerTiming: timing, readerPainted: { done, resolve } });
    performance.clearResourceTimings();
    document.addEventListener('dblclick', () => (timing.clicked = performance.now()), {
      capture: true,
      once: true,
    });
    const firstScreen = () => {
      const scroller = document.querySelector('.reader-view .reader-scroll');
      const paragraphs = document.querySelectorAll('.reader-view .article-text p');
      if (scroller === null || paragraphs.length === 0) return false;
      const bottom = scroller.getBoundingClientRect().bottom;
      for (const paragraph of paragraphs) {
        if (paragraph.getBoundingClientRect().top >= bottom) break;
        if (paragraph.querySelector('span[data-start]') === null) return false;
      }
      return document.querySelector('.reader-view [data-mark-start^="m:"]') !== null;
    };
    const frame = () =>
      requestAnimationFrame(() => {
        if (timing.clicked !== 0 && timing.firstScreen === 0 && firstScreen()) {
          setTimeout(() => (timing.firstScreen = performance.now()));
        }
        const marks = document.querySelectorAll('.reader-view [data-mark-start^="m:"]').length;
        if (timing.clicked === 0 || marks < mentions) return frame();
        setTimeout(() => {
          timing.painted = performance.now();
          resolve();
        });
      });
    frame();
  }, mentions);
  const [, cpu] = await mainThreadCpu(page, async () => {
    // Long: in a fresh bench notebook the server (in this process) sometimes stalls for tens of
    // seconds between openings; the render figure, from the response on, does not include it.
    const painted = page.evaluate(
      () => (window as unknown as { readerPainted: Signal }).readerPainted.done,
    );
    await row.dblclick();
    await within(painted, 120_000, 'the marks to be painted');
  });
  const times = await page.evaluate(() => {
    const { clicked, painted, firstScreen } = (
      window as unknown as {
        readerTiming: { clicked: number; painted: number; firstScreen: number };
      }
    ).readerTiming;
    const response = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('/api/getArticle') && entry.startTime >= clicked)
      .map((entry) => (entry as PerformanceResourceTiming).responseEnd)
      .sort((a, b) => a - b)[0];
    return {
      open: painted - clicked,
      render: painted - (response ?? Number.NaN),
      firstScreen: firstScreen - (response ?? Number.NaN),
    };
  });
  // The Reader's suggestions are computed on the server (seconds for this article, blocking it):
  // the next opening waits for them rather than queueing behind them.
  await page.waitForFunction(
    () =>
      ['listSuggestions', 'listEventSuggestions'].every((method) =>
        performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/api/${method}`)),
      ),
    null,
    { timeout: 120_000 },
  );
  return { ...times, cpu };
}

/**
 * Types `query` into the command palette and returns, measured in the page, each keystroke's
 * time to the next frame (the palette filters articles and entities by name as one types) and
 * the time from the last keystroke to the full-text results on screen (after the palette's
 * debounce and the `search` call).
 */
async function searchInPalette(
  page: Page,
  query: string,
): Promise<{ keystrokes: number[]; results: number }> {
  await page.keyboard.press('Control+k');
  const input = page.getByRole('dialog').getByRole('combobox');
  await input.waitFor();
  await page.evaluate((query) => {
    const timing = { keystrokes: [] as number[], last: 0, shown: 0 };
    let resolve = () => {};
    const done = new Promise<void>((settle) => (resolve = settle));
    Object.assign(window, { searchTiming: timing, searchShown: { done, resolve } });
    document.addEventListener(
      'keydown',
      (event) => {
        timing.last = event.timeStamp;
        // The frame after the keystroke's render, once it is painted.
        requestAnimationFrame(() =>
          setTimeout(() => timing.keystrokes.push(performance.now() - event.timeStamp)),
        );
      },
      { capture: true },
    );
    const frame = () =>
      requestAnimationFrame(() => {
        // The section shows only the results of the query in the field (the whole query, here).
        const input = document.querySelector<HTMLInputElement>('.palette-input input');
        const heading = [...document.querySelectorAll('.palette-section')].find(
          (section) => section.textContent === 'Search everywhere',
        );
        if (input?.value !== query || heading === undefined) return frame();
        setTimeout(() => {
          timing.shown = performance.now();
          resolve();
        });
      });
    frame();
  }, query);
  const shown = page.evaluate(
    () => (window as unknown as { searchShown: Signal }).searchShown.done,
  );
  await input.pressSequentially(query, { delay: 60 });
  await within(shown, 60_000, 'the search results');
  return page.evaluate(() => {
    const { keystrokes, last, shown } = (
      window as unknown as { searchTiming: { keystrokes: number[]; last: number; shown: number } }
    ).searchTiming;
    return { keystrokes, results: shown - last };
  });
}

/** Relations written for the chart when the notebook has none (the generated notebooks). */
const CHART_RELATIONS = 3_000;

/**
 * The generated notebooks have entities and events with one participant each: a chart of nodes
 * and no links. An analyst's chart has links; so, when the notebook has no relations file yet,
 * this writes one: entities mentioned one after the other in an article are "related-to", with
 * the second mention as evidence, up to CHART_RELATIONS pairs (about six links per entity).
 */
async function seedChartRelations(folder: string): Promise<void> {
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

async function main(): Promise<void> {
  const result: Record<string, unknown> = {
    load_average: loadavg().map((l) => Math.round(l * 100) / 100),
  };
  if (!existsSync(join(root, 'dist/renderer/index.html'))) {
    log('building the renderer…');
    spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  }
  if (sections.has('chart')) await seedChartRelations(folder!);
  const service = await NotebookService.open(folder!, { app: 'bench ui' });
  // The search index is loaded (or built) by the first search, not measured here.
  await service.search({ query: QUERY, limit: 8 });
  const server = await startServer({ service, staticDir: join(root, 'dist/renderer'), port: 0 });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const nav = (page: Page, view: string) =>
    page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view }).click();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // tsx keeps function names with a helper the page does not have: give it a stand-in.
    await page.addInitScript('window.__name = (f) => f');
    page.on('pageerror', (error) => log(`page error: ${error.message}`));

    // Library: from navigation to the first rows, then scrolling a screenful per frame.
    const firstRows: number[] = [];
    try {
      for (let i = 0; i < RUNS; i++) firstRows.push(await openLibrary(page, server.url));
      result.library_first_rows_ms = stats(firstRows);
      result.library_rows_in_dom = await page.locator(ARTICLE_ROWS).count();
      log(`library_first_rows_ms ${JSON.stringify(result.library_first_rows_ms)}`);
      if (sections.has('library')) {
        await frameStats(page, 'library_scroll', '.library-list .table-scroll', result);
        // As a mouse wheel scrolls: about three rows a frame.
        await frameStats(page, 'library_wheel', '.library-list .table-scroll', result, [], 100);
      }
    } catch (error) {
      result.library_first_rows_ms = null;
      result.library_note = `no article rows appeared: ${String(error).slice(0, 160)}`;
    }

    // Reader: the article with 1,000 mentions, opened from the Library.
    if (sections.has('reader') && articleId !== '' && result.library_first_rows_ms !== null) {
      const summary = await service.getArticle({ id: articleId as never });
      const open: number[] = [];
      const render: number[] = [];
      const firstScreen: number[] = [];
      const cpu: number[] = [];
      try {
        for (let i = 0; i < RUNS; i++) {
          const times = await openReader(page, server.url, summary.title, summary.mentions.length);
          open.push(times.open);
          render.push(times.render);
          firstScreen.push(times.firstScreen);
          cpu.push(times.cpu);
        }
      } catch (error) {
        result.reader_note = `the marks did not appear: ${String(error).slice(0, 160)}`;
      }
      result.reader_mentions = summary.mentions.length;
      result.reader_open_1000_mentions_ms = open.length > 0 ? stats(open) : null;
      result.reader_render_1000_mentions_ms = render.length > 0 ? stats(render) : null;
      result.reader_first_screen_ms = firstScreen.length > 0 ? stats(firstScreen) : null;
      result.reader_open_1000_mentions_cpu_ms = cpu.length > 0 ? stats(cpu) : null;
      log(
        `reader with ${summary.mentions.length} mentions: open ${JSON.stringify(result.reader_open_1000_mentions_ms)}, render ${JSON.stringify(result.reader_render_1000_mentions_ms)}, first screen ${JSON.stringify(result.reader_first_screen_ms)}, cpu ${JSON.stringify(result.reader_open_1000_mentions_cpu_ms)}`,
      );
    }

    // The entity registry and the timeline, each reached from the Library.
    if (sections.has('registry')) {
      await openLibrary(page, server.url);
      await nav(page, 'Entities');
      await page.locator('.entity-list-scroll li').first().waitFor({ timeout: 60_000 });
      await frameStats(page, 'registry_scroll', '.entity-list-scroll', result);
    }
    if (sections.has('timeline')) {
      await openLibrary(page, server.url);
      await nav(page, 'Timeline');
      await page.locator('.tl-canvas').waitFor({ timeout: 60_000 });
      await frameStats(page, 'timeline_scroll', '.tl-list', result);
      await frameStats(page, 'timeline_zoom', '.tl-axis-body', result, [
        'button[aria-label="Zoom in"]',
        'button[aria-label="Zoom out"]',
      ]);
    }

    // The link chart, from the Library to the nodes where the layout (in its worker) put them.
    if (sections.has('chart')) {
      const open: number[] = [];
      const cpu: number[] = [];
      try {
        for (let i = 0; i < RUNS; i++) {
          await openLibrary(page, server.url);
          // The page says when the chart is laid out (see Signal): Playwright's waiting
          // polled the page in every frame, on the main thread being measured.
          await page.evaluate(() => {
            let resolve = () => {};
            const done = new Promise<void>((settle) => (resolve = settle));
            const observer = new MutationObserver(() => {
              if (document.querySelector('.chart-canvas[data-layout="done"]') === null) return;
              observer.disconnect();
              resolve();
            });
            observer.observe(document.body, { subtree: true, attributeFilter: ['data-layout'] });
            Object.assign(window, { chartDrawn: { done, resolve } });
          });
          const [ms, thread] = await mainThreadCpu(page, async () => {
            const drawn = page.evaluate(
              () => (window as unknown as { chartDrawn: Signal }).chartDrawn.done,
            );
            const start = Date.now();
            await nav(page, 'Link chart');
            await within(drawn, 120_000, 'the chart to be laid out');
            return Date.now() - start;
          });
          open.push(ms);
          cpu.push(thread);
        }
        result.chart_nodes = await page.locator('.chart-entities li').count();
        result.chart_links = await page.locator('.chart-side [aria-label="Links"] li').count();
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
      log(
        `chart with ${String(result.chart_nodes)} nodes: open ${JSON.stringify(result.chart_open_ms)}, main-thread cpu ${JSON.stringify(result.chart_open_cpu_ms)}`,
      );
    }

    // Search in the command palette, from the Library.
    if (sections.has('search')) {
      await openLibrary(page, server.url);
      const search = await searchInPalette(page, QUERY);
      result.palette_keystroke_ms = stats(search.keystrokes);
      result.search_results_ms = search.results;
      log(
        `palette_keystroke_ms ${JSON.stringify(result.palette_keystroke_ms)}, search_results_ms ${Math.round(search.results)}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    await service.close();
  }
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
