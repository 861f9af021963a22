// What every section of the UI bench (ui.ts) measures with: frame intervals while something
// scrolls or is clicked, the page's main-thread CPU time, and waiting on the page's own signal.
import type { Page } from 'playwright-core';
import { stats } from './stats.ts';

export const log = (line: string) => process.stderr.write(`  [ui] ${line}\n`);
/** Navigations and Reader openings measured (each from a fresh page load). */
export const RUNS = 5;
/** Animation frames measured per scroll or zoom. */
export const FRAMES = 60;
/**
 * The page tells when a measured moment has come by resolving a promise the script awaits, set
 * up before the action. Asking it instead (`waitForFunction`) put an evaluation of 12-20 ms into
 * the time measured: the first one always ran right after the action's first task.
 */
export type Signal = { done: Promise<void>; resolve: () => void };

/** `promise`, or an error once `ms` have passed without it settling. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
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

/**
 * The time between animation frames while, in each frame, `target` scrolls down by a screenful
 * (or by `step` pixels; back to the top at the end) or, with `buttons`, a button is clicked (ten
 * clicks of each in turn): everything the page does in between (scroll handlers, React, style,
 * layout, paint) lands in these intervals.
 */
export async function frameTimes(
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
export async function mainThreadCpu<T>(page: Page, task: () => Promise<T>): Promise<[T, number]> {
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
export async function frameStats(
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

/** Shows `view` through the navigation bar. */
export async function showView(page: Page, view: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view }).click();
}
