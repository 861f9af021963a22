// The Reader in the UI bench: the article with 1,000 mentions, opened from the Library, to its
// first screen and to its last mark painted.
import type { Page } from 'playwright-core';
import { stats } from './stats.ts';
import { ARTICLE_ROWS, openLibrary } from './ui-library.ts';
import { log, mainThreadCpu, RUNS, within, type Signal } from './ui-measure.ts';

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

/** The `reader_…` figures over RUNS openings of the article titled `title`. */
export async function measureReader(
  page: Page,
  url: string,
  article: { title: string; mentions: number },
  result: Record<string, unknown>,
): Promise<void> {
  const open: number[] = [];
  const render: number[] = [];
  const firstScreen: number[] = [];
  const cpu: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const times = await openReader(page, url, article.title, article.mentions);
      open.push(times.open);
      render.push(times.render);
      firstScreen.push(times.firstScreen);
      cpu.push(times.cpu);
    }
  } catch (error) {
    result.reader_note = `the marks did not appear: ${String(error).slice(0, 160)}`;
  }
  result.reader_mentions = article.mentions;
  result.reader_open_1000_mentions_ms = open.length > 0 ? stats(open) : null;
  result.reader_render_1000_mentions_ms = render.length > 0 ? stats(render) : null;
  result.reader_first_screen_ms = firstScreen.length > 0 ? stats(firstScreen) : null;
  result.reader_open_1000_mentions_cpu_ms = cpu.length > 0 ? stats(cpu) : null;
  log(
    `reader with ${article.mentions} mentions: open ${JSON.stringify(result.reader_open_1000_mentions_ms)}, render ${JSON.stringify(result.reader_render_1000_mentions_ms)}, first screen ${JSON.stringify(result.reader_first_screen_ms)}, cpu ${JSON.stringify(result.reader_open_1000_mentions_cpu_ms)}`,
  );
}
