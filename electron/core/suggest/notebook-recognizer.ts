import { combineReadings } from './combine-mentions.ts';
import { DecidedTexts } from './decided-texts.ts';
import { DecisionLearner, type ArticleDecisions } from './decision-learning.ts';
import { recognizeEntities, type RecognizedMention } from './entity-recognizer.ts';
import { repairByPhrase } from './phrase-repairs.ts';
import {
  recognizeWithModel,
  taggableSentences,
  type ModelState,
  type TaggableSentence,
} from './statistical-recognizer.ts';

/** Articles whose readings are kept: the text never changes, so a reading stays good. */
const CACHED_READINGS = 5000;
/**
 * The longest text the model reads (about 15,000 words: a few hundred milliseconds); a longer
 * one is read by the rules alone.
 */
export const MODEL_MAX_CHARS = 100_000;
/**
 * Articles whose sentence features are kept: the ones being worked on (an article learned from,
 * then read). Features are about 37 strings a token, 1 MB for a 1,000-word article, and cost
 * about 11 ms of CPU to make again: 200 kept held 217 MB of the worker's heap (issue 21).
 */
const CACHED_SENTENCES = 10;

function remember<K, V>(map: Map<K, V>, key: K, value: V, limit: number): V {
  if (map.size >= limit) map.delete(map.keys().next().value!);
  map.set(key, value);
  return value;
}

/**
 * One notebook's recognizer: the rules (entity-recognizer.ts), the trained model that reads
 * the rules' findings as features, with the online weights learned from this notebook's
 * decisions. Without a usable model file it is the rules alone, and `problem` says why.
 */
export class NotebookRecognizer {
  private readonly rules = new Map<string, RecognizedMention[]>();
  private readonly sentences = new Map<string, TaggableSentence[]>();
  private readonly readings = new Map<string, { version: string; mentions: RecognizedMention[] }>();
  private readonly learner: DecisionLearner | null;
  private readonly decided = new DecidedTexts();
  readonly problem: string | null;

  constructor(model: ModelState) {
    this.learner = 'weights' in model ? new DecisionLearner(model.weights) : null;
    this.problem = 'problem' in model ? model.problem : null;
  }

  /**
   * The article's mentions before the registry and the decisions are applied. Runs in the
   * suggestions' worker (recognizer-tasks.ts); a text longer than MODEL_MAX_CHARS (a pasted page
   * of megabytes) gets the rules' reading alone, so that it is done within its time budget
   * (issue 22).
   */
  recognize(articleId: string, text: string): RecognizedMention[] {
    const rules = this.rulesOf(articleId, text);
    if (this.learner === null || text.length > MODEL_MAX_CHARS)
      return this.withoutRejected(articleId, text, repairByPhrase(text, rules));
    const version = `${this.learner.version}:${this.decided.version}`;
    const cached = this.readings.get(articleId);
    if (cached !== undefined && cached.version === version) return cached.mentions;
    const model = recognizeWithModel(text, this.learner.score, this.sentencesOf(articleId, text));
    const mentions = this.withoutRejected(articleId, text, combineReadings(text, model, rules));
    remember(this.readings, articleId, { version, mentions }, CACHED_READINGS);
    return mentions;
  }

  /** The mentions whose text the analyst has rejected and never marked anywhere go. */
  private withoutRejected(
    articleId: string,
    text: string,
    mentions: RecognizedMention[],
  ): RecognizedMention[] {
    return mentions.filter((m) => !this.decided.suppressed(articleId, text.slice(m.start, m.end)));
  }

  /**
   * Drops the sentence features kept for the articles being worked on: the worker is idle, and
   * after the relearning at an open they held most of what it had grown (issue 21).
   */
  rest(): void {
    this.sentences.clear();
  }

  /** Learns from (or forgets) an article's decisions; true when its readings may change. */
  learn(articleId: string, text: string, decisions: ArticleDecisions): boolean {
    const texts = this.decided.sync(articleId, text, decisions);
    if (text.length > MODEL_MAX_CHARS) return texts; // the model never reads it (recognize)
    const weights =
      this.learner?.sync(articleId, decisions, () => this.sentencesOf(articleId, text)) ?? false;
    return texts || weights;
  }

  private rulesOf(articleId: string, text: string): RecognizedMention[] {
    return (
      this.rules.get(articleId) ??
      remember(this.rules, articleId, recognizeEntities(text), CACHED_READINGS)
    );
  }

  private sentencesOf(articleId: string, text: string): TaggableSentence[] {
    return (
      this.sentences.get(articleId) ??
      remember(
        this.sentences,
        articleId,
        taggableSentences(text, this.rulesOf(articleId, text)),
        CACHED_SENTENCES,
      )
    );
  }
}
