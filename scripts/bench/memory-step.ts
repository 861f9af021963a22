// What the process holds at one step of a bench (issue 21), on stderr: RSS and its anonymous part
// (/proc/self/smaps_rollup), V8's heap (used and committed), external and array buffers, and the
// rest (RSS less the heap committed and the external: Node, the allocator's arenas, code).
// With --expose-gc, a full collection and 1 s for V8 to return pages come first. size.ts calls it
// only when DOSSIER_BENCH_MEMORY is set (the collections would change what it measures after).
import { readdir, readFile } from 'node:fs/promises';
import { setTimeout } from 'node:timers/promises';
import { getHeapStatistics } from 'node:v8';

export interface MemoryAtStep {
  rss_mb: number;
  anon_mb: number;
  heap_used_mb: number;
  heap_committed_mb: number;
  external_mb: number;
  array_buffers_mb: number;
  other_mb: number;
  children_rss_mb: number;
}

/** The resident size of this process's children (Linux: their /proc status), in bytes. */
export async function childrenRss(): Promise<number> {
  let total = 0;
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue;
    total += Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
  }
  return total;
}

export async function memoryAtStep(step: string): Promise<MemoryAtStep> {
  if (global.gc !== undefined) {
    global.gc();
    await setTimeout(1000);
  }
  const usage = process.memoryUsage();
  const heap = getHeapStatistics();
  const rollup = await readFile('/proc/self/smaps_rollup', 'utf8').catch(() => '');
  const anon = Number(/^Anonymous:\s+(\d+) kB/m.exec(rollup)?.[1] ?? NaN) * 1024;
  const round = (bytes: number) => Math.round(bytes / 1e5) / 10;
  const memory = {
    rss_mb: round(usage.rss),
    anon_mb: round(anon),
    heap_used_mb: round(heap.used_heap_size),
    heap_committed_mb: round(heap.total_physical_size),
    external_mb: round(usage.external),
    array_buffers_mb: round(usage.arrayBuffers),
    other_mb: round(usage.rss - heap.total_physical_size - usage.external),
    children_rss_mb: round(await childrenRss()),
  };
  process.stderr.write(
    `  memory ${step}: ${Object.entries(memory)
      .map(([key, value]) => `${key.replace(/_mb$/, '')} ${Math.round(value)}`)
      .join(', ')} MB\n`,
  );
  return memory;
}
