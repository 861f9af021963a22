import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { DossierError, describe } from '../../common/errors.ts';

/** The largest file an import reads; kept beside the file finder, so checking it loads no reader. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** A file found on disk for import; its bytes are read only when its turn comes. */
export interface FoundFile {
  path: string;
  /** Why it cannot be imported, known before reading it (for example: it does not exist). */
  problem?: string;
}

/**
 * Expand the paths a user gave (files and folders, recursively) into files, in a stable order.
 * Hidden files and folders (".git", ".DS_Store") are skipped inside folders, not when named.
 */
export async function findFiles(paths: string[]): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  for (const given of paths) {
    const path = resolve(given);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      found.push({ path: given, problem: unreadable(error) });
      continue;
    }
    if (info.isDirectory()) await walk(path, found);
    else found.push({ path });
  }
  return found;
}

async function walk(folder: string, found: FoundFile[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    found.push({ path: folder, problem: unreadable(error) });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, found);
    else if (entry.isFile()) found.push({ path });
  }
}

export async function readFound(file: FoundFile, maxBytes: number): Promise<Uint8Array> {
  if (file.problem !== undefined) throw new DossierError('io', file.problem);
  let size: number;
  try {
    size = (await stat(file.path)).size;
  } catch (error) {
    throw new DossierError('io', unreadable(error), undefined, { cause: error });
  }
  if (size > maxBytes) {
    const megabytes = (size / 1024 / 1024).toFixed(1);
    throw new DossierError(
      'invalid-input',
      `${basename(file.path)} is ${megabytes} MB; the limit is ${maxBytes / 1024 / 1024} MB`,
    );
  }
  try {
    return await readFile(file.path);
  } catch (error) {
    throw new DossierError('io', unreadable(error), undefined, { cause: error });
  }
}

function unreadable(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return `cannot read it (${describe(error)})`;
  }
}
