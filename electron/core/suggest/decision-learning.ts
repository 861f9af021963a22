import type { EntityType } from './entity-suggestion.ts';
import { combined, NER_TAGS, NerDelta, type NerWeights, type Scorer } from './ner-perceptron.ts';
import type { TaggableSentence } from './statistical-recognizer.ts';

/** What the analyst decided in one article: marked or accepted names, and rejected spans. */
export interface ArticleDecisions {
  marked: { start: number; end: number; type: EntityType }[];
  rejected: { start: number; end: number }[];
}

const TAG_PREFIX: Record<EntityType, string> = {
  person: 'PER',
  organization: 'ORG',
  location: 'LOC',
};

/**
 * How far one decision moves the weights (the trained weights are averaged over all training
 * updates, so a single step of 1 weighs like a name seen a few times in training).
 */
const STEP = 1;

/**
 * A notebook's recognizer: the trained weights plus online weights derived from the decisions
 * currently in effect. Each sentence that holds a decision contributes a perceptron update
 * (accepted or marked names as gold, rejected spans as outside any name, the rest of the
 * sentence as the model reads it); a sentence's contribution is recomputed when its decisions
 * change, so that undoing a decision takes back exactly what it taught. The decisions
 * themselves are the notebook's mentions and rejected spans, saved with the articles.
 */
export class DecisionLearner {
  private readonly delta = new NerDelta();
  /** per article, per sentence index: the decisions learned from and what they added */
  private readonly learned = new Map<string, Map<number, { key: string; own: NerDelta }>>();
  /** Bumped whenever the online weights change: readings made before are stale. */
  version = 0;
  readonly score: Scorer;

  constructor(private readonly weights: NerWeights) {
    // Before any decision the online weights are empty: not looked up at all (a hot path).
    const both = combined(weights.score, this.delta.score);
    this.score = (feature, scores) => {
      if (this.delta.size === 0) weights.score(feature, scores);
      else both(feature, scores);
    };
  }

  /**
   * Brings one article's contribution in line with its decisions. Returns whether it changed.
   * `sentencesOf` gives the article's sentences (asked only when there is something to learn).
   */
  sync(
    articleId: string,
    decisions: ArticleDecisions,
    sentencesOf: () => TaggableSentence[],
  ): boolean {
    const before = this.learned.get(articleId) ?? new Map<number, { key: string; own: NerDelta }>();
    const hasDecisions = decisions.marked.length > 0 || decisions.rejected.length > 0;
    if (!hasDecisions && before.size === 0) return false;
    const sentences = sentencesOf();
    const after = new Map<number, { key: string; own: NerDelta }>();
    let changed = false;
    sentences.forEach((sentence, index) => {
      const gold = goldTags(sentence, decisions);
      const key = gold === null ? '' : gold.join(',');
      const old = before.get(index);
      if (old !== undefined && old.key === key) {
        after.set(index, old);
        return;
      }
      if (old !== undefined) {
        this.delta.addAll(old.own, -1);
        changed = true;
      }
      if (gold === null) return;
      const own = new NerDelta();
      own.update(
        sentence.features,
        sentence.words,
        combined(this.weights.score, this.delta.score, own.score),
        gold,
        STEP,
      );
      this.delta.addAll(own, 1);
      after.set(index, { key, own });
      changed = true;
    });
    if (after.size === 0) this.learned.delete(articleId);
    else this.learned.set(articleId, after);
    if (changed) this.version += 1;
    return changed;
  }
}

/** Per token the decided tag, or undefined; null when no decision touches the sentence. */
function goldTags(
  sentence: TaggableSentence,
  decisions: ArticleDecisions,
): (number | undefined)[] | null {
  const first = sentence.tokens[0];
  const last = sentence.tokens.at(-1);
  if (first === undefined || last === undefined) return null;
  const inside = (span: { start: number; end: number }) =>
    span.start < last.end && first.start < span.end;
  const marked = decisions.marked.filter(inside);
  const rejected = decisions.rejected.filter(inside);
  if (marked.length === 0 && rejected.length === 0) return null;
  const gold: (number | undefined)[] = sentence.tokens.map(() => undefined);
  sentence.tokens.forEach((token, i) => {
    if (rejected.some((s) => token.start < s.end && s.start < token.end)) gold[i] = 0;
    const mark = marked.find((s) => token.start >= s.start && token.end <= s.end);
    if (mark === undefined) return;
    const previous = sentence.tokens[i - 1];
    const continues = previous !== undefined && previous.start >= mark.start;
    gold[i] = NER_TAGS.indexOf(
      `${continues ? 'I' : 'B'}-${TAG_PREFIX[mark.type]}` as (typeof NER_TAGS)[number],
    );
  });
  return gold;
}
