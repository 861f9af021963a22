import { COMMON_WORDS } from './common-words.ts';
import type { RecognizedMention } from './entity-recognizer.ts';
import { isTitleWord } from './titles.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * Bodies written out in full, which the model cuts into pieces or misses: "Ministry of Local
 * Government, Decentralisation and Rural Development", "Department for Culture, Media and Sport",
 * "Grains Research and Development Corporation", "Maritime and Port Authority of Singapore",
 * "Southern African Development Community", "Censorship of Publications Board". A run of
 * capitalized words holding a word that names a kind of body is one name, across "of", "for" and
 * "on", across "and" or a list of common words ("Culture, Media and Sport"), and back across
 * "and" over common words before it; never across "and" into another name ("the Bank of England
 * and Barclays") and never into a title ("Local Government Minister" is an office).
 */

/** Words that name a kind of body, wherever they stand in its name. */
const HEAD =
  /^(?:Ministry|Department|Commission|Council|Court|Authority|Community|Fund|Foundation|Institute|Academy|Corporation|Board|Agency|Centres?|Centers?|Ombudsman|Office|Inspectorate|Endowment|Chamber|Bureau|Tribunal|Federation|Association|Society|Organi[sz]ation|Committee|Union)$/u;

/**
 * A body's last word that no building or place ends in ("Authority", unlike "Centre" or the
 * "Russian Federation").
 */
const BODY_ONLY =
  /\s(?:Ministry|Department|Commission|Council|Authority|Fund|Foundation|Institute|Corporation|Board|Agency|Inspectorate|Bureau|Tribunal|Association|Society|Organi[sz]ation|Committee)$/u;

const CAPITAL = /^\p{Lu}[\p{L}’'-]*$/u;
const DAY_OR_MONTH =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

interface Word {
  value: string;
  start: number;
  end: number;
}

/**
 * The words of a run of capitals and the connectors between them, as the text has them. A
 * possessive ends the run ("Saudi Arabia's Civil Defense Authority") but for the few a body's
 * name holds ("United Nations Children's Fund", "Information Commissioner's Office").
 */
const WORD = String.raw`(?:(?:Children|Women|Workers|People|Farmers|Teachers|Veterans|Writers|Commissioner|General|Prosecutor|Ombudsman)['’]s?|\p{Lu}[\p{L}-]*(?:['’](?!s\b)\p{L}+)?)`;
const RUN = new RegExp(
  String.raw`${WORD}(?:(?:,? (?:of|for|on|and|&)(?: the)? |, | )${WORD})*`,
  'gu',
);

/** Common words that are no title: "Culture", "Rural Development"; not "Secretary". */
const common = (words: Word[]) =>
  words.length > 0 &&
  words.every(
    (w) =>
      (wordKind(w.value) === 'common' || COMMON_WORDS.has(w.value.toLowerCase())) &&
      !isTitleWord(w.value),
  );

/**
 * Words before "and" that open a body's name: one or two, the last a common word, no body word,
 * no given name ("Grains Research", "Maritime"; not "Notre Dame High School").
 */
const opensBody = (words: Word[]) =>
  words.length <= 2 &&
  common(words.slice(-1)) &&
  words.every((w) => !HEAD.test(w.value) && wordKind(w.value) !== 'first-name');

/**
 * The run's chunks (capitalized words with nothing between them) and the connector before each:
 * "Department for Culture, Media and Sport" is Department / for Culture / , Media / and Sport.
 */
function chunksOf(text: string, start: number, end: number): { link: string; words: Word[] }[] {
  const chunks: { link: string; words: Word[] }[] = [];
  let link = '';
  let last = start;
  for (const match of text.slice(start, end).matchAll(/\S+/gu)) {
    const at = start + match.index;
    const bare = match[0].replace(/,$/u, '');
    const between = text.slice(last, at);
    last = at + match[0].length;
    if (!CAPITAL.test(bare) || /^(?:of|for|on|and|&|the)$/u.test(bare)) {
      link += ` ${bare}`;
      continue;
    }
    const word = { value: bare, start: at, end: at + bare.length };
    if (link === '' && chunks.length > 0 && !between.includes(',')) chunks.at(-1)!.words.push(word);
    // ", and" (a list's last comma) is "and".
    else
      chunks.push({
        link: link.replace(/^,?\s*/u, '') || (chunks.length > 0 ? ',' : ''),
        words: [word],
      });
    link = match[0].endsWith(',') ? ',' : '';
  }
  return chunks;
}

/** The span of the body named in a run of capitals, or null when the run names none. */
function bodyIn(text: string, start: number, end: number): { start: number; end: number } | null {
  const chunks = chunksOf(text, start, end);
  const headAt = chunks.findIndex((c) => c.words.some((w) => HEAD.test(w.value)));
  if (headAt === -1) return null;
  const head = chunks[headAt]!;
  // "The Southern African ...": a sentence's first word is no part of the name.
  const opening = chunks[0]!.words;
  while (opening.length > 1 && wordKind(opening[0]!.value) === 'function') opening.shift();
  let first = headAt;
  // "Grains Research and Development Corporation", "Censorship of Publications Board".
  const before = chunks[headAt - 1];
  if (
    before !== undefined &&
    ((/^(?:and|&)$/u.test(head.link) && opensBody(before.words)) ||
      (/^(?:of|for)$/u.test(head.link) && headAt === 1 && common(before.words)))
  )
    first = headAt - 1;
  // The name ends at its last body word: "Canterbury Council Approves" is "Canterbury Council".
  const lastHead = head.words.findLastIndex((w) => HEAD.test(w.value));
  let last = head.words[lastHead]!.end;
  const trailing = head.words.slice(lastHead + 1);
  if (trailing.length > 0) {
    if (trailing.some((w) => isTitleWord(w.value))) return null;
  } else {
    for (let i = headAt + 1; i < chunks.length; i += 1) {
      const { link, words } = chunks[i]!;
      const stop = words.findIndex((w) => isTitleWord(w.value) || DAY_OR_MONTH.test(w.value));
      // "Office of the Spokesperson": an office's own title is its name's end.
      if (
        stop === 0 &&
        words.length === 1 &&
        /^of the$/u.test(link) &&
        isTitleWord(words[0]!.value)
      )
        last = words[0]!.end;
      if (stop !== -1) break;
      if (/^(?:of|for)(?: the)?$/u.test(link)) last = words.at(-1)!.end;
      else if (/^on(?: the)?$/u.test(link) && common(words)) last = words.at(-1)!.end;
      // "and" and lists join inside what follows "of": "Ministry of Agriculture and Fisheries",
      // never two bodies ("the Wikimedia Foundation and Creative Commons").
      else if (i === headAt + 1) break;
      else if (/^(?:and|&)$/u.test(link) && common(words)) last = words.at(-1)!.end;
      else if (link === ',') {
        // "Culture, Media and Sport": a list of common words that "and" closes.
        const list = chunks.slice(i);
        const close = list.findIndex((c) => c.link === 'and');
        if (
          close === -1 ||
          !list.slice(0, close + 1).every((c) => c.link === ',' || c.link === 'and')
        )
          break;
        // "Culture, Media and Sport": the last may be a word the lexicons miss ("Sport").
        if (!list.slice(0, close).every((c) => common(c.words))) break;
        if (
          list[close]!.words.some((w) => HEAD.test(w.value) || wordKind(w.value) === 'first-name')
        )
          break;
        last = list[close]!.words.at(-1)!.end;
        i += close;
      } else break;
    }
  }
  const from = chunks[first]!.words[0]!.start;
  const span = { start: first === headAt ? head.words[0]!.start : from, end: last };
  // "Local Government Minister": a portfolio before its office's title.
  if (isTitleWord(/^\s+(\p{L}+)/u.exec(text.slice(span.end, span.end + 20))?.[1] ?? ''))
    return null;
  return /\s/u.test(text.slice(span.start, span.end)) ? span : null;
}

/**
 * Each body named in full, in place of the pieces read inside it or where nothing was read; a
 * reading that crosses its edges is left as it is.
 */
export function withBodiesNamedInFull(
  text: string,
  mentions: RecognizedMention[],
): RecognizedMention[] {
  let out = mentions;
  for (const run of text.matchAll(RUN)) {
    const span = bodyIn(text, run.index, run.index + run[0].length);
    if (span === null) continue;
    const inside = out.filter((m) => span.start < m.end && m.start < span.end);
    if (inside.some((m) => m.start < span.start || m.end > span.end)) continue;
    const same = inside.find((m) => m.start === span.start && m.end === span.end);
    // "for the Port of Rotterdam Authority": a body whose name opens on a place, read as the
    // place; a centre or an office may be a building ("Kennedy Center", "Oval Office").
    if (
      same !== undefined &&
      (same.type !== 'location' || !BODY_ONLY.test(text.slice(span.start, span.end)))
    )
      continue;
    out = [
      ...out.filter((m) => !inside.includes(m)),
      { ...span, type: 'organization' as const, origin: 'rule:organization-cue' as const },
    ].sort((a, b) => a.start - b.start);
  }
  return out;
}
