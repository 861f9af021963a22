import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DossierError, describe, ioError } from '../../common/errors.ts';
import { ArticleSchema, type Article } from '../../common/model/article.ts';
import { EntitiesFileSchema, type EntitiesFile } from '../../common/model/entity.ts';
import { EventsFileSchema, type EventsFile } from '../../common/model/event.ts';
import { BriefingsFileSchema, type BriefingsFile } from '../../common/model/briefing.ts';
import { NotebookFileSchema, type NotebookFile } from '../../common/model/notebook.ts';
import { firstViolation, isPlainFileName } from '../store/notebook-invariants.ts';
import { sha256Hex } from '../import/text.ts';
import { ORIGINALS_FOLDER, originalFile } from '../disk/notebook-layout.ts';

/**
 * The whole notebook in one JSON file, and back.
 *
 * What it holds: notebook.json (title, creation time), every article (metadata, text, mentions,
 * highlights, suggestion decisions), the entity registry (with rejected names), the events
 * (with rejected candidates), the briefings, and the original files, base64-encoded, each
 * under its name in originals/ with the sha256 the article records (checked on import). The
 * originals make the file larger (a third more than the files themselves) but keep the export
 * a complete, lossless copy: the provenance of every article travels with it.
 *
 * The output is canonical (keys sorted, articles by id, two-space indent), so exporting the
 * same notebook twice, or a notebook restored from an export, gives the same bytes.
 */

export const EXPORT_FORMAT = 'dossier-notebook-export';
export const EXPORT_SCHEMA_VERSION = 1;

const OriginalDataSchema = z.object({
  /** base64 of the file's bytes. */
  data: z.base64(),
  sha256: z.string().regex(/^[a-f0-9]{64}$/),
});

export const NotebookExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  notebook: NotebookFileSchema,
  articles: z.array(ArticleSchema),
  entities: EntitiesFileSchema,
  events: EventsFileSchema,
  briefings: BriefingsFileSchema,
  /** originals/<name> → its bytes. An original missing from the notebook is left out. */
  originals: z.record(z.string(), OriginalDataSchema),
});
export type NotebookExport = z.infer<typeof NotebookExportSchema>;

/** What an export reads from a notebook. NotebookStore provides it. */
export interface ExportableNotebook {
  readonly folder: string;
  readonly notebookFile: NotebookFile;
  listArticles(): Article[];
  readonly registry: EntitiesFile;
  readonly eventsFile: EventsFile;
  readonly briefingsFile: BriefingsFile;
}

export async function exportNotebookJson(notebook: ExportableNotebook): Promise<string> {
  const articles = [...notebook.listArticles()].sort((a, b) => a.id.localeCompare(b.id));
  const originals: NotebookExport['originals'] = {};
  await refuseLink(join(notebook.folder, ORIGINALS_FOLDER), ORIGINALS_FOLDER);
  for (const article of articles) {
    if (article.original === null) continue;
    const file = article.original.file;
    if (!isPlainFileName(file)) continue;
    const bytes = await readOriginal(notebook.folder, file);
    // Without its bytes, the article keeps its record of the original (name, size, sha256).
    if (bytes === null) continue;
    originals[file] = {
      data: bytes.toString('base64'),
      sha256: sha256Hex(bytes),
    };
  }
  const value: NotebookExport = {
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    notebook: notebook.notebookFile,
    articles,
    entities: notebook.registry,
    events: notebook.eventsFile,
    briefings: notebook.briefingsFile,
    originals,
  };
  return canonicalJson(value) + '\n';
}

/**
 * An original's bytes, or null when it is missing. A notebook folder may come from someone
 * else: an original that is a symbolic link (or a FIFO, a device) could make the export carry
 * a file from elsewhere on this computer, so it is refused, never followed (O_NOFOLLOW, and
 * O_NONBLOCK so that a FIFO cannot hang the export).
 */
async function readOriginal(folder: string, file: string): Promise<Buffer | null> {
  const label = originalFile(file);
  const path = join(folder, label);
  // Where O_NOFOLLOW does not exist (Windows), lstat says what the open would follow.
  if (!(await refuseLink(path, label))) return null;
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | NO_FOLLOW | NON_BLOCKING);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ELOOP') throw linkRefused(label);
    throw ioError(error, `Cannot read ${label}`, path);
  }
  try {
    if (!(await handle.stat()).isFile()) {
      throw new DossierError(
        'io',
        `The notebook's ${label} is not a plain file; an export reads only plain files. Remove it and export again.`,
        label,
      );
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const NON_BLOCKING = constants.O_NONBLOCK ?? 0;

/** Refuse a symbolic link at `path`; false when nothing is there. */
async function refuseLink(path: string, label: string): Promise<boolean> {
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw ioError(error, `Cannot read ${label}`, path);
  }
  if (info.isSymbolicLink()) throw linkRefused(label);
  return true;
}

function linkRefused(label: string): DossierError {
  return new DossierError(
    'io',
    `The notebook's ${label} is a symbolic link; an export never reads through a link (it could carry out a file from elsewhere on this computer). Replace the link by the file itself, or remove it, and export again.`,
    label,
  );
}

/** JSON with the keys of every object sorted: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) sorted[key] = sortKeys(item);
    }
    return sorted;
  }
  return value;
}

/** Read and check an export: its shape, its ids, and the originals against their sha256. */
export function parseNotebookExport(text: string, label = 'the file'): NotebookExport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DossierError('invalid-input', `${label} is not JSON (${describe(error)}).`);
  }
  if ((json as { format?: unknown } | null)?.format !== EXPORT_FORMAT) {
    throw new DossierError('invalid-input', `${label} is not a Dossier notebook export.`);
  }
  const result = NotebookExportSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new DossierError(
      'invalid-input',
      `${label} does not match the export format${where}: ${issue?.message ?? 'invalid'}.`,
    );
  }
  const data = result.data;
  for (const [name, original] of Object.entries(data.originals)) {
    if (!isPlainFileName(name))
      throw new DossierError('invalid-input', `${label} names an original file "${name}".`);
    const digest = sha256Hex(Buffer.from(original.data, 'base64'));
    if (digest !== original.sha256) {
      throw new DossierError(
        'invalid-input',
        `${label}: the original ${name} does not match its sha256; the export is damaged.`,
      );
    }
  }
  const violation = firstViolation(data, 'the file');
  if (violation !== null) {
    throw new DossierError(
      'invalid-input',
      `${label} is not a sound notebook: ${violation}. Nothing was imported.`,
    );
  }
  return data;
}

/** Whether a notebook holds anything an import would overwrite. */
export function isEmptyNotebook(notebook: ExportableNotebook): boolean {
  return (
    notebook.listArticles().length === 0 &&
    notebook.registry.entities.length === 0 &&
    notebook.registry.rejectedNames.length === 0 &&
    notebook.eventsFile.events.length === 0 &&
    notebook.eventsFile.rejectedCandidates.length === 0 &&
    notebook.briefingsFile.briefings.length === 0
  );
}
