import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { link, open, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { z } from 'zod';
import { DossierError, describe } from '../../common/errors.ts';
import { syncFolder } from '../disk/durable-file.ts';
import { LOCK_FILE } from '../disk/notebook-layout.ts';

/** The lock, and the files that taking it uses for a moment (`notebook.lock.<nonce>.tmp`, ...). */
export function isLockFile(name: string): boolean {
  return name === LOCK_FILE || name.startsWith(`${LOCK_FILE}.`);
}

const LockInfoSchema = z.object({
  pid: z.number().int(),
  host: z.string(),
  since: z.string(),
  app: z.string(),
  /** Which acquisition wrote it (locks of earlier versions have none). */
  nonce: z.string().optional(),
});
type LockInfo = z.infer<typeof LockInfoSchema>;

/**
 * A lock file that is empty or unreadable is stale only once it is this old: earlier versions
 * created the file first and wrote into it after, so a young empty one may be a live opening.
 */
const UNREADABLE_GRACE_MS = 5000;
/** A takeover marker this old was left by a process that died while taking over. */
const MARKER_GRACE_MS = 10_000;
const ATTEMPTS = 20;

/** The lock file as read once: its content and the identity of the file that held it. */
interface FoundLock {
  info: LockInfo | null;
  raw: string;
  ino: number;
  mtimeMs: number;
}

/** One process writes a notebook at a time; the lock file says which. */
export class NotebookLock {
  private constructor(
    private readonly path: string,
    private readonly nonce: string,
  ) {}

  /**
   * Take the notebook's lock, or refuse with a message naming the process that holds it.
   *
   * The holder is written into a file of its own first, which is then hard-linked to
   * `notebook.lock`: the link fails if the lock exists, so exactly one process creates it, and
   * the lock is never seen empty. A lock left by a process that no longer runs on this host (or
   * is a zombie) is stale; removing it is reserved, by an exclusive marker named after that very
   * file, to one process, which removes it only if it is still the same file with the same
   * content; then every process tries the link again, and one wins.
   */
  static async acquire(folder: string, app: string): Promise<NotebookLock> {
    const path = join(folder, LOCK_FILE);
    const nonce = randomUUID();
    const info: LockInfo = {
      pid: process.pid,
      host: hostname(),
      since: new Date().toISOString(),
      app,
      nonce,
    };
    // The pid in the name says whose it is even when a kill left it empty (removeLeftovers).
    const candidate = join(folder, `${LOCK_FILE}.${process.pid}.${nonce}.tmp`);
    try {
      await writeSynced(candidate, JSON.stringify(info) + '\n');
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        try {
          await link(candidate, path);
          await syncFolder(folder);
          await removeLeftovers(folder, candidate);
          return new NotebookLock(path, nonce);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
        const holder = await readLock(path);
        if (holder === null) continue; // released meanwhile
        if (!isStale(holder)) {
          if (holder.info === null) break;
          throw new DossierError(
            'notebook-locked',
            `The notebook ${folder} is open in another process (${holder.info.app}, pid ${holder.info.pid} on ${holder.info.host} since ${holder.info.since}). Close it there first.`,
          );
        }
        if (!(await takeOver(folder, path, holder))) await delay(10 + attempt * 5);
      }
    } catch (error) {
      if (error instanceof DossierError) throw error;
      throw new DossierError('io', `Cannot lock the notebook ${folder}: ${describe(error)}`);
    } finally {
      await unlink(candidate).catch(() => undefined);
    }
    throw new DossierError(
      'notebook-locked',
      `The notebook ${folder} is being opened by another process.`,
    );
  }

  async release(): Promise<void> {
    const holder = await readLock(this.path).catch(() => null);
    if (holder?.info?.nonce === this.nonce) await unlink(this.path).catch(() => undefined);
  }
}

async function writeSynced(path: string, content: string): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The lock as it is now, or null when there is none. */
async function readLock(path: string): Promise<FoundLock | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const { ino, mtimeMs } = await handle.stat();
    const raw = await handle.readFile('utf8');
    let info: LockInfo | null = null;
    try {
      const parsed = LockInfoSchema.safeParse(JSON.parse(raw));
      if (parsed.success) info = parsed.data;
    } catch {
      // not JSON: unreadable
    }
    return { info, raw, ino, mtimeMs };
  } finally {
    await handle.close();
  }
}

/**
 * Remove a stale lock, if this process is the one to do it: the marker
 * `notebook.lock.takeover.<inode>-<mtime>` is created exclusively, so of the processes that found
 * this stale file only one removes it, and only after checking that the lock is still that file
 * with that content (a lock taken meanwhile by another process is left alone). False when
 * another process is taking over.
 */
async function takeOver(folder: string, path: string, stale: FoundLock): Promise<boolean> {
  const marker = join(folder, `${LOCK_FILE}.takeover.${stale.ino}-${Math.round(stale.mtimeMs)}`);
  try {
    await writeFile(marker, `${process.pid}\n`, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const age = await stat(marker).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if (age > MARKER_GRACE_MS) await unlink(marker).catch(() => undefined);
    return false;
  }
  try {
    const now = await readLock(path);
    if (now !== null && now.ino === stale.ino && now.raw === stale.raw) await unlink(path);
    return true;
  } finally {
    await unlink(marker).catch(() => undefined);
  }
}

/**
 * The candidates and takeover markers of processes killed while taking the lock: each names its
 * process (a candidate's JSON, a marker's pid), and those of processes still running are theirs;
 * one killed before it wrote its pid is removed once it is old.
 */
/** A candidate lock's name: `notebook.lock.<pid>.<nonce>.tmp`. */
const CANDIDATE_PID = new RegExp(`^${LOCK_FILE.replaceAll('.', '\\.')}\\.(\\d+)\\.[^.]+\\.tmp$`);

async function removeLeftovers(folder: string, own: string): Promise<void> {
  for (const name of await readdir(folder)) {
    const path = join(folder, name);
    if (!isLockFile(name) || name === LOCK_FILE || path === own) continue;
    const content = await readFile(path, 'utf8').catch(() => null);
    if (content === null) continue;
    const pid = CANDIDATE_PID.exec(name)?.[1] ?? /^\s*(?:\{"pid":)?(\d+)/.exec(content)?.[1];
    const left =
      pid === undefined
        ? await stat(path).then(
            (s) => Date.now() - s.mtimeMs > UNREADABLE_GRACE_MS,
            () => false,
          )
        : !isRunning(Number(pid));
    if (left) await unlink(path).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
  return !isZombie(pid);
}

function isStale(holder: FoundLock): boolean {
  const { info } = holder;
  if (info === null) return Date.now() - holder.mtimeMs > UNREADABLE_GRACE_MS;
  if (info.host !== hostname()) return false;
  if (info.pid === process.pid) return false;
  return !isRunning(info.pid);
}

/**
 * Whether a process has ended but not been reaped by its parent: state Z (or X) in
 * /proc/PID/stat. It still answers signals, yet it will never release a lock. False where there
 * is no /proc.
 */
export function isZombie(
  pid: number,
  readStat: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): boolean {
  let line: string;
  try {
    line = readStat(`/proc/${pid}/stat`);
  } catch {
    return false;
  }
  // "PID (command) STATE ...": the command may itself hold spaces and parentheses.
  const state = line.slice(line.lastIndexOf(')') + 1).trim()[0];
  return state === 'Z' || state === 'X';
}
