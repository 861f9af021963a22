import { stat } from 'node:fs/promises';
import { DossierError, describe } from '../common/errors.ts';
import { localApi } from '../core/api/dispatch.ts';
import { NotebookService } from '../core/service/notebook-service.ts';
import { checkTargets, splitTarget, writeExportFiles } from '../core/briefing/export-target.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../core/briefing/exports.ts';
import { print, printJson, readTextFile, usageError } from './command-io.ts';
import { withNotebook, withService } from './notebook-session.ts';
import type { CliOptions } from './options.ts';

// Briefings and exchanges (issue 6; annotations: issue 19): `dossier briefings`, `export`,
// `import-json` and `import-annotations`.

/** `dossier briefings`: the briefings, with the ids `export --briefing` takes. */
export function briefingsCommand(folder: string, _args: string[], options: CliOptions) {
  return withNotebook(folder, { readOnly: true }, async (api) => {
    const briefings = await api.listBriefings({});
    if (options.json) return printJson(briefings);
    if (briefings.length === 0) return print('The notebook has no briefings yet.');
    for (const b of briefings) print(`${b.id}  ${b.date ?? ''}  ${b.title}`);
  });
}

/**
 * `dossier export --format md|pdf|…|gexf --out PATH [--briefing ID] [--force] [--paper a4|letter]`:
 * one line per file written.
 */
export async function exportCommand(folder: string, _args: string[], options: CliOptions) {
  for (const path of await exportFiles(folder, options)) print(`wrote ${path}`);
  return 0;
}

async function exportFiles(folder: string, options: CliOptions): Promise<string[]> {
  const format = options.format;
  if (format === undefined) throw usageError(`export needs --format ${EXPORT_FORMATS.join(', ')}`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw usageError(`Unknown format “${format}”: use ${EXPORT_FORMATS.join(', ')}`);
  if (options.out === undefined) throw usageError('export needs --out PATH');
  const paper = options.paper ?? 'a4';
  if (paper !== 'a4' && paper !== 'letter')
    throw usageError(`Unknown paper “${paper}”: use a4 or letter`);
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
    // The name given is the briefing's own (the first file); files beside it (the network
    // image of a Markdown brief) keep theirs, which the brief links to.
    files.map((file, i) => ({
      name: i === 0 && name !== undefined ? name : file.name,
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
export async function importAnnotationsCommand(folder: string, args: string[]) {
  const file = args[0];
  if (file === undefined)
    throw usageError('import-annotations needs the file of annotations to import');
  const text = await readTextFile(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DossierError('invalid-input', `${file} is not JSON: ${describe(error)}`);
  }
  const report = await withService(folder, {}, async (service) => {
    const { importAnnotations } = await import('../core/formats/w3c-import.ts');
    return importAnnotations(localApi(service), data);
  });
  print(
    `added ${report.added}, already there ${report.present}, not imported ${report.problems.length}`,
  );
  for (const problem of report.problems) print(`not imported: ${problem}`);
  return report.problems.length > 0 ? 1 : 0;
}

/** `dossier import-json FILE`: a JSON export restored into an empty notebook. */
export async function importJsonCommand(folder: string, args: string[]) {
  const file = args[0];
  if (file === undefined) throw usageError('import-json needs the file to import');
  const text = await readTextFile(file);
  print(
    await withService(folder, {}, async (service) => {
      const { articles } = await service.importJson(text, file);
      return `imported ${articles} article${articles === 1 ? '' : 's'} into ${service.store.folder}`;
    }),
  );
  return 0;
}
