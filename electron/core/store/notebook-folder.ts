import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { DossierError, ioError } from '../../common/errors.ts';
import {
  NOTEBOOK_FORMAT,
  NOTEBOOK_SCHEMA_VERSION,
  type NotebookFile,
} from '../../common/model/notebook.ts';
import { parseJsonFile, writeFileDurably } from '../disk/durable-file.ts';
import { NOTEBOOK_FILE, NOTEBOOK_FOLDERS } from '../disk/notebook-layout.ts';
import { isLockFile } from './lock.ts';

/** A notebook's folder before the store opens it: what it holds, its creation, its version. */

type FolderState = 'missing' | 'empty' | 'notebook' | 'other' | 'file';

export async function folderState(root: string): Promise<FolderState> {
  try {
    const info = await stat(root);
    if (!info.isDirectory()) return 'file';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw ioError(error, `Cannot open ${root}`, root);
  }
  const entries = await readdir(root);
  if (entries.includes(NOTEBOOK_FILE)) return 'notebook';
  // A lock left by a creation that crashed before notebook.json was written is not content.
  return entries.every((name) => isLockFile(name) || name === '.DS_Store') ? 'empty' : 'other';
}

export async function createNotebook(root: string): Promise<void> {
  for (const name of NOTEBOOK_FOLDERS) await mkdir(join(root, name), { recursive: true });
  const meta: NotebookFile = {
    format: NOTEBOOK_FORMAT,
    schemaVersion: NOTEBOOK_SCHEMA_VERSION,
    title: basename(root).replace(/\.dossier$/i, '') || 'Notebook',
    createdAt: new Date().toISOString(),
  };
  await writeFileDurably(join(root, NOTEBOOK_FILE), JSON.stringify(meta, null, 1) + '\n');
}

/** Refuse a notebook written by a newer Dossier before anything else reads it. */
export async function checkVersion(metaFile: string): Promise<void> {
  let raw: string;
  try {
    raw = await readFile(metaFile, 'utf8');
  } catch (error) {
    throw ioError(error, `Cannot read ${NOTEBOOK_FILE}`, metaFile, NOTEBOOK_FILE);
  }
  const header = parseJsonFile(raw, VersionHeaderSchema, NOTEBOOK_FILE);
  if (header.schemaVersion > NOTEBOOK_SCHEMA_VERSION) {
    throw new DossierError(
      'newer-version',
      `This notebook was written by a newer Dossier (schema ${header.schemaVersion}; this version reads up to ${NOTEBOOK_SCHEMA_VERSION}). Update Dossier to open it; the notebook was not changed.`,
    );
  }
}

const VersionHeaderSchema = z.object({
  format: z.literal(NOTEBOOK_FORMAT),
  schemaVersion: z.number().int().positive(),
});
