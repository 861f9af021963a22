// How long the thread that answers the app is held while suggestions are made (issue 20), in a
// fresh process, as the app and browser mode run them (the recognizer in the suggestions'
// worker): the first suggestion after the notebook opens (the recognizer loads), then new
// 3,000-word articles, each after the one before had all its suggestions accepted (the
// recognizer learns from them). Prints one JSON object. Run by scripts/bench/run.ts; alone:
// npx tsx scripts/bench/ner-stall.ts
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { longArticle } from './gold-texts.ts';
import { stats } from './stats.ts';

const folder = await mkdtemp(join(tmpdir(), 'dossier-bench-stall-'));
const service = await NotebookService.open(join(folder, 'nb'), { app: 'bench' });
const api = localApi(service);
const ids: string[] = [];
for (let n = 0; n < 8; n += 1) {
  const { id } = await api.addText({
    title: `Long ${n}`,
    text: longArticle(n),
    published: '2021-03-16',
  });
  ids.push(id);
}

/** The longest stall of this thread (ms) and its busy time (ms) while `task` runs. */
async function stallOf(task: () => Promise<unknown>): Promise<{ stall: number; busy: number }> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  const before = performance.eventLoopUtilization();
  delay.enable();
  await task();
  // A block at the very end of the task shows only when the next timer fires.
  await new Promise((resolve) => setTimeout(resolve, 5));
  delay.disable();
  const used = performance.eventLoopUtilization(before);
  return { stall: delay.max / 1e6, busy: used.active };
}

const first = await stallOf(() => api.listSuggestions({ articleId: ids[0]! }));
await api.acceptSuggestions({ articleId: ids[0]! });
const stalls: number[] = [];
const busy: number[] = [];
for (const id of ids.slice(1)) {
  const measured = await stallOf(() => api.listSuggestions({ articleId: id }));
  stalls.push(measured.stall);
  busy.push(measured.busy);
  await api.acceptSuggestions({ articleId: id });
}
await service.close();
await rm(folder, { recursive: true, force: true });

process.stdout.write(
  JSON.stringify({
    ner_main_thread_stall_first_ms: Math.round(first.stall),
    ner_main_thread_busy_first_ms: Math.round(first.busy),
    ner_main_thread_stall_ms: stats(stalls),
    ner_main_thread_busy_ms: stats(busy),
  }) + '\n',
);
