import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { DossierError, describe, errorAt, ioError } from '../../common/errors.ts';
import { checkInSlices } from './check-in-slices.ts';

/**
 * A lowdb adapter for one JSON file that is validated on read and saved atomically and durably:
 * the data goes to a temporary file beside the target, is fsynced, renamed over the target, and
 * the folder is fsynced so the rename itself survives a power cut. A crash at any instant leaves
 * the old file or the new one, never a torn one.
 *
 * A file that fails to parse or validate raises a `damaged-file` error naming it; the file is
 * left exactly as it was.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T>,
    /** Name shown to the user, relative to the notebook. */
    private readonly label: string = basename(path),
  ) {}

  async read(): Promise<T | null> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw ioError(error, `Cannot read ${this.label}`, this.path, this.label);
    }
    return parseJsonFileInSlices(raw, this.schema, this.label);
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, jsonFileContent(data));
  }
}

/** How a notebook's JSON files are written: one key per line, readable in a diff. */
export function jsonFileContent(data: unknown): string {
  return JSON.stringify(data, null, 1) + '\n';
}

export function parseJsonFile<T>(raw: string, schema: z.ZodType<T>, label: string): T {
  const result = schema.safeParse(parseJson(raw, label));
  if (!result.success) throw misshapen(label, result.error.issues[0]);
  return result.data;
}

/** parseJsonFile with the thread answering during the check of a long document (see checkInSlices). */
export async function parseJsonFileInSlices<T>(
  raw: string,
  schema: z.ZodType<T>,
  label: string,
): Promise<T> {
  const result = await checkInSlices(parseJson(raw, label), schema);
  if (!result.success) throw misshapen(label, result.issue);
  return result.data;
}

function parseJson(raw: string, label: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw damaged(label, `it is not valid JSON (${describe(error)})`);
  }
}

function misshapen(
  label: string,
  issue: { path: PropertyKey[]; message: string } | undefined,
): DossierError {
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return damaged(
    label,
    `it does not match the expected shape${where}: ${issue?.message ?? 'invalid'}`,
  );
}

function damaged(label: string, why: string): DossierError {
  return new DossierError(
    'damaged-file',
    `The notebook file ${label} is damaged: ${why}. It was left as it is.`,
    label,
  );
}

let tempCounter = 0;

/**
 * What a durable file holds: its bytes, or its text or bytes in pieces written in turn (an empty
 * piece lets the thread answer before the next piece is made).
 */
export type DurableContent = string | Uint8Array | Iterable<string | Uint8Array>;

/** Write `content` to `path` atomically and durably (see DurableJsonFile). */
export function writeFileDurably(path: string, content: DurableContent): Promise<void> {
  return writeFilesDurably([{ path, content }]);
}

/**
 * Writes `bytes` at offset `at` of an existing file, cuts the file after them and fsyncs it:
 * not atomic, for a cache of fixed-size records whose reader takes whole records up to the first
 * that is not one (an append costs what it adds, not the whole file).
 */
export async function writeTailDurably(path: string, at: number, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.write(bytes, 0, bytes.length, at);
    await handle.truncate(at + bytes.length);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/**
 * Write several files atomically and durably, each as writeFileDurably does, for the price of
 * fewer waits on the disk: every temporary file is written and fsynced at once (the file system
 * commits them together), then each is renamed over its target in the order given, then each
 * folder is fsynced once. A crash leaves each file old or new, never torn; files are renamed in
 * order, so a file never lands before one listed ahead of it. Nothing is renamed unless every
 * temporary file is on disk.
 */
export async function writeFilesDurably(
  files: readonly { path: string; content: DurableContent }[],
): Promise<void> {
  const temps = files.map(({ path }) =>
    join(dirname(path), `.${basename(path)}.${process.pid}.${++tempCounter}.tmp`),
  );
  const written = await Promise.allSettled(
    files.map(async ({ content }, index) => {
      const handle = await open(temps[index]!, 'w');
      try {
        if (typeof content === 'string' || content instanceof Uint8Array)
          await handle.writeFile(content);
        else {
          // An empty piece is a pause: what waits on the thread runs before the next is made.
          for (const piece of content)
            await (piece.length === 0 ? nextTurn() : handle.writeFile(piece));
        }
        await handle.sync();
      } finally {
        await handle.close();
      }
    }),
  );
  const removeTemps = (from: number) =>
    Promise.all(temps.slice(from).map((temp) => unlink(temp).catch(() => undefined)));
  const failed = written.findIndex((result) => result.status === 'rejected');
  if (failed !== -1) {
    await removeTemps(0);
    throw errorAt((written[failed] as PromiseRejectedResult).reason, files[failed]!.path, 'write');
  }
  for (const [index, { path }] of files.entries()) {
    try {
      await rename(temps[index]!, path);
    } catch (error) {
      await removeTemps(index);
      throw errorAt(error, path, 'write');
    }
  }
  for (const folder of new Set(files.map(({ path }) => dirname(path)))) await syncFolder(folder);
}

/** The names of those temporary files: `.<name>.<pid>.<n>.tmp`. */
const TEMPORARY_NAME = /^\..+\.(\d+)\.\d+\.tmp$/;

/** Whether `name` is the name of one of writeFilesDurably's temporary files. */
export function isTemporaryName(name: string): boolean {
  return TEMPORARY_NAME.test(name);
}

/**
 * Whether `name` is a temporary file of a write whose process no longer runs: a write that was
 * killed before its rename, never to be finished. (A pid reused since is taken as running:
 * the file then waits for a later look.)
 */
export function isAbandonedTemporaryName(name: string): boolean {
  const pid = TEMPORARY_NAME.exec(name)?.[1];
  if (pid === undefined || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Make a folder's entries (a rename, a new or removed file) durable. */
export async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
