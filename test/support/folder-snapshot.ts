import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every file below `root` with its content, to prove that an operation changed nothing. */
export async function snapshotFolder(root: string): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  async function walk(folder: string): Promise<void> {
    for (const name of (await readdir(folder)).sort()) {
      const path = join(folder, name);
      if ((await stat(path)).isDirectory()) {
        snapshot[relative(root, path) + '/'] = '';
        await walk(path);
      } else {
        snapshot[relative(root, path)] = (await readFile(path)).toString('base64');
      }
    }
  }
  await walk(root);
  return snapshot;
}
