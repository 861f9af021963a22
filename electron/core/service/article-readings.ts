import { DossierError } from '../../common/errors.ts';
import type { Article } from '../../common/model/article.ts';
import type { ArticleId } from '../../common/model/ids.ts';
import type { PartialIsoDate } from '../../common/model/dates.ts';
import type { ArticleDecisions } from '../suggest/decision-learning.ts';
import { defaultModelPath } from '../suggest/ner-model-path.ts';
import { readingPool, ReadingStopped } from '../suggest/reading-pool.ts';
import {
  recognizerTasksOnThisThread,
  type RecognizerRef,
  type RecognizerTask,
  type ResultOf,
  type TextReading,
} from '../suggest/recognizer-tasks.ts';

export interface ReadingOptions {
  /**
   * How long one task of the recognizer (an article's reading for suggestions, learning from
   * its decisions) may take before it is stopped and that article's suggestions fail (a pasted
   * page of megabytes on one line): 30 s unless set.
   */
  suggestionBudgetMs?: number;
  /**
   * Run the recognizer on this thread rather than in the worker: for the command line, whose one
   * thread has nothing else to answer and would load the readers twice.
   */
  readOnThisThread?: boolean;
}

/** Readings kept: the text never changes; the decisions and the weights are checked. */
const KEPT_READINGS = 5000;

let recognizersOpened = 0;

/**
 * One notebook's recognizer, which lives in the suggestions' worker (issue 20: its model, its
 * learning and its readings never hold up the thread that answers), and each article's reading,
 * kept until the article's decisions or the learned weights change. A reading stopped by its
 * time budget is kept too, so that opening that article again fails at once instead of running
 * for the whole budget again.
 */
export class ArticleReadings {
  private readonly recognizer: RecognizerRef = {
    id: (recognizersOpened += 1),
    modelPath: defaultModelPath(),
  };
  /** Bumped when the worker's weights changed: readings made before are stale. */
  private version = 0;
  private readonly readings = new Map<
    ArticleId,
    { published: PartialIsoDate | null; decisions: string; version: number; reading: TextReading }
  >();
  private readonly stopped = new Map<
    ArticleId,
    { published: PartialIsoDate | null; error: DossierError }
  >();
  /** The worker (ReadingPool.generation) that has learned this notebook's decisions. */
  private generation = 0;
  /** Articles whose decisions were sent to the recognizer: a new worker must learn them again. */
  private readonly taught = new Set<ArticleId>();
  /** Told which articles a new worker must learn again (the one before was stopped). */
  onNewWorker: (articles: ArticleId[]) => void = () => undefined;

  constructor(private readonly options: ReadingOptions) {}

  /** The recognizer's model file; the shipped one unless set before the first task. */
  set modelPath(path: string | undefined) {
    this.recognizer.modelPath = path ?? defaultModelPath();
  }

  /** Loads the recognizer; why it has no usable model (the rules alone), or null. */
  load(): Promise<string | null> {
    return this.run({ kind: 'load', recognizer: this.recognizer });
  }

  /** Brings the recognizer in line with one article's decisions. */
  async learn(article: Article, decisions: ArticleDecisions): Promise<void> {
    const learned = await this.run({
      kind: 'learn',
      recognizer: this.recognizer,
      articleId: article.id,
      text: article.text,
      decisions,
    });
    this.learned(article.id, decisions, learned);
  }

  /** An article's reading, with its decisions learned first. */
  async of(article: Article, decisions: ArticleDecisions): Promise<TextReading> {
    const key = JSON.stringify(decisions);
    const kept = this.readings.get(article.id);
    if (
      kept !== undefined &&
      kept.published === article.published &&
      kept.decisions === key &&
      kept.version === this.version
    )
      return kept.reading;
    const stopped = this.stopped.get(article.id);
    if (stopped !== undefined && stopped.published === article.published) throw stopped.error;
    try {
      const { reading, learned } = await this.run({
        kind: 'read',
        recognizer: this.recognizer,
        articleId: article.id,
        text: article.text,
        published: article.published,
        decisions,
      });
      this.learned(article.id, decisions, learned);
      this.readings.delete(article.id);
      if (this.readings.size >= KEPT_READINGS)
        this.readings.delete(this.readings.keys().next().value!);
      const entry = { published: article.published, decisions: key, version: this.version };
      this.readings.set(article.id, { ...entry, reading });
      return reading;
    } catch (error) {
      if (!(error instanceof ReadingStopped)) throw error;
      const tooLong = new DossierError(
        'too-long',
        `Suggestions for “${article.title}” took longer than ${error.budgetMs / 1000} s and were stopped; the article is too long for suggestions (split it into shorter articles to get them).`,
      );
      this.stopped.set(article.id, { published: article.published, error: tooLong });
      throw tooLong;
    }
  }

  /** The notebook closed: its recognizer goes from the worker. */
  close(): void {
    const task = { kind: 'forget', recognizer: this.recognizer } as const;
    if (this.options.readOnThisThread) void recognizerTasksOnThisThread().run(task);
    // Only a worker that knows this notebook (none is started to forget it).
    else if (this.generation !== 0 && readingPool().generation === this.generation)
      readingPool()
        .run(task, this.options.suggestionBudgetMs ?? 30_000)
        .catch(() => undefined);
  }

  private learned(id: ArticleId, decisions: ArticleDecisions, changed: boolean): void {
    if (changed) this.version += 1;
    if (decisions.marked.length > 0 || decisions.rejected.length > 0) this.taught.add(id);
    else this.taught.delete(id);
  }

  private async run<T extends RecognizerTask>(task: T): Promise<ResultOf<T>> {
    if (this.options.readOnThisThread) return recognizerTasksOnThisThread().run(task);
    const pool = readingPool();
    try {
      return await pool.run(task, this.options.suggestionBudgetMs ?? 30_000);
    } finally {
      if (pool.generation !== this.generation) {
        // A new worker: what the one before learned of this notebook is gone.
        if (this.generation !== 0 && this.taught.size > 0) {
          this.version += 1;
          this.onNewWorker([...this.taught]);
        }
        this.generation = pool.generation;
      }
    }
  }
}
