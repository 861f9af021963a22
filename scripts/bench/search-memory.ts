// The search index of an existing notebook alone, as its worker holds it: the heap it takes once
// loaded from its files, and the CPU of each of size.ts's queries (no snippets). Read-only: the
// notebook is not changed. Prints one JSON line; with --hits FILE, also writes every query's hits
// (ids and scores), to compare two versions of the index's code.
// Usage: tsx --expose-gc scripts/bench/search-memory.ts FOLDER [--hits FILE]
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { SearchIndex } from '../../electron/core/search/search-index.ts';
import { SEARCH_QUERIES } from './search-queries.ts';
import { stats } from './stats.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { hits: { type: 'string' } },
});
const folder = positionals[0]!;

function heapMb(): number {
  globalThis.gc?.();
  return Math.round(process.memoryUsage().heapUsed / 1e5) / 10;
}

async function main(): Promise<void> {
  const heapBefore = heapMb();
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const index = new SearchIndex(folder, true);
  await index.open();
  const loadMs = performance.now() - t0;
  const { user, system } = process.cpuUsage(cpu);
  if (index.loadedFrom !== 'cache') throw new Error(`no search index to load in ${folder}`);
  const heap = heapMb() - heapBefore;
  const times: number[] = [];
  const hits: Record<string, [string, number][]> = {};
  for (let round = 0; round < 3; round++) {
    for (const query of SEARCH_QUERIES) {
      const start = process.cpuUsage();
      const found = index.search(query, 20);
      const used = process.cpuUsage(start);
      times.push((used.user + used.system) / 1000);
      hits[query] = found.map((hit) => [hit.id, Math.round(hit.score * 1e6) / 1e6]);
    }
  }
  if (values.hits !== undefined) await writeFile(values.hits, JSON.stringify(hits, null, 1));
  process.stdout.write(
    JSON.stringify({
      search_index_heap_mb: Math.round(heap * 10) / 10,
      search_index_load_ms: Math.round(loadMs),
      search_index_load_cpu_ms: Math.round((user + system) / 1000),
      search_cpu_ms: stats(times),
      rss_mb: Math.round(process.memoryUsage().rss / 1e5) / 10,
    }) + '\n',
  );
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
