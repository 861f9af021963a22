import type {
  ApiOutputs,
  ApiParsedInput,
  ImportResult,
  NotebookHandlers,
} from '../../common/api/contract.ts';
import { findFiles, MAX_IMPORT_BYTES, readFound } from '../import/file-source.ts';
import type { ArticleImporter } from './article-import.ts';
import type { ServiceContext } from './service-context.ts';

/**
 * Importing files: from the page (their bytes, the API's methods), from disk (paths) and a JSON
 * export's restore (the hosts' own calls).
 */
export function fileImports(ctx: ServiceContext) {
  const { store } = ctx;
  /** Loaded on first import: the format readers are heavy, and most sessions start without one. */
  let importer: Promise<ArticleImporter> | null = null;
  let jobCounter = 0;
  const loadImporter = async (): Promise<ArticleImporter> => {
    // An import finds duplicates among every article: a rebuild of the list goes first.
    await store.articlesComplete();
    importer ??= import('./article-import.ts').then(
      ({ ArticleImporter }) =>
        new ArticleImporter(store, {
          execute: (command) => ctx.execute(command),
          progress: (event) => ctx.emit(event),
        }),
    );
    return importer;
  };
  const newJobId = () => `job-${process.pid}-${++jobCounter}`;
  const handlers = {
    async importFiles(input: ApiParsedInput<'importFiles'>): Promise<ApiOutputs['importFiles']> {
      const sources = input.files.map((file) => ({
        path: file.name,
        read: async () => Buffer.from(file.data, 'base64'),
      }));
      const results = await (
        await loadImporter()
      ).run(sources, input.jobId ?? newJobId(), input.batch);
      return { results };
    },

    async cancelImport(input: ApiParsedInput<'cancelImport'>): Promise<ApiOutputs['cancelImport']> {
      if (importer === null) return { cancelled: false };
      return { cancelled: (await importer).cancel(input.jobId) };
    },
  } satisfies Partial<NotebookHandlers>;
  return {
    handlers,

    /** Files and folders (recursively) from disk. */
    async importPaths(paths: string[], jobId = newJobId()): Promise<ImportResult[]> {
      const found = await findFiles(paths);
      const sources = found.map((file) => ({
        path: file.path,
        read: () => readFound(file, MAX_IMPORT_BYTES),
      }));
      return (await loadImporter()).run(sources, jobId);
    },

    /** A JSON export restored into this notebook, which must be empty: one undo step. */
    async importJson(text: string, label = 'the file'): Promise<{ articles: number }> {
      const [{ parseNotebookExport }, { jsonImportCommand }] = await Promise.all([
        import('../briefing/notebook-json.ts'),
        import('./json-import.ts'),
      ]);
      const data = parseNotebookExport(text, label);
      await ctx.execute(() => jsonImportCommand(store, data));
      return { articles: data.articles.length };
    },
  };
}
