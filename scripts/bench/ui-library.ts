// The Library in the UI bench: from a fresh page load to its first rows, then scrolling.
import type { Page } from 'playwright-core';
import { stats } from './stats.ts';
import { frameStats, log, RUNS } from './ui-measure.ts';

export const ARTICLE_ROWS = '[aria-label="Articles"] [data-index]';

/** From a fresh page load to the Library's first rows. */
export async function openLibrary(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  const start = Date.now();
  await page.goto(url);
  await page.locator(ARTICLE_ROWS).first().waitFor({ timeout: 60_000 });
  return Date.now() - start;
}

/**
 * `library_first_rows_ms` over RUNS page loads, then (with `scroll`) a screenful and a wheel's
 * 100 px per frame; a null figure and a note when no row appeared.
 */
export async function measureLibrary(
  page: Page,
  url: string,
  scroll: boolean,
  result: Record<string, unknown>,
): Promise<void> {
  const firstRows: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) firstRows.push(await openLibrary(page, url));
    result.library_first_rows_ms = stats(firstRows);
    result.library_rows_in_dom = await page.locator(ARTICLE_ROWS).count();
    log(`library_first_rows_ms ${JSON.stringify(result.library_first_rows_ms)}`);
    if (scroll) {
      await frameStats(page, 'library_scroll', '.library-list .table-scroll', result);
      // As a mouse wheel scrolls: about three rows a frame.
      await frameStats(page, 'library_wheel', '.library-list .table-scroll', result, [], 100);
    }
  } catch (error) {
    result.library_first_rows_ms = null;
    result.library_note = `no article rows appeared: ${String(error).slice(0, 160)}`;
  }
}
