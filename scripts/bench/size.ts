// One notebook size, in a fresh process (so that RSS is honest): prints one JSON line last.
// Usage: tsx scripts/bench/size.ts FOLDER
import { open as openFile, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import type { NotebookApi } from '../../electron/common/api/contract.ts';
import type { Article } from '../../electron/common/model/article.ts';
import { measureLibrary } from './library.ts';
import { memoryAtStep } from './memory-step.ts';
import { SEARCH_QUERIES } from './search-queries.ts';
import { cpuIt, longestStall, stats, timeIt, type Stat } from './stats.ts';

/** Above this many articles the naive design is not measured (see below). */
const NAIVE_MAX_ARTICLES = 20_000;
/** How long RSS is left to settle after a full collection. */
const SETTLE_MS = 1000;

const folder = process.argv[2]!;
const log = (line: string) => process.stderr.write(`  [${folder.split('/').pop()}] ${line}\n`);
/** What the process holds at a step, when asked (see memory-step.ts). */
const memory = async (step: string) => {
  if (process.env.DOSSIER_BENCH_MEMORY !== undefined) await memoryAtStep(step);
};

/** A capitalized word not yet marked, for a new mention. */
function freeWord(
  article: Article,
  skip: number,
): { start: number; end: number; quote: string } | null {
  let seen = 0;
  for (const match of article.text.matchAll(/\b[A-Z][a-z]{3,}\b/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (article.mentions.some((m) => m.start < end && start < m.end)) continue;
    if (seen++ < skip) continue;
    return { start, end, quote: match[0] };
  }
  return null;
}

async function main(): Promise<void> {
  const result: Record<string, unknown> = {};
  const articleFiles = (await readdir(join(folder, 'articles'))).length;
  result.articles = articleFiles;
  const big = articleFiles > 5000;

  // 1. The first open: no catalog yet, rebuilt from every article file; above 2,000 articles
  // in the background, the notebook answering meanwhile (usable: the open and a first list).
  // The longest stall of the main thread from the open to the rebuild's end (issue 21: < 100 ms).
  let t = performance.now();
  let service!: NotebookService;
  const rebuild = await longestStall(async () => {
    service = await NotebookService.open(folder, { app: 'bench' });
    await service.listArticles({});
    result.open_rebuild_usable_ms = Math.round(performance.now() - t);
    await service.store.articlesComplete();
    await service.listArticles({});
  });
  result.open_rebuild_ms = Math.round(performance.now() - t);
  result.open_rebuild_max_stall_ms = rebuild.stallMs;
  await memory('rebuilt');
  t = performance.now();
  await service.close(); // writes the catalog; waits for the backup taken on open
  result.first_close_with_backup_ms = Math.round(performance.now() - t);
  await memory('first_close');
  log(
    `catalog rebuilt in ${result.open_rebuild_ms} ms (longest stall ${rebuild.stallMs} ms); first backup + close ${result.first_close_with_backup_ms} ms`,
  );

  // 2. Open until the Library can list it (catalog present), several times.
  const openTimes: number[] = [];
  const openCpu: number[] = [];
  const backupTimes: number[] = [];
  for (let i = 0; i < (big ? 5 : 9); i++) {
    let list: unknown[] = [];
    const { wall, cpu } = await cpuIt(async () => {
      service = await NotebookService.open(folder, { app: 'bench' });
      list = await service.listArticles({});
    });
    openTimes.push(wall);
    openCpu.push(cpu);
    if (list.length === 0) throw new Error('empty list');
    const closing = performance.now();
    await service.close();
    backupTimes.push(performance.now() - closing);
  }
  result.open_ms = stats(openTimes);
  result.open_cpu_ms = stats(openCpu);
  result.close_ms = stats(backupTimes);
  await memory('opens');
  log(`open ${JSON.stringify(result.open_ms)}`);

  // 3. The notebook open for the rest.
  service = await NotebookService.open(folder, { app: 'bench' });
  const api: NotebookApi = localApi(service);
  const summaries = await api.listArticles({});
  const rssAfterOpen = process.memoryUsage().rss;
  result.rss_after_open_mb = Math.round(rssAfterOpen / 1e5) / 10;
  await memory('open');
  const withMentions = summaries.filter((a) => a.mentionCount > 0);
  Object.assign(result, await measureLibrary(summaries));
  log(
    `library sort ${JSON.stringify(result.library_sort_ms)}, filter ${JSON.stringify(result.library_filter_ms)}`,
  );
  const entities = await api.listEntities({});
  // Save one new mention durably, in articles spread over the notebook (each opened first,
  // as the Reader does).
  const savedBytes: string[] = [];
  const pick = (i: number) => withMentions[(i * 7919) % withMentions.length]!;
  const saveMention = async (i: number) => {
    const article = await api.getArticle({ id: pick(i).id });
    const word = freeWord(article, i);
    if (word === null) return null;
    const entityId = article.mentions[0]?.entityId ?? entities[0]!.id;
    const times = await cpuIt(() =>
      api.markMention({ articleId: article.id, ...word, target: { entityId } }),
    );
    savedBytes.push(await readFile(join(folder, 'articles', `${article.id}.json`), 'utf8'));
    return times;
  };
  const saveTimes: number[] = [];
  const saveCpu: number[] = [];
  for (let i = 0; i < 30; i++) {
    const times = await saveMention(i);
    if (times === null) continue;
    saveTimes.push(times.wall);
    saveCpu.push(times.cpu);
  }
  result.save_mention_ms = stats(saveTimes);
  result.save_mention_cpu_ms = stats(saveCpu);
  await memory('saves');
  log(`save mention ${JSON.stringify(result.save_mention_ms)}`);

  // The same while a rolling backup is taken (issue 21: saves queued behind it waited for it):
  // the latest backup made old, the next change starts one.
  await service.store.backupsSettled();
  service.store.backupState.lastAt = 0;
  const duringBackup: number[] = [];
  let started = false;
  for (let i = 30; i < 90 && (!started || service.store.backingUp); i++) {
    const times = await saveMention(i);
    if (times === null) continue;
    if (started) duringBackup.push(times.wall);
    started = true;
  }
  result.save_mention_during_backup_ms = stats(duringBackup);
  t = performance.now();
  await service.store.backupsSettled();
  result.backup_after_saves_ms = Math.round(performance.now() - t);
  await memory('backup');
  log(`save mention during a backup ${JSON.stringify(result.save_mention_during_backup_ms)}`);

  // Accept one suggestion (a span), the Reader's "accept".
  const acceptTimes: number[] = [];
  const suggestTimes: number[] = [];
  for (let i = 0; i < 15; i++) {
    const summary = summaries[(i * 104_729) % summaries.length]!;
    await api.getArticle({ id: summary.id });
    const start = performance.now();
    const open = await api.listSuggestions({ articleId: summary.id });
    suggestTimes.push(performance.now() - start);
    // An ambiguous suggestion (which Kim?) is accepted only with a choice: the first other one.
    const first = open.find((suggestion) => suggestion.candidates === undefined);
    if (first === undefined) continue;
    acceptTimes.push(
      await timeIt(() =>
        api.acceptSuggestions({ articleId: summary.id, start: first.start, end: first.end }),
      ),
    );
  }
  result.accept_suggestion_ms = stats(acceptTimes);
  result.suggest_ms = stats(suggestTimes);
  await memory('suggestions');
  log(`accept suggestion ${JSON.stringify(result.accept_suggestion_ms)}`);

  // Full-text search: the first query loads (or builds, in the search worker) the index;
  // meanwhile, the longest time the main thread could not answer.
  const { result: first, stallMs } = await longestStall(() =>
    cpuIt(() => api.search({ query: 'ukraine' })),
  );
  result.search_first_ms = Math.round(first.wall);
  result.search_first_cpu_ms = Math.round(first.cpu);
  result.search_first_max_stall_ms = stallMs;
  result.search_loaded_from = service.store.search.loadedFrom;
  await memory('first_search');
  const searchTimes: number[] = [];
  const searchCpu: number[] = [];
  let hits = 0;
  for (let round = 0; round < 3; round++) {
    for (const query of SEARCH_QUERIES) {
      const { wall, cpu } = await cpuIt(async () => {
        hits += (await api.search({ query, limit: 20 })).hits.length;
      });
      searchTimes.push(wall);
      searchCpu.push(cpu);
    }
  }
  result.search_ms = stats(searchTimes);
  result.search_cpu_ms = stats(searchCpu);
  result.search_hits_avg = Math.round(hits / searchTimes.length);
  await memory('searches');
  log(
    `search ${JSON.stringify(result.search_ms)} (first ${result.search_first_ms} ms, ${result.search_loaded_from})`,
  );

  // The index after changes, saved, and the cost of writing it.
  t = performance.now();
  await service.store.search.flush();
  result.search_index_save_ms = Math.round(performance.now() - t);
  await memory('index_saved');
  const cache = join(folder, 'cache');
  for (const name of await readdir(cache)) {
    const info = await stat(join(cache, name));
    result[`${name.replace(/\W/g, '_')}_mb`] = Math.round(info.size / 1e5) / 10;
  }

  // After a full collection, V8 returns the freed pages in background tasks: RSS is read once
  // they have run (it was up to 100 MB higher when read at once), as a notebook open and idle.
  global.gc?.();
  await setTimeout(SETTLE_MS);
  result.rss_mb = Math.round(process.memoryUsage().rss / 1e5) / 10;
  result.heap_mb = Math.round(process.memoryUsage().heapUsed / 1e5) / 10;
  await service.close();
  await memory('closed');

  // The physical floor: the same bytes as each save, written with fs and fsync.
  const floorTimes: number[] = [];
  const floorFile = join(folder, 'cache', 'floor.tmp');
  for (const bytes of savedBytes) {
    floorTimes.push(
      await timeIt(async () => {
        const handle = await openFile(floorFile, 'w');
        await handle.writeFile(bytes);
        await handle.sync();
        await handle.close();
      }),
    );
  }
  await rm(floorFile, { force: true });
  result.fsync_floor_ms = stats(floorTimes);
  // Reading the bytes the open reads (the catalog, version 8: its columns' bytes, no JSON.parse).
  const readTimes: number[] = [];
  for (let i = 0; i < 5; i++)
    readTimes.push(
      await timeIt(async () => void (await readFile(join(folder, 'cache', 'catalog.json')))),
    );
  result.open_floor_read_ms = stats(readTimes);

  // The naive way: one lowdb JSONFile holding the whole notebook, rewritten on every save. Not
  // above 20,000 articles: the file would pass V8's longest string (512 MB), and a naive design
  // cannot even write it.
  if (articleFiles <= NAIVE_MAX_ARTICLES) {
    const naivePath = join(folder, '..', `${folder.split('/').pop()}-naive.json`);
    const articles: Article[] = [];
    for (const name of await readdir(join(folder, 'articles'))) {
      if (name.endsWith('.json'))
        articles.push(JSON.parse(await readFile(join(folder, 'articles', name), 'utf8')));
    }
    const naive = new Low(new JSONFile<{ articles: Article[]; entities: unknown }>(naivePath), {
      articles,
      entities: JSON.parse(await readFile(join(folder, 'entities.json'), 'utf8')),
    });
    await naive.write();
    result.naive_file_mb = Math.round(JSON.stringify(naive.data).length / 1e5) / 10;
    const naiveTimes: number[] = [];
    for (let i = 0; i < (big ? 3 : 15); i++) {
      const article = naive.data.articles[(i * 7919) % articles.length]!;
      const mention = article.mentions[0];
      if (mention !== undefined)
        article.mentions.push({ ...mention, id: `bench${String(i).padStart(7, '0')}` as never });
      naiveTimes.push(await timeIt(() => naive.write()));
    }
    result.naive_save_mention_ms = stats(naiveTimes);
    const naiveOpen: number[] = [];
    for (let i = 0; i < (big ? 1 : 3); i++) {
      naiveOpen.push(
        await timeIt(async () => {
          const db = new Low(new JSONFile<{ articles: Article[] }>(naivePath), { articles: [] });
          await db.read();
        }),
      );
    }
    result.naive_open_ms = stats(naiveOpen);
    await rm(naivePath, { force: true });
    log(`naive save ${JSON.stringify(result.naive_save_mention_ms)}`);
  } else {
    result.naive_save_mention_ms = null;
    result.naive_open_ms = null;
  }

  const p50 = (key: string) => (result[key] as Stat | null)?.p50 ?? NaN;
  result.ratios = {
    save_vs_fsync_floor: round(p50('save_mention_ms') / p50('fsync_floor_ms')),
    naive_save_vs_save: round(p50('naive_save_mention_ms') / p50('save_mention_ms')),
    open_vs_read_floor: round(p50('open_ms') / p50('open_floor_read_ms')),
    naive_open_vs_open: round(p50('naive_open_ms') / p50('open_ms')),
  };
  await writeFile(
    join(folder, '..', `${folder.split('/').pop()}.result.json`),
    JSON.stringify(result),
  );
  process.stdout.write(JSON.stringify(result) + '\n');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
