import { EventEmitter } from 'node:events';
import { DossierError } from '../errors.ts';
import { CommandHistory, type Command } from '../commands/history.ts';
import { type ApiOutputs, type ApiParsedInput, type NotebookEvent } from '../api/contract.ts';
import {
  ARTICLE_SCHEMA_VERSION,
  paragraphsOf,
  summarize,
  countWords,
  type Article,
} from '../model/article.ts';
import { newArticleId, type ArticleId } from '../model/ids.ts';
import { normalizeText, sha256Hex } from '../import/text.ts';
import { NotebookStore, type OpenOptions } from '../store/notebook-store.ts';

/**
 * The notebook's service: the one implementation behind every host. Inputs arrive already
 * validated by `dispatch`; every mutation is a command in the history.
 */
export class NotebookService {
  private readonly history = new CommandHistory();
  private readonly events = new EventEmitter();

  private constructor(readonly store: NotebookStore) {}

  static async open(folder: string, options?: OpenOptions): Promise<NotebookService> {
    return new NotebookService(await NotebookStore.open(folder, options));
  }

  close(): Promise<void> {
    return this.history.serialize(() => this.store.close());
  }

  onEvent(listener: (event: NotebookEvent) => void): () => void {
    this.events.on('event', listener);
    return () => this.events.off('event', listener);
  }

  async info(_input: ApiParsedInput<'info'>): Promise<ApiOutputs['info']> {
    return {
      title: this.store.title,
      folder: this.store.folder,
      readOnly: this.store.readOnly,
      articleCount: this.store.listArticles().length,
      damaged: [...this.store.damaged],
      ...this.history.state(),
    };
  }

  async listArticles(_input: ApiParsedInput<'listArticles'>): Promise<ApiOutputs['listArticles']> {
    return this.store
      .listArticles()
      .map(summarize)
      .sort((a, b) => b.addedAt.localeCompare(a.addedAt) || a.id.localeCompare(b.id));
  }

  async getArticle(input: ApiParsedInput<'getArticle'>): Promise<ApiOutputs['getArticle']> {
    const article = this.requireArticle(input.id);
    return {
      ...article,
      paragraphs: paragraphsOf(article.text),
      wordCount: countWords(article.text),
    };
  }

  async addText(input: ApiParsedInput<'addText'>): Promise<ApiOutputs['addText']> {
    const text = normalizeText(input.text);
    if (text === '') throw new DossierError('invalid-input', 'The text is empty.');
    const article: Article = {
      schemaVersion: ARTICLE_SCHEMA_VERSION,
      id: newArticleId(),
      title: input.title.trim(),
      source: input.source ?? '',
      authors: input.authors ?? [],
      published: input.published ?? null,
      url: input.url ?? '',
      dateline: input.dateline ?? '',
      language: input.language ?? '',
      tags: input.tags ?? [],
      text,
      textSha256: sha256Hex(text),
      addedAt: new Date().toISOString(),
      original: null,
    };
    await this.execute(this.addArticleCommand(article));
    return { id: article.id };
  }

  async deleteArticle(
    input: ApiParsedInput<'deleteArticle'>,
  ): Promise<ApiOutputs['deleteArticle']> {
    const article = this.requireArticle(input.id);
    await this.execute({
      label: `Delete “${article.title}”`,
      apply: () => this.store.removeArticle(article.id),
      revert: () => this.store.putArticle(article),
    });
    return this.history.state();
  }

  async undo(_input: ApiParsedInput<'undo'>): Promise<ApiOutputs['undo']> {
    const undone = await this.history.undo();
    this.emit(`Undo ${undone}`);
    return { undone, ...this.history.state() };
  }

  async redo(_input: ApiParsedInput<'redo'>): Promise<ApiOutputs['redo']> {
    const redone = await this.history.redo();
    this.emit(`Redo ${redone}`);
    return { redone, ...this.history.state() };
  }

  private addArticleCommand(article: Article): Command {
    return {
      label: `Add “${article.title}”`,
      apply: () => this.store.putArticle(article),
      revert: () => this.store.removeArticle(article.id),
    };
  }

  private async execute(command: Command): Promise<void> {
    await this.history.execute(command);
    this.emit(command.label);
  }

  private emit(reason: string): void {
    this.events.emit('event', { type: 'changed', reason } satisfies NotebookEvent);
  }

  private requireArticle(id: ArticleId): Article {
    const article = this.store.getArticle(id);
    if (article === undefined) throw new DossierError('not-found', `No article with id ${id}.`);
    return article;
  }
}
