import { readFile, stat } from 'node:fs/promises';
import { DossierError, describe } from '../common/errors.ts';
import { localApi } from '../core/api/dispatch.ts';
import { NotebookService } from '../core/service/notebook-service.ts';
import { checkTargets, splitTarget, writeExportFiles } from '../core/briefing/export-target.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../core/briefing/exports.ts';
import { warnIfBackupsFail } from './backup-warning.ts';

/**
 * `dossier export --format md|pdf|json|csv|graphml|gexf --out PATH [--briefing ID] [--force] [--paper a4|letter]`
 * and `dossier import-json FILE` (issue 6).
 */

export interface ExportOptions {
  format?: string;
  out?: string;
  briefing?: string;
  force: boolean;
  paper?: string;
}

const usage = (message: string) =>
  new DossierError('invalid-input', `${message} (see dossier --help)`);

export async function exportCommand(folder: string, options: ExportOptions): Promise<string[]> {
  const format = options.format;
  if (format === undefined) throw usage(`export needs --format ${EXPORT_FORMATS.join(', ')}`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw usage(`Unknown format “${format}”: use ${EXPORT_FORMATS.join(', ')}`);
  if (options.out === undefined) throw usage('export needs --out PATH');
  const paper = options.paper ?? 'a4';
  if (paper !== 'a4' && paper !== 'letter')
    throw usage(`Unknown paper “${paper}”: use a4 or letter`);
  const write = { overwrite: options.force, overwriteHint: 'use --force', notebook: folder };

  // Where to write, checked before anything is rendered: CSV (three files) and brat (two per
  // article) go into a folder that exists; the others to a file, or into a folder under their
  // suggested name.
  const intoFolder = format === 'csv' || format === 'brat' || (await isFolder(options.out));
  const { folder: target, name } = intoFolder
    ? { folder: options.out, name: undefined }
    : splitTarget(options.out);
  await checkTargets(
    target,
    format === 'csv'
      ? ['entities.csv', 'mentions.csv', 'events.csv']
      : name === undefined
        ? []
        : [name],
    write,
  );

  const service = await NotebookService.open(folder, { app: 'dossier CLI', readOnly: true });
  let files;
  try {
    ({ files } = await localApi(service).exportBriefing({
      format: format as ExportFormat,
      paper,
      ...(options.briefing !== undefined && { id: options.briefing as never }),
    }));
  } finally {
    await service.close();
  }
  return writeExportFiles(
    target,
    files.map((file) => ({
      name: name ?? file.name,
      content: file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content,
    })),
    write,
  );
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** `dossier import-annotations FILE`: W3C Web Annotations or a Hypothesis export (issue 19). */
export async function importAnnotationsCommand(
  folder: string,
  file: string,
): Promise<{ lines: string[]; failed: boolean }> {
  const text = await readText(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DossierError('invalid-input', `${file} is not JSON: ${describe(error)}`);
  }
  const service = await NotebookService.open(folder, { app: 'dossier CLI' });
  try {
    const { importAnnotations } = await import('../core/formats/w3c-import.ts');
    const report = await importAnnotations(localApi(service), data);
    return {
      lines: [
        `added ${report.added}, already there ${report.present}, not imported ${report.problems.length}`,
        ...report.problems.map((problem) => `not imported: ${problem}`),
      ],
      failed: report.problems.length > 0,
    };
  } finally {
    warnIfBackupsFail(service);
    await service.close();
  }
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DossierError(
      'io',
      `Cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(code)}.`,
    );
  }
}

export async function importJsonCommand(folder: string, file: string): Promise<string> {
  const text = await readText(file);
  const service = await NotebookService.open(folder, { app: 'dossier CLI' });
  try {
    const { articles } = await service.importJson(text, file);
    return `imported ${articles} article${articles === 1 ? '' : 's'} into ${service.store.folder}`;
  } finally {
    warnIfBackupsFail(service);
    await service.close();
  }
}
