import { DossierError } from '../../common/errors.ts';
import type { Article } from '../../common/model/article.ts';
import type { ArticleId } from '../../common/model/ids.ts';
import type { PartialIsoDate } from '../../common/model/dates.ts';
import { readingPool, ReadingStopped } from '../suggest/reading-pool.ts';
import type { TextReading } from '../suggest/text-reading.ts';

export interface ReadingOptions {
  /**
   * How long the reading of one article for suggestions may take before it is stopped and that
   * article's suggestions fail (a pasted page of megabytes on one line): 30 s unless set.
   */
  suggestionBudgetMs?: number;
  /**
   * Read articles for suggestions on this thread rather than in the worker: for the command
   * line, whose one thread has nothing else to answer and would load the readers twice.
   */
  readOnThisThread?: boolean;
}

/**
 * Each article's reading for suggestions (ReadingPool), kept: the text never changes, the
 * registry does. A reading stopped by its time budget is kept too, so that opening that article
 * again fails at once instead of running for the whole budget again.
 */
export class ArticleReadings {
  private readonly readings = new Map<
    ArticleId,
    { published: PartialIsoDate | null; reading: Promise<TextReading> }
  >();

  constructor(private readonly options: ReadingOptions) {}

  /** An article's reading, from the worker (issue 22: never on the thread that answers). */
  of(article: Article): Promise<TextReading> {
    const kept = this.readings.get(article.id);
    if (kept !== undefined && kept.published === article.published) return kept.reading;
    const task = { text: article.text, published: article.published };
    const budgetMs = this.options.suggestionBudgetMs ?? 30_000;
    const reading = (
      this.options.readOnThisThread
        ? import('../suggest/text-reading.ts').then(({ readText }) => readText(task))
        : readingPool().read(task, budgetMs)
    ).catch((error: unknown) => {
      if (error instanceof ReadingStopped) {
        throw new DossierError(
          'too-long',
          `Suggestions for “${article.title}” took longer than ${error.budgetMs / 1000} s and were stopped; the article is too long for suggestions (split it into shorter articles to get them).`,
        );
      }
      if (this.readings.get(article.id)?.reading === reading) this.readings.delete(article.id);
      throw error;
    });
    if (this.readings.size >= 5000) this.readings.delete(this.readings.keys().next().value!);
    this.readings.set(article.id, { published: article.published, reading });
    return reading;
  }
}
