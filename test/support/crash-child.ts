/**
 * The child of test/unit/reliability-crash.test.ts: opens a notebook and mutates it through the
 * real API until it is killed. Before each call it prints what the call may change
 *
 *   begin <n> <id> <state after>        (one line per article the call changes)
 *
 * and once the call has resolved (the change is on disk):
 *
 *   ok <n> <method>
 *
 * An article's state is `absent` or `present|<title>|<source>`. The child keeps its own model of
 * the undo history to know what undo and redo change; the test checks the reopened notebook
 * against the acknowledged lines, so a wrong model or a lost write both fail it.
 *
 * Usage: node --import tsx test/support/crash-child.ts FOLDER SEED [imports]
 *
 * With `imports`, a run also imports files (importFiles); the format readers are loaded (in the
 * extraction pool's worker) before `ready`, so kills land on mutations rather than on module
 * loading.
 */
import { localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { mulberry32 } from './random.ts';

type State = string; // 'absent' | `present|${title}|${source}`
/** One undoable step: the states it sets on apply, and those it restores on revert. */
interface Step {
  after: Map<string, State>;
  before: Map<string, State>;
}

const [folder, seedText, mode] = process.argv.slice(2);
const withImports = mode === 'imports';
if (folder === undefined || seedText === undefined) throw new Error('usage: FOLDER SEED');
const seed = Number(seedText);
const random = mulberry32(seed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const service = await NotebookService.open(folder, { app: 'crash-child' });
const api = localApi(service);
const live = new Map<string, State>();
for (const article of await api.listArticles({})) {
  live.set(article.id, `present|${article.title}|${article.source}`);
}
const done: Step[] = [];
const undone: Step[] = [];
const hasUndoRedo = 'undo' in api && 'redo' in api;

function line(text: string): void {
  // stdout is a pipe: writes to pipes are synchronous on POSIX, so the line is out before the
  // next call begins.
  process.stdout.write(text + '\n');
}

function announce(n: number, after: Map<string, State>): void {
  for (const [id, state] of after) line(`begin ${n} ${id} ${state}`);
}

function stateOf(id: string): State {
  return live.get(id) ?? 'absent';
}

function apply(states: Map<string, State>): void {
  for (const [id, state] of states) {
    if (state === 'absent') live.delete(id);
    else live.set(id, state);
  }
}

/** A mutation whose ids are known before the call (update, delete). */
async function known(
  n: number,
  method: string,
  after: Map<string, State>,
  call: () => Promise<unknown>,
) {
  const before = new Map([...after.keys()].map((id) => [id, stateOf(id)]));
  announce(n, after);
  await call();
  apply(after);
  done.push({ after, before });
  undone.length = 0;
  line(`ok ${n} ${method}`);
}

if (withImports) {
  // The readers load in the extraction pool's worker: start it with a first (unsaved) file.
  const { extractPool } = await import('../../electron/core/import/extract-pool.ts');
  await extractPool().extract({ name: 'warm-up.txt', bytes: Buffer.from('Warm-up.') });
}
line('ready');
for (let n = 1; ; n++) {
  const ids = [...live.keys()];
  const roll = random();
  const tag = `${seed}-${n}`;
  if (roll < 0.3 || ids.length === 0) {
    // A new article's id is known only once the call returns: it is announced as it is acked.
    const title = `Note ${tag}`;
    const text = `Crash test note ${tag}. ${'Words '.repeat(1 + Math.floor(random() * 40))}end ${tag}.`;
    line(`begin ${n} new -`);
    const { id } = await api.addText({ title, text });
    const after = new Map([[id as string, `present|${title}|`]]);
    apply(after);
    done.push({ after, before: new Map([[id, 'absent']]) });
    undone.length = 0;
    line(`begin ${n} ${id} present|${title}|`);
    line(`ok ${n} addText`);
  } else if (roll < 0.45 && withImports) {
    const body = `Imported file ${tag}.\n\nIt has two paragraphs, and this is the second one (${tag}).`;
    line(`begin ${n} new -`);
    const { results } = await api.importFiles({
      files: [{ name: `file-${tag}.txt`, data: Buffer.from(body).toString('base64') }],
    });
    const result = results[0]!;
    if (result.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(result)}`);
    const after = new Map([[result.id as string, `present|${result.title}|`]]);
    apply(after);
    done.push({ after, before: new Map([[result.id!, 'absent']]) });
    undone.length = 0;
    line(`begin ${n} ${result.id} present|${result.title}|`);
    line(`ok ${n} importFiles`);
  } else if (roll < 0.65) {
    const id = pick(ids);
    const [, title] = stateOf(id).split('|');
    const source = `Source ${tag}`;
    await known(n, 'updateArticle', new Map([[id, `present|${title}|${source}`]]), () =>
      api.updateArticle({ id: id as never, metadata: { source } }),
    );
  } else if (roll < 0.78) {
    const id = pick(ids);
    await known(n, 'deleteArticle', new Map([[id, 'absent']]), () =>
      api.deleteArticle({ id: id as never }),
    );
  } else if (roll < 0.92 && hasUndoRedo && done.length > 0) {
    const step = done.at(-1)!;
    announce(n, step.before);
    await api.undo({});
    apply(step.before);
    done.pop();
    undone.push(step);
    line(`ok ${n} undo`);
  } else if (hasUndoRedo && undone.length > 0) {
    const step = undone.at(-1)!;
    announce(n, step.after);
    await api.redo({});
    apply(step.after);
    undone.pop();
    done.push(step);
    line(`ok ${n} redo`);
  } else {
    // Nothing to undo or redo: a read, so the loop always makes progress.
    await api.info({});
  }
}
