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
