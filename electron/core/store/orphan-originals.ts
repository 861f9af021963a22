import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { listBackups } from './backup-manifests.ts';
import { ARTICLES_FOLDER, BACKUPS_FOLDER, ORIGINALS_FOLDER } from '../disk/notebook-layout.ts';

/** The formats whose one original several articles share (a feed's items). */
const SHARED = new Set(['.rss', '.atom', '.xml']);

/** Whether `path` exists (a hard-linked backup copy, say). */
async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Whether any article file of these backups names the original `file`; each inode read once. */
async function namedInBackups(folder: string, backups: string[], file: string): Promise<boolean> {
  const seen = new Set<string>();
  const needle = JSON.stringify(file);
  for (const id of backups) {
    const articles = join(folder, BACKUPS_FOLDER, id, ARTICLES_FOLDER);
    for (const name of await readdir(articles).catch(() => [] as string[])) {
      const path = join(articles, name);
      const info = await stat(path).catch(() => null);
      if (info === null || seen.has(`${info.dev}:${info.ino}`)) continue;
      seen.add(`${info.dev}:${info.ino}`);
      if ((await readFile(path, 'utf8').catch(() => '')).includes(needle)) return true;
    }
  }
  return false;
}

/**
 * Removes, on open, the originals nothing can bring back an article for: named by no article of
 * the notebook and by none of its backups. That is what a crash between writing a batch's
 * originals and writing its articles leaves (the articles never landed), and the originals of
 * articles deleted or undone before any backup held them. At open there is no undo history (it
 * lives in memory, one session), so no redo needs them; the backups' articles are kept restorable
 * with their originals. Never throws: what cannot be checked is left.
 *
 * An original is named `<article id><extension>` after the first article imported from it; only
 * a feed's original is also named by its other items, so only for those are the backups' article
 * files read (and only when the feed's first article is in no backup).
 */
export async function removeOrphanOriginals(
  folder: string,
  named: ReadonlySet<string>,
): Promise<string[]> {
  const removed: string[] = [];
  try {
    const names = await readdir(join(folder, ORIGINALS_FOLDER));
    const candidates = names.filter((name) => !name.startsWith('.') && !named.has(name));
    if (candidates.length === 0) return removed;
    const backups = (await listBackups(folder)).map((backup) => backup.id);
    for (const name of candidates) {
      const extension = extname(name);
      const article = `${name.slice(0, name.length - extension.length)}.json`;
      let kept = false;
      for (const id of backups) {
        kept ||= await exists(join(folder, BACKUPS_FOLDER, id, ARTICLES_FOLDER, article));
      }
      if (!kept && SHARED.has(extension.toLowerCase())) {
        kept = await namedInBackups(folder, backups, name);
      }
      if (kept) continue;
      await unlink(join(folder, ORIGINALS_FOLDER, name));
      removed.push(name);
    }
  } catch {
    // A notebook that cannot be listed keeps what it has.
  }
  return removed;
}
