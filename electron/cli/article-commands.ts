import type { ImportResult } from '../common/api/contract.ts';
import { localApi } from '../core/api/dispatch.ts';
import { print, printJson, readTextFile, usageError } from './command-io.ts';
import { withNotebook, withService } from './notebook-session.ts';
import type { CliOptions } from './options.ts';

/** `dossier list`: the notebook's articles. */
export function listCommand(folder: string, _args: string[], options: CliOptions) {
  return withNotebook(folder, { readOnly: true }, async (api) => {
    const articles = await api.listArticles({});
    if (options.json) return printJson(articles);
    if (articles.length === 0) return print('The notebook has no articles yet.');
    for (const article of articles) {
      print(`${article.id}  ${(article.published ?? '').padEnd(10)}  ${article.title}`);
    }
  });
}

/** `dossier show ID`: one article with its metadata and text. */
export function showCommand(folder: string, args: string[], options: CliOptions) {
  const id = args[0];
  if (id === undefined) throw usageError('show needs an article id');
  return withNotebook(folder, { readOnly: true }, async (api) => {
    const { paragraphs: _paragraphs, ...article } = await api.getArticle({ id: id as never });
    if (options.json)
      return printJson({
        ...article,
        // Ungraded quotes say so (null) rather than leaving the field out.
        highlights: article.highlights.map((h) => ({ ...h, credibility: h.credibility ?? null })),
      });
    print(article.title);
    const meta = [article.source, article.published, article.url].filter(Boolean).join(' · ');
    if (meta !== '') print(meta);
    print('');
    print(article.text);
  });
}

/** `dossier add-text --title T --file F`: one article from a text file; prints its id. */
export async function addTextCommand(folder: string, _args: string[], options: CliOptions) {
  if (options.title === undefined) throw usageError('add-text needs --title');
  if (options.file === undefined) throw usageError('add-text needs --file');
  const text = await readTextFile(options.file);
  return withNotebook(folder, {}, async (api) => {
    const { id } = await api.addText({
      title: options.title!,
      text,
      ...(options.source !== undefined && { source: options.source }),
      ...(options.published !== undefined && { published: options.published }),
      ...(options.url !== undefined && { url: options.url }),
    });
    print(id);
  });
}

/** `dossier import PATH...`: files, folders and Zotero export folders; one line per file. */
export async function importCommand(
  folder: string,
  paths: string[],
  options: CliOptions,
): Promise<number> {
  if (paths.length === 0) throw usageError('import needs at least one file or folder');
  const { json } = options;
  const results = await withService(folder, {}, async (service) => {
    if (!json && process.stderr.isTTY) {
      service.onEvent((event) => {
        if (event.type === 'import-progress' && event.current !== '') {
          process.stderr.write(`\r\x1b[K[${event.done + 1}/${event.total}] ${event.current}`);
        }
      });
    }
    try {
      // A Zotero export folder imports item by item (issue 19); the rest as files.
      const { importZoteroFolders } = await import('../core/formats/zotero.ts');
      const zotero = await importZoteroFolders(
        localApi(service),
        async (path) => (await service.importPaths([path]))[0],
        paths,
      );
      return [
        ...zotero.results,
        ...(zotero.rest.length > 0 ? await service.importPaths(zotero.rest) : []),
      ];
    } finally {
      if (!json && process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    }
  });
  if (json) {
    printJson(results);
  } else {
    for (const result of results) {
      if (result.status === 'failed') print(`failed ${result.path}: ${result.reason}`);
      else
        print(
          `${result.status} ${result.id} ${result.path}${copyNote(result.copyOf)}${result.reason === undefined ? '' : ` (${result.reason})`}`,
        );
    }
  }
  return results.some((result) => result.status === 'failed') ? 1 : 0;
}

/** " (copy of <id>, 96% the same text)" after an imported wire copy's line. */
function copyNote(copyOf: ImportResult['copyOf']): string {
  if (copyOf === undefined) return '';
  return ` (copy of ${copyOf.articleId}, ${Math.round(copyOf.similarity * 100)}% the same text)`;
}
