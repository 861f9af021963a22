import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BackupIdSchema, type BackupInfo } from '../../common/model/backup.ts';
import { DossierError, describe } from '../../common/errors.ts';
import { ArticleSchema } from '../../common/model/article.ts';
import { EntitiesFileSchema } from '../../common/model/entity.ts';
import { EventsFileSchema } from '../../common/model/event.ts';
import { BriefingsFileSchema } from '../../common/model/briefing.ts';
import { RelationsFileSchema } from '../../common/model/relation.ts';
import { SourcesFileSchema } from '../../common/model/source.ts';
import { NotebookFileSchema } from '../../common/model/notebook.ts';
import { parseJsonFile } from '../disk/durable-file.ts';
import {
  ARTICLES_FOLDER as ARTICLES,
  BACKUPS_FOLDER,
  BRIEFINGS_FILE,
  ENTITIES_FILE,
  EVENTS_FILE,
  NOTEBOOK_FILE,
  articleFile,
} from '../disk/notebook-layout.ts';
import { formatBackupTime, infoOf, readManifest, readManifests } from './backup-manifests.ts';
import { migrateJsonForValidation } from './migrations.ts';

/**
 * Whether a backup's files read with the current schemas: before a restore, and to offer the
 * latest sound copy in the message about a damaged file.
 */

/**
 * The newest backup whose copy of `file` is sound, for the message about a damaged file:
 * "The latest backup is from 2026-11-27 18:20 (dossier restore 20261127-182000)."
 */
export async function latestSoundBackup(folder: string, file?: string): Promise<BackupInfo | null> {
  const root = resolve(folder);
  const manifests = await readManifests(root);
  for (const manifest of manifests.reverse()) {
    if (file === undefined || !manifest.files.includes(file)) {
      if (file === undefined) return infoOf(manifest);
      continue;
    }
    try {
      await validateFile(join(root, BACKUPS_FOLDER, manifest.id), file);
      return infoOf(manifest);
    } catch {
      continue;
    }
  }
  return null;
}

/** The sentence appended to a damaged-file message. */
export function offerBackupSentence(backup: BackupInfo | null): string {
  if (backup === null) return 'There is no backup of it to restore.';
  return `The latest backup is from ${formatBackupTime(backup.time)} (dossier restore ${backup.id}).`;
}

/**
 * Add the latest backup to a damaged-file error about a notebook-wide file (the notebook cannot
 * open without it). Other errors pass through unchanged.
 */
export async function withBackupOffer(error: unknown, folder: string): Promise<unknown> {
  if (!(error instanceof DossierError) || error.code !== 'damaged-file') return error;
  if (error.message.includes('dossier restore') || error.message.includes('no backup')) {
    return error;
  }
  const backup = await latestSoundBackup(folder, error.file).catch(() => null);
  return new DossierError(
    'damaged-file',
    `${error.message} ${offerBackupSentence(backup)}`,
    error.file,
  );
}

/** Parse and validate one file of a snapshot with the current schemas (after migration). */
async function validateFile(snapshot: string, file: string): Promise<void> {
  const raw = await readFile(join(snapshot, file), 'utf8');
  if (file === NOTEBOOK_FILE) {
    parseJsonFile(
      JSON.stringify(migrateJsonForValidation('notebook', parseJson(raw, file))),
      NotebookFileSchema,
      file,
    );
  } else if (file === ENTITIES_FILE) {
    parseJsonFile(raw, EntitiesFileSchema, file);
  } else if (file === EVENTS_FILE) {
    parseJsonFile(raw, EventsFileSchema, file);
  } else if (file === BRIEFINGS_FILE) {
    parseJsonFile(raw, BriefingsFileSchema, file);
  } else if (file === 'relations.json') {
    parseJsonFile(raw, RelationsFileSchema, file);
  } else if (file === 'sources.json') {
    parseJsonFile(raw, SourcesFileSchema, file);
  } else if (file.startsWith(`${ARTICLES}/`)) {
    const article = parseJsonFile(raw, ArticleSchema, file);
    if (articleFile(article.id) !== file) {
      throw new DossierError(
        'damaged-file',
        `The backup's ${file} holds article ${article.id}.`,
        file,
      );
    }
  } else {
    parseJson(raw, file);
  }
}

function parseJson(raw: string, file: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new DossierError(
      'damaged-file',
      `The backup's ${file} is not valid JSON (${describe(error)}).`,
      file,
    );
  }
}

/** Check that a backup is complete and every file in it reads with the current schemas. */
export async function validateBackup(folder: string, id: string): Promise<BackupInfo> {
  const root = resolve(folder);
  if (!BackupIdSchema.safeParse(id).success) {
    throw new DossierError(
      'invalid-input',
      `${JSON.stringify(id)} is not a backup id (see dossier backups).`,
    );
  }
  const manifest = await readManifest(root, id);
  if (manifest === null) {
    throw new DossierError(
      'not-found',
      `There is no complete backup ${id} in ${root} (see dossier backups).`,
    );
  }
  if (!manifest.files.includes(NOTEBOOK_FILE)) {
    throw new DossierError(
      'damaged-file',
      `The backup ${id} has no notebook.json; it cannot be restored.`,
    );
  }
  const snapshot = join(root, BACKUPS_FOLDER, id);
  for (const file of manifest.files) {
    try {
      await validateFile(snapshot, file);
    } catch (error) {
      throw new DossierError(
        'damaged-file',
        `The backup ${id} cannot be restored: its copy of ${file} is unreadable (${describe(error)}). Choose another backup.`,
        file,
      );
    }
  }
  return infoOf(manifest);
}

/** For a `.catch` in open: rethrow the error with the latest backup offered. */
export function offerBackup(folder: string): (error: unknown) => Promise<never> {
  return async (error) => {
    throw await withBackupOffer(error, folder);
  };
}
