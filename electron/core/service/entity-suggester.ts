import { DossierError } from '../../common/errors.ts';
import type { Suggestion } from '../../common/api/contract.ts';
import type { Article } from '../../common/model/article.ts';
import type { EntitiesFile } from '../../common/model/entity.ts';
import type { ArticleId, EntityId } from '../../common/model/ids.ts';
import type { FoundDate } from '../dates/resolve-date.ts';
import type { NotebookStore } from '../store/notebook-store.ts';
import type { RegistryName } from '../suggest/entity-suggestion.ts';
import type * as SuggestEntitiesModule from '../suggest/suggest-entities.ts';
import type * as SuggestionLinksModule from '../annotate/suggestion-links.ts';
import type * as NotebookRecognizerModule from '../suggest/notebook-recognizer.ts';
import type * as StatisticalModule from '../suggest/statistical-recognizer.ts';
import type { NotebookRecognizer } from '../suggest/notebook-recognizer.ts';
import type { ArticleDecisions } from '../suggest/decision-learning.ts';
import type { TextReading } from '../suggest/text-reading.ts';
import * as suggestionDecisions from '../annotate/suggestions.ts';
import { ArticleReadings, type ReadingOptions } from './article-readings.ts';

/** The entity suggestions of an article and its dates, from readings prepared off-thread. */
export interface PreparedSuggestions {
  suggest: suggestionDecisions.SuggestionSource;
  dates(article: Article): FoundDate[];
}

/** Articles whose decisions the recognizer learns from when a notebook opens (newest first). */
const LEARNED_ARTICLES_ON_OPEN = 300;
/** How long learning from queued decisions may run at once (ms). */
const LEARNING_SLICE_MS = 30;

/**
 * The notebook's entity suggestions: the recognizer (loaded once, learning from the analyst's
 * decisions in the background), the readings of articles prepared in the worker, the registry's
 * names.
 */
export class EntitySuggester {
  private readonly readings: ArticleReadings;
  private suggestModules: Promise<
    [
      typeof SuggestEntitiesModule,
      typeof NotebookRecognizerModule,
      typeof StatisticalModule,
      typeof SuggestionLinksModule,
    ]
  > | null = null;
  private recognizer: Promise<NotebookRecognizer> | null = null;
  private registryNames: { registry: EntitiesFile; names: RegistryName[] } | null = null;
  /** Articles whose decisions the recognizer has yet to learn from, in the order written. */
  private readonly toLearn = new Set<ArticleId>();
  private learning: NodeJS.Immediate | null = null;

  /** The recognizer's model file; the shipped one unless set before the first suggestion. */
  modelPath: string | undefined = undefined;

  constructor(
    private readonly store: NotebookStore,
    options: ReadingOptions,
  ) {
    this.readings = new ArticleReadings(options);
  }

  stop(): void {
    if (this.learning !== null) clearImmediate(this.learning);
    this.learning = null;
  }

  /**
   * The notebook's recognizer, loaded once in the background (warmWhenIdle) or by the first
   * suggestion: the rules, the trained model and what it learned from this notebook's decisions.
   * A missing or damaged model leaves the rules alone, with one message on stderr.
   */
  loadRecognizer(): Promise<NotebookRecognizer> {
    this.suggestModules ??= Promise.all([
      import('../suggest/suggest-entities.ts'),
      import('../suggest/notebook-recognizer.ts'),
      import('../suggest/statistical-recognizer.ts'),
      import('../annotate/suggestion-links.ts'),
    ]);
    this.recognizer ??= this.suggestModules.then(async ([, { NotebookRecognizer }, model]) => {
      const recognizer = new NotebookRecognizer(await model.loadRecognizerModel(this.modelPath));
      if (recognizer.problem !== null) console.warn(`dossier: ${recognizer.problem}`);
      // Decisions already in the notebook: the most recently added articles with mentions.
      const decided = this.store
        .listSummaries()
        .filter((summary) => summary.mentionCount > 0)
        .sort((a, b) => b.addedAt.localeCompare(a.addedAt))
        .slice(0, LEARNED_ARTICLES_ON_OPEN);
      for (const summary of decided.reverse()) this.toLearn.add(summary.id);
      this.store.onArticlesWritten = (articles) => {
        for (const article of articles) {
          this.toLearn.delete(article.id); // to the end of the queue
          this.toLearn.add(article.id);
        }
        this.scheduleLearning(recognizer);
      };
      this.scheduleLearning(recognizer);
      return recognizer;
    });
    return this.recognizer;
  }

  /** Learns from queued articles for up to `budgetMs`. */
  private learnQueued(recognizer: NotebookRecognizer, budgetMs: number): void {
    const until = performance.now() + budgetMs;
    for (const id of this.toLearn) {
      if (performance.now() > until) break;
      this.toLearn.delete(id);
      const article = this.store.getArticle(id);
      if (article !== undefined)
        recognizer.learn(article.id, article.text, this.decisionsIn(article));
    }
  }

  /**
   * The queue is worked through a slice per turn of the event loop: an Accept all over the
   * notebook, or the replay when it opens, never holds up a call.
   */
  private scheduleLearning(recognizer: NotebookRecognizer): void {
    if (this.learning !== null || this.toLearn.size === 0) return;
    this.learning = setImmediate(() => {
      this.learning = null;
      this.learnQueued(recognizer, LEARNING_SLICE_MS);
      this.scheduleLearning(recognizer);
    });
    this.learning.unref();
  }

  /** An article's mentions of the built-in types and its rejected spans: what the model learns. */
  private decisionsIn(article: Article): ArticleDecisions {
    const marked: ArticleDecisions['marked'] = [];
    for (const mention of article.mentions) {
      const type = this.store.getEntity(mention.entityId)?.type;
      if (type === 'person' || type === 'organization' || type === 'location')
        marked.push({ start: mention.start, end: mention.end, type });
    }
    return { marked, rejected: article.rejectedSpans };
  }

  /**
   * Open suggestions of articles against the registry as it is at the moment each is asked for
   * (inside a command: when its turn comes); the readings behind them are prepared first, in the
   * worker, for the articles given.
   */
  async prepare(articles: readonly Article[]): Promise<PreparedSuggestions> {
    // The worker reads while this thread loads the registry matcher: on two threads at once.
    const read = Promise.all(articles.map((article) => this.readings.of(article)));
    const recognizer = await this.loadRecognizer();
    const [{ suggestEntities }, , , { linkSuggestions }] = await this.suggestModules!;
    const done = await read;
    const readings = new Map(articles.map((article, i) => [article.id, done[i]!]));
    const readingOf = (article: Article): TextReading => {
      const reading = readings.get(article.id);
      if (reading === undefined) {
        throw new DossierError(
          'not-found',
          `The article “${article.title}” was added while suggestions were prepared; try again.`,
        );
      }
      return reading;
    };
    const suggest = (article: Article): Suggestion[] => {
      const registry = this.store.registry;
      if (this.registryNames?.registry !== registry) {
        this.registryNames = { registry, names: suggestionDecisions.registryNames(registry) };
      }
      // The decisions just made (a slice of a long queue: the rest follows in the background),
      // and this article's, in case an entity was retyped since (cheap when unchanged).
      this.learnQueued(recognizer, LEARNING_SLICE_MS);
      recognizer.learn(article.id, article.text, this.decisionsIn(article));
      const recognized = recognizer.recognize(
        article.id,
        article.text,
        readingOf(article).recognized,
      );
      const context = {
        registry: this.registryNames.names,
        rejectedNames: registry.rejectedNames,
        rejectedSpans: article.rejectedSpans,
      };
      const found = suggestEntities(article.text, context, recognized).map(
        ({ entityId, ...rest }) =>
          entityId === undefined
            ? rest
            : {
                ...rest,
                entityId: entityId as EntityId,
                entityName: this.store.getEntity(entityId as EntityId)?.name ?? '',
              },
      );
      return suggestionDecisions.openSuggestions(
        article,
        linkSuggestions(article, found, registry),
      );
    };
    return { suggest, dates: (article) => readingOf(article).dates };
  }
}
