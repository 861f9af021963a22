import { hostname } from 'node:os';
import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DossierError, describe } from '../errors.ts';
import { syncFolder } from './durable-file.ts';

export const LOCK_FILE = 'notebook.lock';

const LockInfoSchema = z.object({
  pid: z.number().int(),
  host: z.string(),
  since: z.string(),
  app: z.string(),
});
type LockInfo = z.infer<typeof LockInfoSchema>;

/** One process writes a notebook at a time; the lock file says which. */
export class NotebookLock {
  private constructor(private readonly path: string) {}

  /**
   * Take the notebook's lock, or refuse with a message naming the process that holds it. A lock
   * left by a process that no longer runs on this host is stale and is taken over.
   */
  static async acquire(folder: string, app: string): Promise<NotebookLock> {
    const path = join(folder, LOCK_FILE);
    const info: LockInfo = {
      pid: process.pid,
      host: hostname(),
      since: new Date().toISOString(),
      app,
    };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const handle = await open(path, 'wx');
        try {
          await handle.writeFile(JSON.stringify(info) + '\n');
          await handle.sync();
        } finally {
          await handle.close();
        }
        await syncFolder(folder);
        return new NotebookLock(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new DossierError('io', `Cannot lock the notebook ${folder}: ${describe(error)}`);
        }
      }
      const holder = await readLock(path);
      if (holder !== null && !isStale(holder)) {
        throw new DossierError(
          'notebook-locked',
          `The notebook ${folder} is open in another process (${holder.app}, pid ${holder.pid} on ${holder.host} since ${holder.since}). Close it there first.`,
        );
      }
      await unlink(path).catch(() => undefined);
    }
    throw new DossierError(
      'notebook-locked',
      `The notebook ${folder} is being opened by another process.`,
    );
  }

  async release(): Promise<void> {
    const holder = await readLock(this.path);
    if (holder !== null && holder.pid === process.pid && holder.host === hostname()) {
      await unlink(this.path).catch(() => undefined);
    }
  }
}

async function readLock(path: string): Promise<LockInfo | null> {
  try {
    const parsed = LockInfoSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function isStale(holder: LockInfo): boolean {
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
