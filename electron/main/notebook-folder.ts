import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { NOTEBOOK_FILE } from '../core/disk/notebook-layout.ts';

/**
 * What a folder the user picked holds, for the New and Open dialogs. Nothing here imports
 * Electron.
 */
export type FolderKind = 'missing' | 'empty' | 'notebook' | 'other-folder' | 'file';

export async function folderKind(folder: string): Promise<FolderKind> {
  let info;
  try {
    info = await stat(folder);
  } catch {
    return 'missing';
  }
  if (!info.isDirectory()) return 'file';
  try {
    const notebook = await stat(path.join(folder, NOTEBOOK_FILE));
    if (notebook.isFile()) return 'notebook';
  } catch {
    // not a notebook
  }
  const entries = (await readdir(folder)).filter((name) => name !== '.DS_Store');
  return entries.length === 0 ? 'empty' : 'other-folder';
}

/** The folder a New Notebook dialog answer names: always ending in ".dossier". */
export function notebookFolderName(chosen: string): string {
  const trimmed = chosen.replace(/[\\/]+$/, '');
  return /\.dossier$/i.test(trimmed) ? trimmed : `${trimmed}.dossier`;
}

/** The sample articles to import: the .txt files of the folder, in name order. */
export async function sampleArticles(folder: string): Promise<string[]> {
  const names = await readdir(folder);
  return names
    .filter((name) => name.toLowerCase().endsWith('.txt'))
    .sort()
    .map((name) => path.join(folder, name));
}
