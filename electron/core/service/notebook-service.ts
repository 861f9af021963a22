import { EventEmitter } from 'node:events';
import { DossierError } from '../../common/errors.ts';
import { CommandHistory, type Command } from '../commands/history.ts';
import { EVERYTHING, touches } from '../../common/api/change.ts';
import type {
  ApiOutputs,
  ApiParsedInput,
  ImportResult,
  NotebookEvent,
  NotebookHandlers,
} from '../../common/api/contract.ts';
import { paragraphsOf, summarize, type Article } from '../../common/model/article.ts';
import { findFiles, MAX_IMPORT_BYTES, readFound } from '../import/file-source.ts';
import { NotebookStore, type OpenOptions } from '../store/notebook-store.ts';
import { listBackups, maybeSnapshot, restoreBackup } from '../store/backups.ts';
import type { RestoreResult } from '../../common/model/backup.ts';
import type { ArticleImporter } from './article-import.ts';
import { newArticle } from './new-article.ts';
import type { PdfPrinter } from '../briefing/pdf.ts';
import { changeCommand, type NotebookChange } from '../commands/notebook-change.ts';
import { IdleWarmUp } from './idle-warm-up.ts';
import type { ArticleId, EntityId } from '../../common/model/ids.ts';
import {
  BUILT_IN_ENTITY_TYPES,
  type EntitiesFile,
  type Entity,
} from '../../common/model/entity.ts';
import type { RegistryName } from '../suggest/entity-suggestion.ts';
import type * as SuggestEntitiesModule from '../suggest/suggest-entities.ts';
import { readingPool } from '../suggest/reading-pool.ts';
import { ArticleReadings, type ReadingOptions } from './article-readings.ts';
import type { TextReading } from '../suggest/text-reading.ts';
import type { FoundDate } from '../dates/resolve-date.ts';
import type * as NotebookRecognizerModule from '../suggest/notebook-recognizer.ts';
import type * as StatisticalModule from '../suggest/statistical-recognizer.ts';
import type { NotebookRecognizer } from '../suggest/notebook-recognizer.ts';
import type { ArticleDecisions } from '../suggest/decision-learning.ts';
import type { Suggestion, EntitySummary } from '../../common/api/contract.ts';
import * as mentions from '../annotate/mentions.ts';
import * as registryEdits from '../annotate/registry-edits.ts';
import * as suggestionDecisions from '../annotate/suggestions.ts';
import { linkSuggestions } from '../annotate/suggestion-links.ts';
import { suggestionGroups } from '../annotate/suggestion-groups.ts';
import { entitiesNamed } from '../annotate/entity-lookup.ts';
import { findDuplicates } from '../annotate/duplicate-entities.ts';
import * as eventEdits from '../annotate/event-edits.ts';
import { eventsWithout } from '../annotate/event-edits.ts';
import * as eventSuggestions from '../annotate/event-suggestions.ts';
import { anchorSelection } from '../annotate/selection.ts';
import * as relationEdits from '../annotate/relations.ts';
import { linkChart, relationViews } from '../annotate/link-chart.ts';
import * as relationSuggestions from '../annotate/relation-suggestions.ts';
import * as sourceEdits from '../sources/source-edits.ts';
import * as credibilityEdits from '../sources/credibility-edits.ts';
import { corroboration } from '../sources/corroboration.ts';
import { citedOutlet } from '../sources/source-registry.ts';
import { copiesRelinked } from '../sources/copy-links.ts';

export interface ServiceOptions extends OpenOptions, ReadingOptions {}

/** The entity suggestions of an article and its dates, from readings prepared off-thread. */
interface PreparedSuggestions {
  suggest: suggestionDecisions.SuggestionSource;
  dates(article: Article): FoundDate[];
}

/** Articles whose decisions the recognizer learns from when a notebook opens (newest first). */
const LEARNED_ARTICLES_ON_OPEN = 300;
/** How long learning from queued decisions may run at once (ms). */
const LEARNING_SLICE_MS = 30;

/**
 * The notebook's service: the one implementation behind every host. Inputs arrive already
 * validated by `dispatch`; every mutation is a command in the history.
 */
export class NotebookService implements NotebookHandlers {
  private readonly history = new CommandHistory();
  private readonly events = new EventEmitter();
  /** Loaded on first import: the format readers are heavy, and most sessions start without one. */
  private importer: Promise<ArticleImporter> | null = null;
  private jobCounter = 0;
  private readonly warmUp = new IdleWarmUp();
  private readonly readings: ArticleReadings;

  private constructor(
    readonly store: NotebookStore,
    private readonly options: ReadingOptions,
  ) {
    // performance (issue 8): a large notebook's backup on open runs first in the queue.
    const snapshot = store.deferredSnapshot;
    store.deferredSnapshot = null;
    if (snapshot !== null) void this.history.serialize(snapshot);
    this.readings = new ArticleReadings(options);
  }

  static async open(folder: string, options: ServiceOptions = {}): Promise<NotebookService> {
    const { suggestionBudgetMs, readOnThisThread, ...open } = options;
    return new NotebookService(await NotebookStore.open(folder, open), {
      suggestionBudgetMs,
      readOnThisThread,
    });
  }

  async close(): Promise<void> {
    this.warmUp.stop();
    if (this.learning !== null) clearImmediate(this.learning);
    this.learning = null;
    return this.history.serialize(() => this.store.close());
  }

  /** A call arrived (api/dispatch.ts): the warm-up waits for a quiet spell. */
  noteCall(): void {
    this.warmUp.noteCall();
  }

  /**
   * Once no call has arrived for `quietMs`, load the recognizer behind suggestions (its lexicon:
   * about 1 s, which the first article opened would otherwise wait for) and the search index (or
   * build it, the first time: ~15 s of CPU at 10,000 articles, in slices), so that neither the
   * opening and first clicks nor the first search wait for them. For the app and browser mode;
   * the CLI's short runs load them only if they need them.
   */
  warmWhenIdle(quietMs = 3000): void {
    this.warmUp.start(quietMs, () => {
      // A failure is met again, and reported, by the call that needs what failed to load. The
      // worker loads the rules; this thread the model and the registry matcher.
      if (!this.options.readOnThisThread) readingPool().warm();
      this.loadRecognizer()
        .catch(() => undefined)
        .then(() => this.store.search.ready())
        .catch(() => undefined);
    });
  }

  /** How this host prints PDFs; Chromium through playwright-core unless set. */
  pdfPrinter: PdfPrinter | null = null;

  onEvent(listener: (event: NotebookEvent) => void): () => void {
    this.events.on('event', listener);
    return () => this.events.off('event', listener);
  }

  async info(_input: ApiParsedInput<'info'>): Promise<ApiOutputs['info']> {
    return {
      title: this.store.title,
      folder: this.store.folder,
      readOnly: this.store.readOnly,
      articleCount: this.store.articleCount,
      damaged: [...this.store.damaged],
      backupProblem: this.store.backupState.problem,
      entityTypes: [
        ...new Set([...BUILT_IN_ENTITY_TYPES, ...this.store.registry.entities.map((e) => e.type)]),
      ],
      ...this.history.state(),
    };
  }

  async listArticles(input: ApiParsedInput<'listArticles'>): Promise<ApiOutputs['listArticles']> {
    const only = input.ids === undefined ? undefined : new Set<string>(input.ids);
    return this.store
      .listSummaries() // the catalog: no article file is read (issue 8)
      .filter((summary) => only === undefined || only.has(summary.id))
      .sort((a, b) => b.addedAt.localeCompare(a.addedAt) || a.id.localeCompare(b.id));
  }

  async getArticle(input: ApiParsedInput<'getArticle'>): Promise<ApiOutputs['getArticle']> {
    const article = this.requireArticle(input.id);
    const entities: ApiOutputs['getArticle']['entities'] = {};
    for (const mention of article.mentions) {
      const entity = this.store.getEntity(mention.entityId);
      if (entity !== undefined)
        entities[entity.id] = { id: entity.id, name: entity.name, type: entity.type };
    }
    return { ...article, paragraphs: paragraphsOf(article.text), entities };
  }

  // Entities and mentions. Each edit is computed from the notebook as it stands when its turn
  // comes (see applyChange) by a pure function of electron/core/annotate/.

  async listEntities(_input: ApiParsedInput<'listEntities'>): Promise<ApiOutputs['listEntities']> {
    return this.store.registry.entities
      .map((entity) => this.summarizeEntity(entity))
      .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  }

  async getEntity(input: ApiParsedInput<'getEntity'>): Promise<ApiOutputs['getEntity']> {
    const entity = this.store.getEntity(input.id);
    if (entity === undefined) throw new DossierError('not-found', `No entity with id ${input.id}.`);
    const found = this.store.articlesMentioning(entity.id).flatMap((article) =>
      article.mentions
        .filter((mention) => mention.entityId === entity.id)
        .map((mention) => ({
          articleId: article.id,
          articleTitle: article.title,
          mentionId: mention.id,
          start: mention.start,
          end: mention.end,
          quote: mention.quote,
          before: article.text.slice(Math.max(0, mention.start - 80), mention.start),
          after: article.text.slice(mention.end, mention.end + 80),
        })),
    );
    return { ...this.summarizeEntity(entity), mentions: found };
  }

  async markMention(input: ApiParsedInput<'markMention'>): Promise<ApiOutputs['markMention']> {
    const { mentionId, entityId } = await this.applyChange(() =>
      mentions.markMention(
        this.store,
        input.articleId,
        input,
        input.target as mentions.MentionTarget,
      ),
    );
    return { mentionId, entityId, ...this.history.state() };
  }

  async removeMention(
    input: ApiParsedInput<'removeMention'>,
  ): Promise<ApiOutputs['removeMention']> {
    await this.applyChange(() =>
      mentions.removeMention(this.store, input.articleId, input.mentionId),
    );
    return this.history.state();
  }

  async relinkMention(
    input: ApiParsedInput<'relinkMention'>,
  ): Promise<ApiOutputs['relinkMention']> {
    await this.applyChange(() =>
      mentions.relinkMention(
        this.store,
        input.articleId,
        input.mentionId,
        input.target as mentions.MentionTarget,
        input.allowTypeChange === true,
      ),
    );
    return this.history.state();
  }

  async updateEntity(input: ApiParsedInput<'updateEntity'>): Promise<ApiOutputs['updateEntity']> {
    const { id, ...edit } = input;
    await this.applyChange(() => registryEdits.updateEntity(this.store, id, edit));
    return this.history.state();
  }

  async mergeEntities(
    input: ApiParsedInput<'mergeEntities'>,
  ): Promise<ApiOutputs['mergeEntities']> {
    await this.applyChange(() =>
      registryEdits.mergeEntities(this.store, input.targetId, input.sourceIds),
    );
    return this.history.state();
  }

  async splitEntity(input: ApiParsedInput<'splitEntity'>): Promise<ApiOutputs['splitEntity']> {
    const { entityId } = await this.applyChange(() =>
      registryEdits.splitEntity(this.store, input.entityId, input.mentions, input.name, input.type),
    );
    return { entityId, ...this.history.state() };
  }

  async deleteEntity(input: ApiParsedInput<'deleteEntity'>): Promise<ApiOutputs['deleteEntity']> {
    const { relationsRemoved } = await this.applyChange(() =>
      registryEdits.deleteEntity(this.store, input.id),
    );
    return { ...this.history.state(), relationsRemoved };
  }

  async findDuplicateEntities(
    _input: ApiParsedInput<'findDuplicateEntities'>,
  ): Promise<ApiOutputs['findDuplicateEntities']> {
    return findDuplicates(await this.listEntities({}));
  }

  async listSuggestions(
    input: ApiParsedInput<'listSuggestions'>,
  ): Promise<ApiOutputs['listSuggestions']> {
    const article = this.requireArticle(input.articleId);
    const { suggest } = await this.suggestionSource([article]);
    return suggest(article);
  }

  async acceptSuggestions(
    input: ApiParsedInput<'acceptSuggestions'>,
  ): Promise<ApiOutputs['acceptSuggestions']> {
    const { suggest } = await this.suggestionSource(
      input.articleId === undefined
        ? this.store.listArticles()
        : [this.requireArticle(input.articleId)],
    );
    const { accepted, ambiguous } = await this.applyChange(() =>
      suggestionDecisions.acceptSuggestions(this.store, input, suggest),
    );
    return { accepted, ambiguous, ...this.history.state() };
  }

  // Linking (issue 15): the review queue.

  async listSuggestionGroups(
    _input: ApiParsedInput<'listSuggestionGroups'>,
  ): Promise<ApiOutputs['listSuggestionGroups']> {
    const { suggest } = await this.suggestionSource(this.store.listArticles());
    return suggestionGroups(this.store, suggest);
  }

  async acceptSuggestionGroup(
    input: ApiParsedInput<'acceptSuggestionGroup'>,
  ): Promise<ApiOutputs['acceptSuggestionGroup']> {
    const { items, ...as } = input;
    const { suggest } = await this.suggestionSource(this.articlesOf(items));
    const { accepted } = await this.applyChange(() =>
      suggestionDecisions.acceptSuggestionGroup(
        this.store,
        items as suggestionDecisions.SuggestionRef[],
        as as suggestionDecisions.AcceptAs,
        suggest,
      ),
    );
    return { accepted, ...this.history.state() };
  }

  async rejectSuggestionGroup(
    input: ApiParsedInput<'rejectSuggestionGroup'>,
  ): Promise<ApiOutputs['rejectSuggestionGroup']> {
    const { suggest } = await this.suggestionSource(this.articlesOf(input.items));
    const { rejected } = await this.applyChange(() =>
      suggestionDecisions.rejectSuggestionGroup(
        this.store,
        input.items as suggestionDecisions.SuggestionRef[],
        input.everywhere,
        suggest,
      ),
    );
    return { rejected, ...this.history.state() };
  }

  async entitiesNamed(
    input: ApiParsedInput<'entitiesNamed'>,
  ): Promise<ApiOutputs['entitiesNamed']> {
    return entitiesNamed(this.store.registry, input.name).map(({ id, name, type }) => ({
      id,
      name,
      type,
    }));
  }

  async rejectSuggestion(
    input: ApiParsedInput<'rejectSuggestion'>,
  ): Promise<ApiOutputs['rejectSuggestion']> {
    const { suggest } = await this.suggestionSource([this.requireArticle(input.articleId)]);
    await this.applyChange(() =>
      suggestionDecisions.rejectSuggestion(
        this.store,
        input.articleId,
        input,
        input.everywhere,
        suggest,
      ),
    );
    return this.history.state();
  }

  // Events: who did what, when and where, tied to the words that report it.

  async listEvents(_input: ApiParsedInput<'listEvents'>): Promise<ApiOutputs['listEvents']> {
    const label = (id: EntityId) => {
      const entity = this.store.getEntity(id);
      return entity === undefined ? null : { id: entity.id, name: entity.name, type: entity.type };
    };
    const sources = sourceEdits.sourceRegistry(this.store);
    const copyOf = (id: ArticleId) => this.store.getSummary(id)?.copyOf?.articleId ?? null;
    return this.store.eventsFile.events.map((event) => {
      const articles = [...new Set(event.evidence.map((e) => e.articleId))].flatMap((id) => {
        const article = this.store.getSummary(id); // the catalog (issue 8)
        return article === undefined ? [] : [article];
      });
      return {
        ...event,
        credibility: event.credibility ?? null,
        evidence: event.evidence.map((piece) => ({
          ...piece,
          credibility: piece.credibility ?? null,
        })),
        ...corroboration(this.store, event, sources, copyOf),
        location: event.locationId === null ? null : label(event.locationId),
        participantLabels: event.participants.flatMap((p) => {
          const entity = label(p.entityId);
          return entity === null ? [] : [{ ...entity, role: p.role }];
        }),
        sources: articles.map((a) => ({
          articleId: a.id,
          title: a.title,
          source: a.source,
          published: a.published,
          url: a.url,
          outlet: citedOutlet(a.source, sources.ofArticle(a.id)),
        })),
      };
    });
  }

  // Sources (issue 18): outlets and their grades, credibility of evidence (electron/core/sources).

  async listSources(_input: ApiParsedInput<'listSources'>): Promise<ApiOutputs['listSources']> {
    return sourceEdits
      .sourceRegistry(this.store)
      .sources.sort(
        (a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name),
      );
  }

  async updateSource(input: ApiParsedInput<'updateSource'>): Promise<ApiOutputs['updateSource']> {
    const { id, ...edit } = input;
    const { sourceId } = await this.applyChange(() =>
      sourceEdits.updateSource(this.store, id, edit),
    );
    const source = sourceEdits.sourceRegistry(this.store).find(sourceId);
    return { source, ...this.history.state() };
  }

  async mergeSources(input: ApiParsedInput<'mergeSources'>): Promise<ApiOutputs['mergeSources']> {
    await this.applyChange(() =>
      sourceEdits.mergeSources(this.store, input.targetId, input.sourceIds),
    );
    return this.history.state();
  }

  async gradeEvidence(
    input: ApiParsedInput<'gradeEvidence'>,
  ): Promise<ApiOutputs['gradeEvidence']> {
    await this.applyChange(() =>
      credibilityEdits.gradeEvidence(this.store, input.eventId, input.index, input.credibility),
    );
    return this.history.state();
  }

  async gradeEvent(input: ApiParsedInput<'gradeEvent'>): Promise<ApiOutputs['gradeEvent']> {
    await this.applyChange(() =>
      credibilityEdits.gradeEvent(this.store, input.eventId, input.credibility),
    );
    return this.history.state();
  }

  async createEvent(input: ApiParsedInput<'createEvent'>): Promise<ApiOutputs['createEvent']> {
    const { evidence, ...fields } = input;
    const { eventId } = await this.applyChange(() =>
      eventEdits.createEvent(this.store, fields, evidence),
    );
    return { eventId, ...this.history.state() };
  }

  async updateEvent(input: ApiParsedInput<'updateEvent'>): Promise<ApiOutputs['updateEvent']> {
    const { id, ...fields } = input;
    await this.applyChange(() => eventEdits.updateEvent(this.store, id, fields));
    return this.history.state();
  }

  async deleteEvent(input: ApiParsedInput<'deleteEvent'>): Promise<ApiOutputs['deleteEvent']> {
    await this.applyChange(() => eventEdits.deleteEvent(this.store, input.id));
    return this.history.state();
  }

  async addEvidence(input: ApiParsedInput<'addEvidence'>): Promise<ApiOutputs['addEvidence']> {
    const { eventId, ...evidence } = input;
    await this.applyChange(() => eventEdits.addEvidence(this.store, eventId, evidence));
    return this.history.state();
  }

  async removeEvidence(
    input: ApiParsedInput<'removeEvidence'>,
  ): Promise<ApiOutputs['removeEvidence']> {
    await this.applyChange(() => eventEdits.removeEvidence(this.store, input.eventId, input.index));
    return this.history.state();
  }

  async listEventSuggestions(
    input: ApiParsedInput<'listEventSuggestions'>,
  ): Promise<ApiOutputs['listEventSuggestions']> {
    const article = this.requireArticle(input.articleId);
    const { suggest, dates } = await this.suggestionSource([article]);
    return eventSuggestions.eventCandidates(this.store, article, suggest(article), dates(article));
  }

  async acceptEventSuggestion(
    input: ApiParsedInput<'acceptEventSuggestion'>,
  ): Promise<ApiOutputs['acceptEventSuggestion']> {
    const { suggest, dates } = await this.suggestionSource([this.requireArticle(input.articleId)]);
    const { eventId } = await this.applyChange(() => {
      const article = this.requireArticle(input.articleId);
      const candidates = eventSuggestions.eventCandidates(
        this.store,
        article,
        suggest(article),
        dates(article),
      );
      return eventSuggestions.acceptEventCandidate(
        this.store,
        article.id,
        input.candidateId,
        candidates,
      );
    });
    return { eventId, ...this.history.state() };
  }

  async rejectEventSuggestion(
    input: ApiParsedInput<'rejectEventSuggestion'>,
  ): Promise<ApiOutputs['rejectEventSuggestion']> {
    const { suggest, dates } = await this.suggestionSource([this.requireArticle(input.articleId)]);
    await this.applyChange(() => {
      const article = this.requireArticle(input.articleId);
      const candidates = eventSuggestions.eventCandidates(
        this.store,
        article,
        suggest(article),
        dates(article),
      );
      return eventSuggestions.rejectEventCandidate(
        this.store,
        article.id,
        input.candidateId,
        candidates,
      );
    });
    return this.history.state();
  }

  async draftEvent(input: ApiParsedInput<'draftEvent'>): Promise<ApiOutputs['draftEvent']> {
    const article = this.requireArticle(input.articleId);
    anchorSelection(article, input, { withinParagraph: false });
    const { suggest } = await this.suggestionSource([article]);
    return eventSuggestions.draftEvent(this.store, article, input, suggest(article));
  }

  // Relations (issue 17): sourced ties between entities, edited by annotate/relations.ts.

  async listRelations(
    _input: ApiParsedInput<'listRelations'>,
  ): Promise<ApiOutputs['listRelations']> {
    return relationViews(this.store);
  }

  async createRelation(
    input: ApiParsedInput<'createRelation'>,
  ): Promise<ApiOutputs['createRelation']> {
    const { evidence, ...fields } = input;
    const { relationId } = await this.applyChange(() =>
      relationEdits.createRelation(this.store, fields, evidence),
    );
    return { relationId, ...this.history.state() };
  }

  async updateRelation(
    input: ApiParsedInput<'updateRelation'>,
  ): Promise<ApiOutputs['updateRelation']> {
    const { id, ...fields } = input;
    await this.applyChange(() => relationEdits.updateRelation(this.store, id, fields));
    return this.history.state();
  }

  async deleteRelation(
    input: ApiParsedInput<'deleteRelation'>,
  ): Promise<ApiOutputs['deleteRelation']> {
    await this.applyChange(() => relationEdits.deleteRelation(this.store, input.id));
    return this.history.state();
  }

  async addRelationEvidence(
    input: ApiParsedInput<'addRelationEvidence'>,
  ): Promise<ApiOutputs['addRelationEvidence']> {
    const { relationId, ...evidence } = input;
    await this.applyChange(() =>
      relationEdits.addRelationEvidence(this.store, relationId, evidence),
    );
    return this.history.state();
  }

  async addRelationType(
    input: ApiParsedInput<'addRelationType'>,
  ): Promise<ApiOutputs['addRelationType']> {
    await this.applyChange(() => relationEdits.addRelationType(this.store, input));
    return this.history.state();
  }

  async listRelationSuggestions(
    input: ApiParsedInput<'listRelationSuggestions'>,
  ): Promise<ApiOutputs['listRelationSuggestions']> {
    const articles =
      input.articleId === undefined
        ? this.store.listArticles()
        : [this.requireArticle(input.articleId)];
    return articles.flatMap((article) =>
      relationSuggestions.relationSuggestions(this.store, article),
    );
  }

  async acceptRelationSuggestion(
    input: ApiParsedInput<'acceptRelationSuggestion'>,
  ): Promise<ApiOutputs['acceptRelationSuggestion']> {
    const { relationId } = await this.applyChange(() =>
      relationSuggestions.acceptRelationSuggestion(this.store, input.articleId, input.candidateId),
    );
    return { relationId, ...this.history.state() };
  }

  async rejectRelationSuggestion(
    input: ApiParsedInput<'rejectRelationSuggestion'>,
  ): Promise<ApiOutputs['rejectRelationSuggestion']> {
    await this.applyChange(() =>
      relationSuggestions.rejectRelationSuggestion(this.store, input.articleId, input.candidateId),
    );
    return this.history.state();
  }

  async linkChart(_input: ApiParsedInput<'linkChart'>): Promise<ApiOutputs['linkChart']> {
    return linkChart(this.store, (id) => this.store.mentionStats(id));
  }

  async pinChartNodes(
    input: ApiParsedInput<'pinChartNodes'>,
  ): Promise<ApiOutputs['pinChartNodes']> {
    await this.applyChange(() => relationEdits.pinNodes(this.store, input.pins));
    return this.history.state();
  }

  async addHighlight(input: ApiParsedInput<'addHighlight'>): Promise<ApiOutputs['addHighlight']> {
    const { highlightId } = await this.applyChange(() =>
      mentions.addHighlight(this.store, input.articleId, input, input.comment),
    );
    return { highlightId, ...this.history.state() };
  }

  async editHighlight(
    input: ApiParsedInput<'editHighlight'>,
  ): Promise<ApiOutputs['editHighlight']> {
    await this.applyChange(() =>
      mentions.editHighlight(this.store, input.articleId, input.highlightId, input.comment),
    );
    return this.history.state();
  }

  async removeHighlight(
    input: ApiParsedInput<'removeHighlight'>,
  ): Promise<ApiOutputs['removeHighlight']> {
    await this.applyChange(() =>
      mentions.removeHighlight(this.store, input.articleId, input.highlightId),
    );
    return this.history.state();
  }

  async addText(input: ApiParsedInput<'addText'>): Promise<ApiOutputs['addText']> {
    const article = newArticle(input, input.text);
    if (article.text === '') throw new DossierError('invalid-input', 'The text is empty.');
    await this.execute({
      label: `Add “${article.title}”`,
      touched: touches({ articles: [article.id] }),
      apply: () => this.store.putArticle(article),
      revert: () => this.store.removeArticle(article.id),
    });
    return { id: article.id };
  }

  async importFiles(input: ApiParsedInput<'importFiles'>): Promise<ApiOutputs['importFiles']> {
    const sources = input.files.map((file) => ({
      path: file.name,
      read: async () => Buffer.from(file.data, 'base64'),
    }));
    const results = await (
      await this.loadImporter()
    ).run(sources, input.jobId ?? this.newJobId(), input.batch);
    return { results };
  }

  /**
   * Import files and folders (recursively) from disk. Not part of the page's API: only the CLI
   * and the Electron main process, with paths the user chose, call it.
   */
  async importPaths(paths: string[], jobId = this.newJobId()): Promise<ImportResult[]> {
    const found = await findFiles(paths);
    const sources = found.map((file) => ({
      path: file.path,
      read: () => readFound(file, MAX_IMPORT_BYTES),
    }));
    return (await this.loadImporter()).run(sources, jobId);
  }

  async cancelImport(input: ApiParsedInput<'cancelImport'>): Promise<ApiOutputs['cancelImport']> {
    if (this.importer === null) return { cancelled: false };
    return { cancelled: (await this.importer).cancel(input.jobId) };
  }

  async updateArticle(
    input: ApiParsedInput<'updateArticle'>,
  ): Promise<ApiOutputs['updateArticle']> {
    const before = this.requireArticle(input.id);
    const after: Article = { ...before, ...input.metadata };
    const changed = Object.keys(input.metadata).filter(
      (key) =>
        JSON.stringify(before[key as keyof Article]) !==
        JSON.stringify(after[key as keyof Article]),
    );
    if (changed.length > 0) {
      await this.execute({
        label: `Edit ${changed.join(', ')} of “${before.title}”`,
        touched: touches({ articles: [before.id] }),
        apply: () => this.store.putArticle(after),
        revert: () => this.store.putArticle(before),
      });
    }
    return summarize(this.requireArticle(input.id));
  }

  async deleteArticle(
    input: ApiParsedInput<'deleteArticle'>,
  ): Promise<ApiOutputs['deleteArticle']> {
    this.requireArticle(input.id);
    await this.execute(() => {
      // Built in turn: the article, events and relations as they are when the deletion runs.
      const article = this.requireArticle(input.id);
      const eventsBefore = this.store.eventsFile;
      const eventsAfter = eventsWithout(eventsBefore, { articleId: article.id });
      const relationsBefore = this.store.relationsFile;
      const relationsAfter = relationEdits.relationsWithout(relationsBefore, {
        articleId: article.id,
      })?.relations;
      // Its wire copies are kept, and no longer say they copy an article that is gone.
      const copiesAfter = copiesRelinked(this.store, article);
      const copiesBefore = copiesAfter.map((copy) => this.requireArticle(copy.id));
      return {
        label: `Delete “${article.title}”`,
        touched: touches({
          articles: [article.id, ...copiesAfter.map((copy) => copy.id)],
          events: eventsAfter !== undefined,
          relations: relationsAfter !== undefined,
        }),
        apply: async () => {
          if (eventsAfter !== undefined) await this.store.putEvents(eventsAfter);
          if (relationsAfter !== undefined) await this.store.putRelations(relationsAfter);
          if (copiesAfter.length > 0) await this.store.putArticles(copiesAfter);
          await this.store.removeArticle(article.id);
        },
        revert: async () => {
          await this.store.putArticle(article);
          if (copiesBefore.length > 0) await this.store.putArticles(copiesBefore);
          if (eventsAfter !== undefined) await this.store.putEvents(eventsBefore);
          if (relationsAfter !== undefined) await this.store.putRelations(relationsBefore);
        },
      };
    });
    return this.history.state();
  }

  async undo(_input: ApiParsedInput<'undo'>): Promise<ApiOutputs['undo']> {
    const undone = await this.history.undo();
    this.emitChanged(`Undo ${undone.label}`, undone);
    return { undone: undone.label, ...this.history.state() };
  }

  async redo(_input: ApiParsedInput<'redo'>): Promise<ApiOutputs['redo']> {
    const redone = await this.history.redo();
    this.emitChanged(`Redo ${redone.label}`, redone);
    return { redone: redone.label, ...this.history.state() };
  }

  // Backups. Restoring is a command; undo restores the state before.
  async listBackups(_input: ApiParsedInput<'listBackups'>): Promise<ApiOutputs['listBackups']> {
    return (await listBackups(this.store.folder)).reverse();
  }

  async restoreBackup(
    input: ApiParsedInput<'restoreBackup'>,
  ): Promise<ApiOutputs['restoreBackup']> {
    if (this.store.readOnly) {
      throw new DossierError(
        'invalid-input',
        `The notebook ${this.store.folder} is open read-only.`,
      );
    }
    const folder = this.store.folder;
    let result: RestoreResult | undefined;
    await this.execute({
      label: `Restore the backup ${input.id}`,
      touched: EVERYTHING,
      apply: async () => {
        const restored = await restoreBackup(folder, input.id, { lockHeld: true });
        result ??= restored;
        await this.store.reload();
      },
      revert: async () => {
        if (result?.before) await restoreBackup(folder, result.before.id, { lockHeld: true });
        await this.store.reload();
      },
    });
    return { ...result!, ...this.history.state() };
  }

  // --- search (issue 8): full-text search; the index follows the store's writes ---
  async search(input: ApiParsedInput<'search'>): Promise<ApiOutputs['search']> {
    return this.store.search.search(input.query, input.limit ?? 20, input.partial ?? false);
  }
  // --- end search ---

  // --- briefing (issue 6): briefings, preview, exports, JSON import (electron/core/briefing) ---
  async listBriefings(
    _input: ApiParsedInput<'listBriefings'>,
  ): Promise<ApiOutputs['listBriefings']> {
    const { briefings, lastEditedBriefingId } = this.store.briefingsFile;
    return briefings.map((b) => ({
      id: b.id,
      title: b.title,
      author: b.author,
      date: b.date,
      sectionCount: b.sections.length,
      lastEdited: b.id === lastEditedBriefingId,
    }));
  }

  async getBriefing(input: ApiParsedInput<'getBriefing'>): Promise<ApiOutputs['getBriefing']> {
    const { requireBriefing } = await import('../briefing/briefing-edits.ts');
    return requireBriefing(this.store, input.id);
  }

  async createBriefing(
    input: ApiParsedInput<'createBriefing'>,
  ): Promise<ApiOutputs['createBriefing']> {
    const [edits, { localToday }] = await Promise.all([
      import('../briefing/briefing-edits.ts'),
      import('../briefing/dates.ts'),
    ]);
    const { briefingId } = await this.applyChange(() =>
      edits.createBriefing(this.store, input.title, localToday()),
    );
    return { id: briefingId, ...this.history.state() };
  }

  async updateBriefing(
    input: ApiParsedInput<'updateBriefing'>,
  ): Promise<ApiOutputs['updateBriefing']> {
    const edits = await import('../briefing/briefing-edits.ts');
    const { id, ...edit } = input;
    await this.applyChange(() => edits.updateBriefing(this.store, id, edit));
    return { briefing: edits.requireBriefing(this.store, id), ...this.history.state() };
  }

  async deleteBriefing(
    input: ApiParsedInput<'deleteBriefing'>,
  ): Promise<ApiOutputs['deleteBriefing']> {
    const edits = await import('../briefing/briefing-edits.ts');
    await this.applyChange(() => edits.deleteBriefing(this.store, input.id));
    return this.history.state();
  }

  async renderBriefing(
    input: ApiParsedInput<'renderBriefing'>,
  ): Promise<ApiOutputs['renderBriefing']> {
    const [{ briefingDocument }, { briefingMarkdown }, { briefingHtmlFragment }] =
      await Promise.all([
        import('../briefing/exports.ts'),
        import('../briefing/markdown.ts'),
        import('../briefing/html.ts'),
      ]);
    const doc = briefingDocument(this.store, input.id);
    return {
      title: doc.title,
      markdown: briefingMarkdown(doc),
      html: briefingHtmlFragment(doc),
    };
  }

  async exportBriefing(
    input: ApiParsedInput<'exportBriefing'>,
  ): Promise<ApiOutputs['exportBriefing']> {
    const { exportNotebook } = await import('../briefing/exports.ts');
    const files = await exportNotebook(this.store, input, this.pdfPrinter ?? undefined);
    return {
      files: files.map((file) =>
        typeof file.bytes === 'string'
          ? { name: file.name, mediaType: file.mediaType, encoding: 'utf8', content: file.bytes }
          : {
              name: file.name,
              mediaType: file.mediaType,
              encoding: 'base64',
              content: Buffer.from(file.bytes).toString('base64'),
            },
      ),
    };
  }

  async listHighlights(
    _input: ApiParsedInput<'listHighlights'>,
  ): Promise<ApiOutputs['listHighlights']> {
    // Highlights are not in the catalog: every article is read, as a briefing's render does.
    return this.store.listArticles().flatMap((article) =>
      [...article.highlights]
        .sort((a, b) => a.start - b.start)
        .map((highlight) => ({
          articleId: article.id,
          articleTitle: article.title,
          highlightId: highlight.id,
          start: highlight.start,
          end: highlight.end,
          quote: highlight.quote,
          comment: highlight.comment,
        })),
    );
  }

  /**
   * Restore a JSON export (the whole notebook) into this notebook, which must be empty. Not part
   * of the page's API: the CLI (`import-json FILE`) and Electron main call it with a file the
   * user chose. One undo step removes what it added.
   */
  async importJson(text: string, label = 'the file'): Promise<{ articles: number }> {
    const [{ parseNotebookExport }, { jsonImportCommand }] = await Promise.all([
      import('../briefing/notebook-json.ts'),
      import('./json-import.ts'),
    ]);
    const data = parseNotebookExport(text, label);
    await this.execute(() => jsonImportCommand(this.store, data));
    return { articles: data.articles.length };
  }
  // --- end briefing ---

  private loadImporter(): Promise<ArticleImporter> {
    this.importer ??= import('./article-import.ts').then(
      ({ ArticleImporter }) =>
        new ArticleImporter(this.store, {
          execute: (command) => this.execute(command),
          progress: (event) => this.events.emit('event', event),
        }),
    );
    return this.importer;
  }

  private newJobId(): string {
    return `job-${process.pid}-${++this.jobCounter}`;
  }

  private async execute(command: Command | (() => Command)): Promise<void> {
    const applied = await this.history.execute(command);
    this.emitChanged(applied.label, applied);
    // A rolling snapshot when the last one is old enough; cheap otherwise, and it never throws.
    if (!this.store.readOnly)
      await this.history.serialize(() => maybeSnapshot(this.store.folder, this.store.backupState));
  }

  /** Compute a change from the notebook as it is when its turn comes, apply it, record it. */
  private async applyChange<T extends NotebookChange>(compute: () => T): Promise<T> {
    let change: T | undefined;
    await this.execute(() => changeCommand(this.store, (change = compute())));
    return change!;
  }

  private summarizeEntity(entity: Entity): EntitySummary {
    // The catalog's counts: no article file is read (issue 8).
    return { ...entity, ...this.store.mentionStats(entity.id) };
  }

  private suggestModules: Promise<
    [typeof SuggestEntitiesModule, typeof NotebookRecognizerModule, typeof StatisticalModule]
  > | null = null;
  private recognizer: Promise<NotebookRecognizer> | null = null;
  private registryNames: { registry: EntitiesFile; names: RegistryName[] } | null = null;

  /** The recognizer's model file; the shipped one unless set before the first suggestion. */
  recognizerModelPath: string | undefined = undefined;

  /**
   * The notebook's recognizer, loaded once in the background (warmWhenIdle) or by the first
   * suggestion: the rules, the trained model and what it learned from this notebook's decisions.
   * A missing or damaged model leaves the rules alone, with one message on stderr.
   */
  private loadRecognizer(): Promise<NotebookRecognizer> {
    this.suggestModules ??= Promise.all([
      import('../suggest/suggest-entities.ts'),
      import('../suggest/notebook-recognizer.ts'),
      import('../suggest/statistical-recognizer.ts'),
    ]);
    this.recognizer ??= this.suggestModules.then(async ([, { NotebookRecognizer }, model]) => {
      const recognizer = new NotebookRecognizer(
        await model.loadRecognizerModel(this.recognizerModelPath),
      );
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

  /** Articles whose decisions the recognizer has yet to learn from, in the order written. */
  private readonly toLearn = new Set<ArticleId>();
  private learning: NodeJS.Immediate | null = null;

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

  /** Why suggestions come from the rules alone (no usable model), or null. */
  async recognizerProblem(): Promise<string | null> {
    return (await this.loadRecognizer()).problem;
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
  /** The articles that suggestion references point into, each once. */
  private articlesOf(items: readonly { articleId: ArticleId }[]): Article[] {
    return [...new Set(items.map((item) => item.articleId))].map((id) => this.requireArticle(id));
  }

  private async suggestionSource(articles: readonly Article[]): Promise<PreparedSuggestions> {
    // The worker reads while this thread loads the registry matcher: on two threads at once.
    const read = Promise.all(articles.map((article) => this.readings.of(article)));
    const recognizer = await this.loadRecognizer();
    const [{ suggestEntities }] = await this.suggestModules!;
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

  /** "The notebook changed": what the command was and what it touched. */
  private emitChanged(label: string, command: Command): void {
    const touched = command.touched ?? EVERYTHING;
    this.events.emit('event', { type: 'changed', label, touched } satisfies NotebookEvent);
  }

  private requireArticle(id: ArticleId): Article {
    const article = this.store.getArticle(id);
    if (article === undefined) throw new DossierError('not-found', `No article with id ${id}.`);
    return article;
  }
}
