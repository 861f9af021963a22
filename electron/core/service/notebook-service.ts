import type { ImportResult, NotebookEvent, NotebookHandlers } from '../../common/api/contract.ts';
import { EVERYTHING } from '../../common/api/change.ts';
import { NotebookStore, type OpenOptions } from '../store/notebook-store.ts';
import type { PdfPrinter } from '../briefing/pdf.ts';
import type { ReadingOptions } from './article-readings.ts';
import { IdleWarmUp } from './idle-warm-up.ts';
import { ServiceContext } from './service-context.ts';
import { EntitySuggester } from './entity-suggester.ts';
import { SourceList } from './source-list.ts';
import { fileImports } from './file-imports.ts';
import { articleHandlers } from './article-handlers.ts';
import { mentionHandlers } from './mention-handlers.ts';
import { entityHandlers } from './entity-handlers.ts';
import { suggestionHandlers } from './suggestion-handlers.ts';
import { eventHandlers } from './event-handlers.ts';
import { sourceHandlers } from './source-handlers.ts';
import { relationHandlers } from './relation-handlers.ts';
import { briefingHandlers } from './briefing-handlers.ts';
import { historyHandlers } from './history-handlers.ts';
import { searchHandlers } from './search-handlers.ts';

export interface ServiceOptions extends OpenOptions, ReadingOptions {}

// The API's methods are the area handlers' (*-handlers.ts), assigned in the constructor; the
// object literal there is checked against NotebookHandlers, so none can be missing.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging -- the class's methods, declared
export interface NotebookService extends NotebookHandlers {}

/**
 * The notebook's service: the one implementation behind every host, composed of one handler
 * module per area. Inputs arrive already validated by `dispatch`; every mutation is a command
 * in the history (ServiceContext).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface
export class NotebookService {
  private readonly context: ServiceContext;
  private readonly suggester: EntitySuggester;
  private readonly imports: ReturnType<typeof fileImports>;
  private readonly warmUp = new IdleWarmUp();

  /** How this host prints PDFs; Chromium through playwright-core unless set. */
  pdfPrinter: PdfPrinter | null = null;

  private constructor(
    readonly store: NotebookStore,
    options: ReadingOptions,
  ) {
    const context = (this.context = new ServiceContext(store));
    // performance (issue 8, 21): a large notebook's backup on open starts first in the queue,
    // as the notebook is before any change, and is taken while the writes go on.
    const snapshot = store.deferredSnapshot;
    store.deferredSnapshot = null;
    if (snapshot !== null) void context.history.serialize(async () => snapshot());
    const suggester = (this.suggester = new EntitySuggester(store, options));
    this.imports = fileImports(context);
    const sources = new SourceList(store);
    const handlers: NotebookHandlers = {
      ...historyHandlers(context),
      ...articleHandlers(context),
      ...this.imports.handlers,
      ...searchHandlers(context),
      ...mentionHandlers(context),
      ...entityHandlers(context),
      ...suggestionHandlers(context, suggester),
      ...eventHandlers(context, suggester, sources),
      ...sourceHandlers(context, sources),
      ...relationHandlers(context),
      ...briefingHandlers(context, () => this.pdfPrinter),
    };
    Object.assign(this, handlers);
  }

  static async open(folder: string, options: ServiceOptions = {}): Promise<NotebookService> {
    const { suggestionBudgetMs, readOnThisThread, catalogRebuild, ...open } = options;
    // A rebuild of the list of articles goes on after the open (issue 21): its progress is an
    // event, and its end a change of everything listed.
    let context: ServiceContext | null = null;
    const store = await NotebookStore.open(folder, {
      ...open,
      catalogRebuild: {
        ...catalogRebuild,
        onProgress: (progress) => {
          catalogRebuild?.onProgress?.(progress);
          context?.emit({ type: 'catalog-progress', ...progress });
          if (progress.done === progress.total)
            context?.emit({
              type: 'changed',
              label: 'Rebuild the list of articles',
              touched: EVERYTHING,
            });
        },
      },
    });
    const service = new NotebookService(store, { suggestionBudgetMs, readOnThisThread });
    context = service.context;
    return service;
  }

  async close(): Promise<void> {
    this.warmUp.stop();
    this.suggester.stop();
    // After the writes queued before the close: a backup on open none of them went through is
    // left for the next open, not waited for (issue 21).
    await this.context.history.serialize(async () => this.store.leaveUntouchedBackup());
    await this.context.backupsSettled(); // no rolling backup starts after the close
    return this.context.history.serialize(() => this.store.close());
  }

  /** Resolves once no backup is being taken, nor about to be (ServiceContext.backupsSettled). */
  backupsSettled(): Promise<void> {
    return this.context.backupsSettled();
  }

  /** A call arrived (api/dispatch.ts): the warm-up waits for a quiet spell. */
  noteCall(): void {
    this.warmUp.noteCall();
  }

  /**
   * Once no call has arrived for `quietMs`, load the recognizer behind suggestions (in its
   * worker) and this thread's registry matching (their lexicon: about 1 s each, which the first
   * article opened would otherwise wait for) and the search index (or build it, the first time:
   * ~15 s of CPU at 10,000 articles, in slices), so that neither the opening and first clicks
   * nor the first search wait for them. For the app and browser mode;
   * the CLI's short runs load them only if they need them.
   */
  warmWhenIdle(quietMs = 3000): void {
    this.warmUp.start(quietMs, () => {
      // A failure is met again, and reported, by the call that needs what failed to load. The
      // worker loads the rules and the model.
      this.suggester
        .warm()
        .catch(() => undefined)
        .then(() => this.store.search.ready())
        .catch(() => undefined);
    });
  }

  onEvent(listener: (event: NotebookEvent) => void): () => void {
    this.context.events.on('event', listener);
    return () => this.context.events.off('event', listener);
  }

  /** The recognizer's model file; the shipped one unless set before the first suggestion. */
  set recognizerModelPath(path: string | undefined) {
    this.suggester.modelPath = path;
  }

  /** Why suggestions come from the rules alone (no usable model), or null. */
  async recognizerProblem(): Promise<string | null> {
    return this.suggester.loadRecognizer();
  }

  /**
   * Import files and folders (recursively) from disk. Not part of the page's API: only the CLI
   * and the Electron main process, with paths the user chose, call it.
   */
  importPaths(paths: string[], jobId?: string): Promise<ImportResult[]> {
    return this.imports.importPaths(paths, jobId);
  }

  /**
   * Restore a JSON export (the whole notebook) into this notebook, which must be empty. Not part
   * of the page's API: the CLI (`import-json FILE`) and Electron main call it with a file the
   * user chose. One undo step removes what it added.
   */
  importJson(text: string, label?: string): Promise<{ articles: number }> {
    return this.imports.importJson(text, label);
  }
}
