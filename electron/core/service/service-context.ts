import { EventEmitter } from 'node:events';
import { DossierError } from '../../common/errors.ts';
import { EVERYTHING, type HistoryState } from '../../common/api/change.ts';
import type { NotebookEvent } from '../../common/api/contract.ts';
import type { Article } from '../../common/model/article.ts';
import type { ArticleId } from '../../common/model/ids.ts';
import { CommandHistory, type Command } from '../commands/history.ts';
import { changeCommand, type NotebookChange } from '../commands/notebook-change.ts';
import { backupDue, maybeSnapshot } from '../store/backups.ts';
import type { NotebookStore } from '../store/notebook-store.ts';

/**
 * What every area's handlers share: the store, the one command history every mutation goes
 * through, and the events the hosts forward to the page.
 */
export class ServiceContext {
  readonly history = new CommandHistory();
  readonly events = new EventEmitter();

  /** The check after the latest command whether a rolling backup is due (backUpWhenDue). */
  private dueCheck: Promise<void> = Promise.resolve();

  constructor(readonly store: NotebookStore) {}

  /** The undo and redo state, which every mutation returns. */
  state(): HistoryState {
    return this.history.state();
  }

  emit(event: NotebookEvent): void {
    this.events.emit('event', event);
  }

  async execute(command: Command | (() => Command)): Promise<void> {
    const applied = await this.history.execute(command);
    this.emitChanged(applied.label, applied);
    if (!this.store.readOnly) this.dueCheck = this.backUpWhenDue().catch(() => undefined);
  }

  /**
   * Resolves once no backup is being taken, nor about to be: the check whether one is due runs
   * after a command, before the backup it may start (on close, and for tests).
   */
  async backupsSettled(): Promise<void> {
    await this.dueCheck;
    await this.store.backupsSettled();
  }

  /**
   * A rolling snapshot when the latest one is old enough, taken while the next writes go on: the
   * change that made it due does not wait for it, nor do those after (issue 21).
   */
  private async backUpWhenDue(): Promise<void> {
    if (this.store.backingUp || !(await backupDue(this.store.folder, this.store.backupState)))
      return;
    // Started in the queue: at its instant no write is half done.
    const { folder, backupState } = this.store;
    await this.history.serialize(async () =>
      this.store.backUpBesideWrites((capture) => maybeSnapshot(folder, backupState, { capture })),
    );
  }

  /** Compute a change from the notebook as it is when its turn comes, apply it, record it. */
  async applyChange<T extends NotebookChange>(compute: () => T): Promise<T> {
    let change: T | undefined;
    await this.execute(() => changeCommand(this.store, (change = compute())));
    return change!;
  }

  /** Apply a change (see applyChange); resolves to the undo and redo state after it. */
  async edit(compute: () => NotebookChange): Promise<HistoryState> {
    await this.applyChange(compute);
    return this.state();
  }

  /** "The notebook changed": what the command was and what it touched. */
  emitChanged(label: string, command: Command): void {
    const touched = command.touched ?? EVERYTHING;
    this.emit({ type: 'changed', label, touched });
  }

  /**
   * An article inside a command, as the command sees it: synchronous, so the handler reads it
   * first with `readArticle` (outside the command), and this finds it in the catalog's cache.
   */
  requireArticle(id: ArticleId): Article {
    // eslint-disable-next-line no-restricted-syntax -- the one synchronous read, for commands
    return this.found(id, this.store.getArticle(id));
  }

  /** An article for a request handler: its file read by async fs (issue 20). */
  async readArticle(id: ArticleId): Promise<Article> {
    return this.found(id, await this.store.readArticle(id));
  }

  /** The articles that suggestion references point into, each once. */
  articlesOf(items: readonly { articleId: ArticleId }[]): Promise<Article[]> {
    return Promise.all(
      [...new Set(items.map((item) => item.articleId))].map((id) => this.readArticle(id)),
    );
  }

  private found(id: ArticleId, article: Article | undefined): Article {
    if (article === undefined) throw new DossierError('not-found', `No article with id ${id}.`);
    return article;
  }
}
