import { constants } from 'node:fs';
import { access, lstat, readdir, realpath, stat, unlink } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DossierError } from '../../common/errors.ts';
import { isAbandonedTemporaryName, writeFileDurably } from '../disk/durable-file.ts';

/**
 * Writing exports safely (docs/ARCHITECTURE.md "Security model": exports never write outside the folder the
 * user chose). A target is a folder that exists and is writable, and a plain file name in it.
 * The folder is resolved to its real path; the file itself may not be a symbolic link (it could
 * lead out of the folder), may not exist unless overwriting was asked for, and is written
 * atomically and durably (temporary file, fsync, rename, fsync of the folder). Nothing is ever
 * written inside the notebook's own folder (its real path: a link to it does not get in).
 */

export interface ExportFile {
  /** A plain file name, no folder. */
  name: string;
  content: string | Uint8Array;
}

export interface WriteOptions {
  overwrite?: boolean;
  /** How the user asks to overwrite, for the message: "use --force". */
  overwriteHint?: string;
  /** The notebook's folder: an export is never written inside it. */
  notebook?: string;
}

/** Check a folder and the names to write in it; the real paths to write, or a clear refusal. */
export async function checkTargets(
  folder: string,
  names: string[],
  options: WriteOptions = {},
): Promise<string[]> {
  const chosen = resolve(folder);
  let info;
  try {
    info = await stat(chosen);
  } catch {
    throw new DossierError('io', `The folder ${chosen} does not exist.`);
  }
  if (!info.isDirectory()) throw new DossierError('io', `${chosen} is not a folder.`);
  const real = await realpath(chosen);
  if (options.notebook !== undefined && (await isInside(real, options.notebook))) {
    throw new DossierError(
      'invalid-input',
      `${chosen} is inside the notebook ${resolve(options.notebook)}; an export is never written into the notebook's folder. Choose a folder outside it.`,
    );
  }
  try {
    await access(real, constants.W_OK);
  } catch {
    throw new DossierError('io', `The folder ${chosen} is not writable.`);
  }
  const paths: string[] = [];
  for (const name of names) {
    if (name !== basename(name) || name === '' || name === '.' || name === '..') {
      throw new DossierError('invalid-input', `"${name}" is not a file name.`);
    }
    const path = join(real, name);
    let existing;
    try {
      existing = await lstat(path);
    } catch {
      existing = null;
    }
    if (existing?.isSymbolicLink()) {
      throw new DossierError(
        'io',
        `${join(chosen, name)} is a symbolic link; an export never writes through a link that may lead out of the folder.`,
      );
    }
    if (existing?.isDirectory()) {
      throw new DossierError('io', `${join(chosen, name)} is a folder.`);
    }
    if (existing !== null && !options.overwrite) {
      throw new DossierError(
        'io',
        `${join(chosen, name)} already exists; ${options.overwriteHint ?? 'choose to overwrite it'} to replace it.`,
      );
    }
    paths.push(path);
  }
  return paths;
}

/** Whether the real path `folder` is `notebook` or inside it, through links. */
async function isInside(folder: string, notebook: string): Promise<boolean> {
  const root = await realpath(notebook).catch(() => resolve(notebook));
  const path = relative(root, folder);
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}

/** Write files into a folder (see checkTargets); all are checked before any is written. */
export async function writeExportFiles(
  folder: string,
  files: ExportFile[],
  options: WriteOptions = {},
): Promise<string[]> {
  const names = files.map((file) => file.name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  // Two files under one name: the second would silently replace the first.
  if (twice !== undefined)
    throw new DossierError('invalid-input', `The export names two files "${twice}".`);
  const paths = await checkTargets(folder, names, options);
  await removeAbandonedTemporaryFiles(dirname(paths[0] ?? join(folder, '.')));
  for (const [i, file] of files.entries()) await writeFileDurably(paths[i]!, file.content);
  return paths;
}

/**
 * An export killed mid-write leaves its hidden temporary file in the user's folder; the next
 * export there removes such leftovers: only plain files named exactly as Dossier names its
 * temporary files, and only when the process that wrote them no longer runs.
 */
async function removeAbandonedTemporaryFiles(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (!isAbandonedTemporaryName(name)) continue;
    const path = join(folder, name);
    const info = await lstat(path).catch(() => null);
    if (info?.isFile()) await unlink(path).catch(() => undefined);
  }
}

/** A target given as one path: its folder and its name. */
export function splitTarget(path: string): { folder: string; name: string } {
  const full = resolve(path);
  return { folder: dirname(full), name: basename(full) };
}
