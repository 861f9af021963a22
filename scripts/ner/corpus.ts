// The training corpora of data/ner-train/ (JSON Lines of PTB tokens and BIO tags) as text:
// the recognizer reads text, so each sentence or document is rebuilt into a string with its gold
// spans as character offsets, and re-tokenized with the app's own tokenizer for training.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NER_TAGS } from '../../electron/core/suggest/ner-perceptron.ts';
import type { NerToken } from '../../electron/core/suggest/ptb-tokenizer.ts';
import type { EntityType } from '../../electron/core/suggest/entity-suggestion.ts';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const dataDir = join(root, 'data/ner-train');

export interface CorpusLine {
  doc: string;
  tokens: string[];
  tags: string[];
}

export interface GoldSpan {
  start: number;
  end: number;
  type: EntityType;
}

export interface GoldText {
  doc: string;
  text: string;
  spans: GoldSpan[];
}

export const TYPE_OF: Record<string, EntityType> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'location',
};

export function readCorpus(name: string): CorpusLine[] {
  return readFileSync(join(dataDir, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusLine);
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|\.{2,}|'s|'S|n't|N'T|'m|'re|'ve|'ll|'d|’s)$/u;
const NO_SPACE_AFTER = /^[([{$#]$/u;

/**
 * Sentences joined into text the way a writer would space them, with the gold spans. With
 * `headings`, a sentence without closing punctuation (a headline, a dateline) ends its line.
 */
export function rebuild(lines: CorpusLine[], headings = false): GoldText {
  let text = '';
  const spans: GoldSpan[] = [];
  let quoteOpen = false;
  lines.forEach((line, n) => {
    if (n > 0) text += headings && !/[.!?:"')]$/u.test(text) ? '\n' : ' ';
    let open: GoldSpan | null = null;
    let glue = true;
    line.tokens.forEach((token, i) => {
      const isQuote = token === '"';
      const noSpace =
        i === 0 || glue || NO_SPACE_BEFORE.test(token) || (isQuote && quoteOpen) || token === '-';
      if (!noSpace) text += ' ';
      if (isQuote) quoteOpen = !quoteOpen;
      glue = NO_SPACE_AFTER.test(token) || (isQuote && quoteOpen) || token === '-';
      const tag = line.tags[i]!;
      if (open !== null && !tag.startsWith('I-')) {
        spans.push(open);
        open = null;
      }
      const start = text.length;
      text += token;
      if (tag.startsWith('B-')) open = { start, end: text.length, type: TYPE_OF[tag.slice(2)]! };
      else if (tag.startsWith('I-') && open !== null) open.end = text.length;
    });
    if (open !== null) spans.push(open);
  });
  return { doc: lines[0]?.doc ?? '', text, spans };
}

/** Consecutive lines of one document, in corpus order. */
export function documents(lines: CorpusLine[]): CorpusLine[][] {
  const docs: CorpusLine[][] = [];
  for (const line of lines) {
    const last = docs.at(-1);
    if (last !== undefined && last[0]!.doc === line.doc) last.push(line);
    else docs.push([line]);
  }
  return docs;
}

const TAG_OF: Record<EntityType, string> = { person: 'PER', organization: 'ORG', location: 'LOC' };

/** BIO tag indices for tokens from character spans: a token inside a span takes its type. */
export function projectTags(tokens: NerToken[], spans: GoldSpan[]): number[] {
  return tokens.map((token, i) => {
    const span = spans.find((s) => token.start >= s.start && token.end <= s.end);
    if (span === undefined) return 0;
    const previous = tokens[i - 1];
    const inside = previous !== undefined && previous.start >= span.start;
    return NER_TAGS.indexOf(
      `${inside ? 'I' : 'B'}-${TAG_OF[span.type]}` as (typeof NER_TAGS)[number],
    );
  });
}
