import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface Stat {
  p50: number;
  p95: number;
  n: number;
}

/** Median and 95th percentile (nearest rank), in ms with 0.01 precision. */
export function stats(samples: number[]): Stat {
  if (samples.length === 0) return { p50: NaN, p95: NaN, n: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  const round = (value: number) => Math.round(value * 100) / 100;
  return { p50: round(rank(0.5)), p95: round(rank(0.95)), n: samples.length };
}

/**
 * The longest time the event loop of this thread could not run while `task` ran, in ms (an
 * event-loop-delay histogram sampled every 10 ms: its resolution).
 */
export async function longestStall<T>(
  task: () => Promise<T>,
): Promise<{ result: T; stallMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  try {
    const result = await task();
    return { result, stallMs: Math.round(delay.max / 1e6) };
  } finally {
    delay.disable();
  }
}

export async function timeIt(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/** CPU time of this process (user + system) spent while `task` ran, in ms. */
export async function cpuIt(task: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await task();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}
