import type { EntityType, MentionOrigin } from './entity-suggestion.ts';
import {
  chunk,
  CONNECTORS,
  isAcronym,
  isInitial,
  isPossessive,
  isSentenceStart,
  lower,
  matchGazetteer,
  NAME_PARTICLES,
  ORGANIZATION_WORDS,
  TITLE_HEADS,
  type Chunk,
  type GazetteerMatch,
} from './name-chunks.ts';
import { cleanSpan } from './span-cleanup.ts';
import { tokenize } from './tokenizer.ts';
import type { Token } from './tokenizer.ts';
import { isOfficeWord, wordKind } from './word-knowledge.ts';

/** A recognized mention before decisions (rejections, registry) are applied. */
export interface RecognizedMention {
  start: number;
  end: number;
  type: EntityType;
  origin: MentionOrigin;
  /** The model's own confidence in the span, for a mention the model read. */
  modelConfidence?: number;
}

/** Words that end the names of agreements and laws, which are not people. */
const DOCUMENT_WORDS = new Set(
  'accord accords agreement agreements treaty act plan initiative doctrine declaration protocol convention charter'.split(
    ' ',
  ),
);

/** Names whose ends are geographical features. */
const PLACE_TAIL_WORDS = new Set(
  'strait sea ocean gulf bay river island islands peninsula mountains valley desert province oblast region canal lake coast'.split(
    ' ',
  ),
);

/** All-capital words that are no organization: time zones, degrees, common abbreviations. */
const NOT_ORGANIZATION_ACRONYMS =
  /^(?:[ECMP][SD]T|GMT|UTC|LGBTQI?\+?|LGBT|COVID|HIV|AIDS|GDP|CEO|PM|AM|TV|OK|MR|MS|DR|Q|A|B\.?[AS]\.?|M\.?[AS]\.?|MBA|M\.B\.A\.|J\.?D\.?|PHD)$/u;

const NAME_KINDS = new Set(['first-name', 'last-name', 'person', 'unknown']);

interface Analysis {
  from: number;
  to: number;
  type: EntityType;
  origin: RuleOrigin;
}

/** The names of the recognizer's rules (entity-suggestion.ts). */
type RuleOrigin = Extract<MentionOrigin, `rule:${string}`>;

function isNameLike(token: Token): boolean {
  const kind = wordKind(token.text);
  return (
    kind === 'first-name' ||
    kind === 'last-name' ||
    kind === 'person' ||
    (kind === 'unknown' && !isAcronym(token) && token.word)
  );
}

/** The person's name inside tokens [from, to): up to the first connector. */
function nameEnd(tokens: Token[], from: number, to: number): number {
  let end = from;
  while (end < to) {
    const token = tokens[end]!;
    if (!token.word && token.text !== '-') break;
    if (
      token.word &&
      !token.capitalized &&
      !NAME_PARTICLES.has(lower(token)) &&
      tokens[end - 1]?.text !== '-'
    )
      break;
    end += 1;
    if (isPossessive(token)) break;
  }
  return end;
}

export class Recognizer {
  private readonly tokens: Token[];
  private readonly gazetteer: Map<number, GazetteerMatch>;
  private readonly out: Analysis[] = [];

  constructor(private readonly text: string) {
    this.tokens = tokenize(text);
    this.gazetteer = matchGazetteer(this.tokens);
  }

  run(): RecognizedMention[] {
    const chunks = chunk(this.tokens, this.gazetteer);
    const pending: Chunk[] = [];
    for (const c of chunks) {
      if (!this.analyze(c.from, c.to)) pending.push(c);
    }
    this.resolveShortNames(pending);
    return this.toMentions();
  }

  private emit(from: number, to: number, type: EntityType, origin: RuleOrigin): void {
    if (to <= from) return;
    // "Secretary for European and Eurasian Affairs", "the Abraham Accords": no one's name.
    const last = this.tokens[to - 1]!.text;
    if (type === 'person' && (isOfficeWord(last) || DOCUMENT_WORDS.has(last.toLowerCase()))) return;
    this.out.push({ from, to, type, origin });
  }

  /** Returns false when the chunk held nothing it could name, for the second pass. */
  private analyze(from: number, to: number): boolean {
    const tokens = this.tokens;
    if (to <= from) return true;
    const whole = this.gazetteer.get(from);
    if (whole !== undefined && whole.end === to) {
      this.emit(from, to, whole.entry.type, 'rule:gazetteer');
      return true;
    }
    const words = tokens.slice(from, to).map(lower);
    // An office and the name that follows it: the name is the mention ("Secretary Blinken").
    const titleAt = words.findIndex((w) => TITLE_HEADS.has(w.replace(/\.$/u, '')));
    if (titleAt !== -1) {
      for (let k = from + titleAt + 1; k < to; k += 1) {
        const token = tokens[k]!;
        const match = this.gazetteer.get(k);
        if (match !== undefined) {
          // "Emperor of Japan": a place that ends the office's name.
          if (
            match.end >= to ||
            !tokens[match.end]!.capitalized ||
            lower(tokens[match.end]!) === 'of'
          ) {
            if (titleAt > 0) this.analyzePrefix(from, from + titleAt);
            this.emit(k, match.end, match.entry.type, 'rule:gazetteer-part');
            return this.analyze(match.end, to) || true;
          }
          k = match.end - 1;
          continue;
        }
        if (
          token.word &&
          token.capitalized &&
          isNameLike(token) &&
          !TITLE_HEADS.has(lower(token)) &&
          !ORGANIZATION_WORDS.has(lower(token))
        ) {
          const end = nameEnd(tokens, k, to);
          if (titleAt > 0) this.analyzePrefix(from, from + titleAt);
          this.emit(k, end, 'person', 'rule:title-and-name');
          if (end < to)
            this.analyze(
              end + (tokens[end]?.word === true && !tokens[end]!.capitalized ? 1 : 0),
              to,
            );
          return true;
        }
      }
      // An office without a name ("the Secretary", "Minister of Defense").
      if (titleAt > 0) return this.analyzePrefix(from, from + titleAt);
      return true;
    }
    // Drop a capitalized common word that only starts the sentence ("Today", "Targeting").
    const firstKind = wordKind(tokens[from]!.text);
    if (
      (firstKind === 'function' || firstKind === 'common' || firstKind === 'demonym') &&
      !this.gazetteer.has(from) &&
      !ORGANIZATION_WORDS.has(words[0]!) &&
      (isSentenceStart(tokens, from) || firstKind === 'function' || firstKind === 'demonym') &&
      to - from > 1 &&
      !this.isOrganizationName(from, to)
    ) {
      return this.analyze(from + 1, to);
    }
    // A first name followed by more of a name is a person even if a word of it is a city
    // ("Lloyd Austin").
    const first = tokens[from]!;
    if (
      wordKind(first.text) === 'first-name' &&
      !this.gazetteer.has(from) &&
      to - from >= 2 &&
      !this.isOrganizationName(from, to)
    ) {
      const end = nameEnd(tokens, from, to);
      if (end - from >= 2) {
        this.emit(from, end, 'person', 'rule:first-name');
        if (end < to) this.analyze(end, to);
        return true;
      }
    }
    if (this.isOrganizationName(from, to)) {
      // "State Department Fact Sheet": common words after the organization's name are not
      // part of it, unless a connector makes them so ("Office of Foreign Assets Control").
      let end = to;
      if (!words.some((w) => CONNECTORS.has(w))) {
        while (
          end - from > 2 &&
          !ORGANIZATION_WORDS.has(words[end - from - 1]!) &&
          wordKind(tokens[end - 1]!.text) === 'common'
        )
          end -= 1;
      }
      this.emit(from, end, 'organization', 'rule:organization-words');
      return true;
    }
    if (PLACE_TAIL_WORDS.has(words[words.length - 1]!) && to - from > 1) {
      this.emit(from, to, 'location', 'rule:place-tail');
      return true;
    }
    return this.segment(from, to);
  }

  private analyzePrefix(from: number, to: number): boolean {
    // What precedes an office is its organization or country ("State Department Spokesperson").
    // Only organizations and places: "National Security" before "Adviser" is no one's name.
    let end = to;
    while (end > from && !this.tokens[end - 1]!.capitalized) end -= 1;
    const before = this.out.length;
    const found = this.analyze(from, end);
    for (let k = this.out.length - 1; k >= before; k -= 1) {
      if (this.out[k]!.type === 'person') this.out.splice(k, 1);
    }
    return found;
  }

  private isOrganizationName(from: number, to: number): boolean {
    const words = this.tokens.slice(from, to).map(lower);
    if (to - from < 2) return false;
    return words.some((w) => ORGANIZATION_WORDS.has(w.replace(/'s$/u, '')));
  }

  /** Gazetteer names inside the chunk, and people or acronyms between them. */
  private segment(from: number, to: number): boolean {
    const tokens = this.tokens;
    let found = false;
    let pieceStart = from;
    const flush = (end: number): void => {
      if (end > pieceStart && this.piece(pieceStart, end)) found = true;
    };
    for (let k = from; k < to;) {
      const match = this.gazetteer.get(k);
      if (match !== undefined && match.end <= to) {
        flush(k);
        this.emit(k, match.end, match.entry.type, 'rule:gazetteer-part');
        found = true;
        k = match.end;
        pieceStart = k;
        continue;
      }
      const separator = tokens[k]!;
      if (!separator.word && !(separator.text === '-' && separator.gap === '' && k > pieceStart)) {
        flush(k);
        pieceStart = k + 1;
      }
      k += 1;
    }
    flush(to);
    return found;
  }

  /** A run of capitalized words with no gazetteer name in it. */
  private piece(from: number, to: number): boolean {
    const tokens = this.tokens;
    while (from < to && !tokens[from]!.capitalized) from += 1;
    while (to > from && !tokens[to - 1]!.capitalized && tokens[to - 2]?.text !== '-') to -= 1;
    if (to <= from) return false;
    while (from < to && !tokens[from]!.word) from += 1;
    if (to <= from) return false;
    const slice = tokens.slice(from, to).filter((t) => t.word);
    const kinds = slice.map((t) => wordKind(t.text));
    const firstName = kinds.findIndex((k) => k === 'first-name');
    if (firstName !== -1 && slice.length > 1) {
      // Leading common words are not part of the name ("Migration Amy Pope").
      let nameStart = 0;
      while (nameStart < firstName && !NAME_KINDS.has(kinds[nameStart]!)) nameStart += 1;
      const start = tokens.indexOf(slice[nameStart]!, from);
      if (start < to - 1 || firstName > 0) {
        this.emit(start, nameEnd(tokens, start, to), 'person', 'rule:first-name');
        return true;
      }
    }
    if (slice.length >= 2 && slice.length <= 5) {
      const nameish = kinds.every(
        (k) => k === 'unknown' || k === 'last-name' || k === 'person' || k === 'first-name',
      );
      if (nameish && !slice.some(isAcronym)) {
        this.emit(from, to, 'person', 'rule:name-like');
        return true;
      }
    }
    if (slice.length === 1) {
      const token = slice[0]!;
      if (
        isAcronym(token) &&
        kinds[0] === 'unknown' &&
        !NOT_ORGANIZATION_ACRONYMS.test(token.text)
      ) {
        this.emit(from, to, 'organization', 'rule:single-word');
        return true;
      }
      if ((kinds[0] === 'last-name' || kinds[0] === 'person') && !isSentenceStart(tokens, from)) {
        this.emit(from, to, 'person', 'rule:single-word');
        return true;
      }
      const kind = kinds[0];
      if (kind === 'place' && token.capitalized) {
        this.emit(from, to, 'location', 'rule:single-word');
        return true;
      }
      if (kind === 'organization') {
        this.emit(from, to, 'organization', 'rule:single-word');
        return true;
      }
    }
    return false;
  }

  /**
   * A single word that is part of a person's name found in this article ("Blinken" after
   * "Antony J. Blinken") is that person, even where a gazetteer would read a city ("Austin").
   */
  private resolveShortNames(pending: Chunk[]): void {
    const nameParts = new Set<string>();
    for (const found of this.out) {
      if (found.type !== 'person' || found.to - found.from < 2) continue;
      const parts = this.tokens.slice(found.from, found.to).filter((t) => t.word && !isInitial(t));
      for (const part of [parts[0], parts[parts.length - 1]]) {
        if (part !== undefined && part.text.length >= 3 && wordKind(part.text) !== 'first-name') {
          nameParts.add(part.text.replace(/['’]s$/u, ''));
        }
      }
      const last = parts[parts.length - 1];
      if (last !== undefined) nameParts.add(last.text.replace(/['’]s$/u, ''));
    }
    if (nameParts.size === 0) return;
    // Single words first recognized as something else.
    for (const found of this.out) {
      if (found.to - found.from === 1 && found.type !== 'person') {
        const word = this.tokens[found.from]!.text.replace(/['’]s$/u, '');
        if (nameParts.has(word)) found.type = 'person';
      }
    }
    for (const c of pending) {
      for (let k = c.from; k < c.to; k += 1) {
        const token = this.tokens[k]!;
        if (token.word && nameParts.has(token.text.replace(/['’]s$/u, '')))
          this.emit(k, k + 1, 'person', 'rule:surname-again');
      }
    }
  }

  private toMentions(): RecognizedMention[] {
    const mentions: RecognizedMention[] = [];
    for (const found of this.out) {
      const start = this.tokens[found.from]!.start;
      const end = this.tokens[found.to - 1]!.end;
      const span = cleanSpan(this.text, { start, end });
      if (span === null) continue;
      mentions.push({ ...span, type: found.type, origin: found.origin });
    }
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: RecognizedMention[] = [];
    for (const mention of mentions) {
      const previous = kept[kept.length - 1];
      if (previous !== undefined && mention.start < previous.end) continue;
      kept.push(mention);
    }
    return kept;
  }
}

/** People, organizations and places in `text`, without a registry: the cold-start path. */
export function recognizeEntities(text: string): RecognizedMention[] {
  return new Recognizer(text).run();
}
