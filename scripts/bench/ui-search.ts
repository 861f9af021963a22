// Search in the UI bench: the command palette's keystrokes and its full-text results.
import type { Page } from 'playwright-core';
import { within, type Signal } from './ui-measure.ts';

/**
 * Types `query` into the command palette and returns, measured in the page, each keystroke's
 * time to the next frame (the palette filters articles and entities by name as one types) and
 * the time from the last keystroke to the full-text results on screen (after the palette's
 * debounce and the `search` call).
 */
export async function searchInPalette(
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
