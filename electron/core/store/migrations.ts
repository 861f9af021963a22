import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DossierError, ioError } from '../../common/errors.ts';
import { NOTEBOOK_FORMAT, NOTEBOOK_SCHEMA_VERSION } from '../../common/model/notebook.ts';
import { writeFileDurably } from '../disk/durable-file.ts';
import { ARTICLES_FOLDER, ENTITIES_FILE, NOTEBOOK_FILE } from '../disk/notebook-layout.ts';

/**
 * Schema migrations (docs/ARCHITECTURE.md "Data": "migrations are explicit and tested").
 *
 * notebook.json's `schemaVersion` is the version of the whole notebook folder. Each step takes
 * the notebook from version N to N+1 and may rewrite any of its files: notebook.json always,
 * entities.json and the articles when the step says how. Opening an older notebook takes a
 * backup first, then applies every step in memory, validates nothing more than JSON here (the
 * store validates with the current schemas as it loads), and writes each changed file durably,
 * notebook.json last, so a crash midway leaves a notebook that still says the old version and
 * is migrated again on the next open (every step must therefore accept its own output's files
 * as input: steps are written to be idempotent on the files they touch).
 *
 * A newer notebook is refused before anything reads it (NotebookStore's version check).
 */

export type FileKind = 'notebook' | 'entities' | 'article';
type Json = Record<string, unknown>;

export interface MigrationStep {
  from: number;
  to: number;
  /** What the step changes, in words (shown in the backup's reason and in tests). */
  summary: string;
  notebook(file: Json): Json;
  entities?(file: Json): Json;
  article?(file: Json): Json;
}

/**
 * Every step, oldest first. Version 0 is a notebook.json with its `format` marker and no (or a
 * zero) `schemaVersion`. The first prototypes wrote no marker either, but a file without one
 * cannot be told from any other JSON file, so it is refused (see checkFormatMarker): the
 * analyst who knows it is an old notebook adds the marker, and it is then upgraded.
 */
export const MIGRATIONS: readonly MigrationStep[] = [
  {
    from: 0,
    to: 1,
    summary: 'notebook.json gains its format marker and schema version',
    notebook: ({ format: _format, schemaVersion: _version, ...rest }) => ({
      format: NOTEBOOK_FORMAT,
      schemaVersion: 1,
      ...rest,
    }),
  },
];

/**
 * The version a notebook.json says it is: its `schemaVersion`, or 0 when it has the format
 * marker and no or a zero version. Anything else returns null (damaged: the store reports it).
 */
export function notebookVersion(json: unknown): number | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const { format, schemaVersion } = json as Json;
  if (format !== NOTEBOOK_FORMAT) return null;
  if (schemaVersion === undefined || schemaVersion === 0) return 0;
  return typeof schemaVersion === 'number' && Number.isInteger(schemaVersion)
    ? schemaVersion
    : null;
}

/**
 * Refuse a notebook.json that is a JSON object without the format marker before anything is
 * backed up or migrated: it may be any JSON file, and migrating it would rewrite it and leave
 * the newest backup holding it.
 */
export function checkFormatMarker(json: unknown, path: string): void {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return;
  if ((json as Json).format !== undefined) return;
  throw new DossierError(
    'damaged-file',
    `${path} is not a Dossier notebook file: it has no format marker ("format": "${NOTEBOOK_FORMAT}"). If it is a notebook from an early Dossier, add that line and open it again; it was left as it is.`,
    NOTEBOOK_FILE,
  );
}

/** The steps from `version` to the current one; refuses a gap in the list. */
export function stepsFrom(
  version: number,
  steps: readonly MigrationStep[] = MIGRATIONS,
  target = NOTEBOOK_SCHEMA_VERSION,
): MigrationStep[] {
  const chain: MigrationStep[] = [];
  for (let at = version; at < target; at++) {
    const step = steps.find((candidate) => candidate.from === at);
    if (step === undefined || step.to !== at + 1) {
      throw new DossierError(
        'damaged-file',
        `This notebook has schema version ${version}, and Dossier does not know how to upgrade it from version ${at}. It was left as it is.`,
        NOTEBOOK_FILE,
      );
    }
    chain.push(step);
  }
  return chain;
}

/** Apply the steps to one file's JSON (in memory). */
export function migrateJson(
  kind: FileKind,
  json: unknown,
  chain: readonly MigrationStep[],
): unknown {
  let data = json;
  for (const step of chain) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
    const apply = step[kind];
    if (apply !== undefined) data = apply.call(step, data as Json);
  }
  return data;
}

/**
 * A notebook.json as the current schema would read it, for validating a backup that predates
 * a migration. Other kinds are returned as they are (their versions follow notebook.json's).
 */
export function migrateJsonForValidation(kind: FileKind, json: unknown): unknown {
  if (kind !== 'notebook') return json;
  const version = notebookVersion(json);
  if (version === null || version >= NOTEBOOK_SCHEMA_VERSION) return json;
  return migrateJson(kind, json, stepsFrom(version));
}

export interface MigrationReport {
  from: number;
  to: number;
  steps: string[];
  /** Files rewritten, relative to the notebook. */
  files: string[];
}

export interface MigrateOptions {
  /** Take a backup of the notebook as it is; called once, before anything is written. */
  backup(reason: string, schemaVersion: number): Promise<unknown>;
  /** Null when the notebook is opened read-only: an old notebook is then refused. */
  writable: boolean;
  steps?: readonly MigrationStep[];
  target?: number;
}

/**
 * Upgrade the notebook in `root` to the current schema version if it is older. Returns null
 * when there was nothing to do (current, newer, or unreadable: the store's checks report those).
 */
export async function migrateNotebook(
  root: string,
  options: MigrateOptions,
): Promise<MigrationReport | null> {
  const target = options.target ?? NOTEBOOK_SCHEMA_VERSION;
  const metaPath = join(root, NOTEBOOK_FILE);
  let meta: unknown;
  try {
    meta = JSON.parse(await readFile(metaPath, 'utf8'));
  } catch {
    return null;
  }
  checkFormatMarker(meta, metaPath);
  const version = notebookVersion(meta);
  if (version === null || version >= target) return null;
  if (!options.writable) {
    throw new DossierError(
      'invalid-input',
      `This notebook was written by an older Dossier (schema ${version}). Open it once for writing (in the app, or with a writing command) to upgrade it; it was not changed.`,
    );
  }
  const chain = stepsFrom(version, options.steps, target);
  const summaries = chain.map((step) => `${step.from}→${step.to}: ${step.summary}`);
  await options.backup(`before migration from schema ${version}`, version);

  const writes: { file: string; content: unknown }[] = [];
  if (chain.some((step) => step.entities !== undefined)) {
    const entities = await readJson(root, ENTITIES_FILE);
    if (entities !== undefined) {
      writes.push({ file: ENTITIES_FILE, content: migrateJson('entities', entities, chain) });
    }
  }
  if (chain.some((step) => step.article !== undefined)) {
    const names = await readdir(join(root, ARTICLES_FOLDER)).catch(() => [] as string[]);
    for (const name of names.sort()) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const file = `${ARTICLES_FOLDER}/${name}`;
      const article = await readJson(root, file);
      if (article !== undefined)
        writes.push({ file, content: migrateJson('article', article, chain) });
    }
  }
  writes.push({ file: NOTEBOOK_FILE, content: migrateJson('notebook', meta, chain) });
  for (const { file, content } of writes) {
    await writeFileDurably(join(root, file), JSON.stringify(content, null, 1) + '\n');
  }
  return { from: version, to: target, steps: summaries, files: writes.map((write) => write.file) };
}

/** A file's JSON, or undefined when it is missing or unreadable (left for the store to report). */
async function readJson(root: string, file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(join(root, file), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if (error instanceof SyntaxError) return undefined;
    throw ioError(error, `Cannot read ${file}`, join(root, file), file);
  }
}
