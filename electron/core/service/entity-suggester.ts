import { DossierError } from '../../common/errors.ts';
import type { Suggestion } from '../../common/api/contract.ts';
import type { Article, ArticleSummary } from '../../common/model/article.ts';
import type { EntitiesFile } from '../../common/model/entity.ts';
import type { ArticleId, EntityId } from '../../common/model/ids.ts';
import type { FoundDate } from '../dates/resolve-date.ts';
import type { NotebookStore } from '../store/notebook-store.ts';
import type { RegistryName } from '../suggest/entity-suggestion.ts';
import { compromise } from '../suggest/compromise-library.ts';
import type * as SuggestEntitiesModule from '../suggest/suggest-entities.ts';
import type * as SuggestionLinksModule from '../annotate/suggestion-links.ts';
import type { ArticleDecisions } from '../suggest/decision-learning.ts';
import type { TextReading } from '../suggest/recognizer-tasks.ts';
import * as suggestionDecisions from '../annotate/suggestions.ts';
import { ArticleReadings, type ReadingOptions } from './article-readings.ts';

/** The entity suggestions of an article and its dates, from readings prepared off-thread. */
export interface PreparedSuggestions {
  suggest: suggestionDecisions.SuggestionSource;
  dates(article: Article): FoundDate[];
}

/** Articles with marks whose decisions the recognizer learns from when a notebook opens. */
const LEARNED_ARTICLES_ON_OPEN = 300;

/**
 * The articles whose decisions the recognizer learns from when a notebook opens, oldest first:
 * every one holding a rejection, however old (a rejection must outlive the session as a mark
 * does: the registry keeps marks, nothing else keeps rejections), and the newest ones with
 * marks. A catalog written before rejections were counted says -1: such an article counts as
 * holding one until it is read again. `newest`: the summaries newest first, as listArticles
 * orders them (sorted in slices: one sort of 100,000 by localeCompare held the thread seconds).
 */
export function articlesToRelearn(newest: readonly ArticleSummary[]): ArticleId[] {
  const marked = new Set(
    newest
      .filter((s) => s.mentionCount > 0)
      .slice(0, LEARNED_ARTICLES_ON_OPEN)
      .map((s) => s.id),
  );
  return newest
    .filter((s) => s.rejectedCount !== 0 || marked.has(s.id))
    .map((s) => s.id)
    .reverse();
}
/**
 * Articles of the queue learned from before a suggestion is read, the last written first: the
 * decisions just made show in the next suggestion; the rest follows in the background.
 */
const LEARNED_BEFORE_READING = 20;

/**
 * The notebook's entity suggestions: the recognizer, which runs in the suggestions' worker
 * (loaded once, learning from the analyst's decisions in the background; ArticleReadings), and
 * the registry's names, matched on this thread when a suggestion is asked for.
 */
export class EntitySuggester {
  private readonly readings: ArticleReadings;
  private suggestModules: Promise<
    [typeof SuggestEntitiesModule, typeof SuggestionLinksModule]
  > | null = null;
  private loaded: Promise<string | null> | null = null;
  private registryNames: { registry: EntitiesFile; names: RegistryName[] } | null = null;
  /** Articles whose decisions the recognizer has yet to learn from, in the order written. */
  private readonly toLearn = new Set<ArticleId>();
  /** The article being learned from in the background (one at a time). */
  private learning: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly store: NotebookStore,
    options: ReadingOptions,
  ) {
    this.readings = new ArticleReadings(options);
    this.readings.onNewWorker = (articles) => {
      for (const id of articles) this.toLearn.add(id);
      this.scheduleLearning();
    };
  }

  /** The recognizer's model file; the shipped one unless set before the first suggestion. */
  set modelPath(path: string | undefined) {
    this.readings.modelPath = path;
  }

  stop(): void {
    this.stopped = true;
    this.toLearn.clear();
    this.readings.close();
  }

  /**
   * The notebook's recognizer, loaded once in the background (warmWhenIdle) or by the first
   * suggestion: the rules, the trained model and what it learned from this notebook's decisions.
   * Answers why the model is unusable (the rules alone; one message on stderr), or null.
   */
  loadRecognizer(): Promise<string | null> {
    this.loaded ??= this.readings.load().then(
      async (problem) => {
        if (problem !== null) console.warn(`dossier: ${problem}`);
        // Decisions already in the notebook (articlesToRelearn), as it is now; an article
        // written while they are sorted goes after them, as it would after the listing.
        const listing = this.store.listSummariesNewestFirst();
        const learnLast = (ids: Iterable<ArticleId>) => {
          for (const id of ids) {
            this.toLearn.delete(id); // to the end of the queue
            this.toLearn.add(id);
          }
          this.scheduleLearning();
        };
        this.store.onArticlesWritten = (articles) => learnLast(articles.map(({ id }) => id));
        const relearn = articlesToRelearn(await listing);
        const written = [...this.toLearn];
        this.toLearn.clear();
        for (const id of relearn) this.toLearn.add(id);
        learnLast(written);
        return problem;
      },
      (error: unknown) => {
        this.loaded = null; // the next suggestion tries again
        throw error;
      },
    );
    return this.loaded;
  }

  /**
   * Loads, once no call has come for a while, what the first suggestion would otherwise wait
   * for: the recognizer, in the worker, then this thread's registry matcher and linking, whose
   * word lexicon (compromise's) takes about 0.6 s of CPU to load on this thread.
   */
  async warm(): Promise<void> {
    await this.loadRecognizer();
    this.suggestModules ??= this.loadSuggestModules();
    await this.suggestModules;
    compromise(); // the linker's word lexicon, which no module loads at import
  }

  private loadSuggestModules(): Promise<
    [typeof SuggestEntitiesModule, typeof SuggestionLinksModule]
  > {
    return Promise.all([
      import('../suggest/suggest-entities.ts'),
      import('../annotate/suggestion-links.ts'),
    ]);
  }

  /**
   * The queue is sent to the worker one article at a time, each once the one before is learned:
   * an Accept all over the notebook, or the replay when it opens, never holds up a suggestion
   * for more than one article's learning.
   */
  private scheduleLearning(): void {
    if (this.learning !== null || this.stopped) return;
    const next = this.toLearn.values().next();
    if (next.done === true) return;
    this.toLearn.delete(next.value);
    this.learning = this.learnFrom(next.value).finally(() => {
      this.learning = null;
      this.scheduleLearning();
    });
  }

  /** Learns from the articles written last now, so that a reading made next knows them. */
  private learnRecent(): Promise<void> {
    const recent = [...this.toLearn].slice(-LEARNED_BEFORE_READING);
    for (const id of recent) this.toLearn.delete(id);
    return Promise.all([this.learning, ...recent.map((id) => this.learnFrom(id))]).then(
      () => undefined,
    );
  }

  private async learnFrom(id: ArticleId): Promise<void> {
    try {
      const article = await this.store.readArticle(id);
      if (article !== undefined) await this.readings.learn(article, this.decisionsIn(article));
    } catch {
      // A damaged file or a text past its time budget: its suggestions say so when asked for.
    }
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
    this.suggestModules ??= this.loadSuggestModules();
    await this.loadRecognizer();
    await this.learnRecent();
    // The worker reads while this thread loads the registry matcher: on two threads at once.
    const [done, [{ suggestEntities }, { linkSuggestions }]] = await Promise.all([
      Promise.all(articles.map((article) => this.readings.of(article, this.decisionsIn(article)))),
      this.suggestModules,
    ]);
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
      const { recognized } = readingOf(article);
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
