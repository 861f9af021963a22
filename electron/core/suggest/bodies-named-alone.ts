import { OPENING_KIND_WORD } from './cued-organization-names.ts';
import type { RecognizedMention } from './entity-recognizer.ts';
import { titleBefore } from './titles.ts';
import { wordKind } from './word-knowledge.ts';
import { escapeRegExp } from '../regexp-escape.ts';

/**
 * Bodies named by one word and nothing else, which the model takes for people ("Zooniverse
 * said", "Matsyafed said it would lend"): a person is introduced by a full name or a title
 * before the article uses one word of it, a body is not, and a body's deeds read differently.
 * A single word read as a person that the article never gives a first name or a title, that the
 * lexicon does not know as anyone's name, and that does what bodies do ("said in a statement",
 * "said it would", "announced", "reported its", "shares") is a body wherever it stands. A word
 * written as no person's name is ("Concept2", "USRowing", "PlanetHunters") is one too, and is
 * also where it was not read but speaks as a body. A word never introduced that speaks at all
 * ("Duolingo said lessons had been saved", "Cargill and Bunge said") is one as well (branch
 * ner15): news names a person in full before it gives one word of the name a verb; so is one
 * joined by "and" to a body ("Economists at ANZ and Westpac").
 */

/** What a body does after its name: a person would be "he said", not "said it would". */
const BODY_DEED =
  /^(?:['’]s)?\s+(?:said\s+(?:in\s+a\s+statement(?!\s+(?:he|she)\b)|on\s+its\s+website|it\s+(?:would|will|had|has|was|is|expected|planned)\s+(?:to\s+)?(?:\p{Ll}+ed|be|not|no|\p{Ll}+ing)\b|its\b)|announced\s+(?:a|an|its)\b|reported\s+(?:a|an|its)\b|shares\b)/u;

/** Two capitalized halves joined by a hyphen: "Sibanye-Stillwater", "Rees-Mogg". */
const HYPHENED = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
/** A deed after such a name: a speaker's verb or a perfect, "had suspended", "has cut". */
const HYPHENED_DEED = String.raw`(?:said|says|announced|reported|confirmed|(?:had|has|have)\s+\p{Ll}+(?:ed|en|t))\b`;

/** A clause between a body and its deed: "Safaricom, whose M-Pesa service handles most payments, said". */
const WHOSE_CLAUSE = /^,\s+(?:whose|which)\s[^,.;]{1,80},/u;

/** A surname's own prefix: "McAteer said" is a person named alone, as sports reports do. */
const SURNAME_SHAPE = /^(?:Mc|Mac|O['’])\p{Lu}/u;

/** Inner capitals or digits, as no person's name is written ("McCarthy" and "DeSantis" are). */
const WRITTEN_AS_BODY =
  /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O['’])\p{Lu})(?:\p{Lu}\p{Ll}+\p{Lu}\p{L}*|\p{Lu}{2,}\p{Ll}{2,}\p{L}*|\p{Lu}\p{L}*\d[\p{L}\d]*)$/u;

/**
 * A verb of a speaker after a name, or after a list it opens ("USRowing and World Rowing sent").
 */
const SPEAKS =
  /^(?:['’]s)?(?:\s+(?:and|or)(?:\s+\p{Lu}[\p{L}\p{N}]*){1,3})?\s+(?:said|says|announced|reported|sent|told|added|warned|confirmed)\b/u;

/** Capitalized words, each a name that may be unread. */
const WORD = /(?<![\p{L}\p{N}'’&.-])\p{Lu}[\p{L}\p{N}]*(?![\p{L}\p{N}&-])/gu;

/**
 * Whether a capitalized word before the name can be a first name or an initial: not a sentence's
 * last word ("on Monday. Maersk said"), a function word ("The"), nor a kind noun
 * opening a sentence ("Retailer Brightwell said").
 */
function givenNameBefore(before: string): boolean {
  if (/^\p{Lu}\p{L}+\.$/u.test(before)) return false;
  // "Pal Jonson": a first name may be a common word too.
  return (
    wordKind(before.replace(/\.$/u, '')) !== 'function' && !OPENING_KIND_WORD.test(`${before} `)
  );
}

function introducedAsPerson(text: string, word: string, mentions: RecognizedMention[]): boolean {
  const escaped = escapeRegExp(word);
  for (const match of text.matchAll(
    new RegExp(String.raw`(\p{Lu}[\p{L}'’.-]*)\s+${escaped}(?![\p{L}\p{N}])`, 'gu'),
  ))
    if (givenNameBefore(match[1]!)) return true;
  return mentions.some((m) => {
    const value = text.slice(m.start, m.end);
    return (
      (m.type === 'person' && value !== word && value.split(/\s+/u).includes(word)) ||
      (value === word && titleBefore(text, m.start) !== null)
    );
  });
}

/** A speaker's verb after a name, or after a list it opens ("Cargill and Bunge said"). */
const SPEAKS_ALONE =
  /^(?:['’]s)?(?:\s+(?:and|or)(?:\s+\p{Lu}[\p{L}\p{N}-]*){1,3})?,?\s+(?:said|says|told|announced|added|warned|confirmed|reported)\b/u;

function actsAsBody(text: string, word: string, common: boolean): boolean {
  const escaped = escapeRegExp(word);
  for (const match of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped}`, 'gu'))) {
    const after = text
      .slice(match.index + word.length, match.index + word.length + 200)
      .replace(WHOSE_CLAUSE, '');
    if (BODY_DEED.test(after.slice(0, 40))) return true;
    // A common word speaks as a body only by a body's deed, an unknown one by any speaker's verb.
    // '"...," Mailis said': a quotation's speaker is mostly a person, named in full earlier.
    const quoted = /[,!?]["”’]\s*$/u.test(text.slice(Math.max(0, match.index - 4), match.index));
    // "Salinas said his members had won": what a body says is no one's "his" or "her".
    const personal = /^[^.!?]{0,30}?\b(?:he|she|his|her|him)\b/u.test(after.slice(0, 50));
    if (
      !common &&
      !quoted &&
      !personal &&
      !SURNAME_SHAPE.test(word) &&
      SPEAKS_ALONE.test(after.slice(0, 60))
    )
      return true;
  }
  return false;
}

/** A word joined by "and" or "or" to a body: "Economists at ANZ and Westpac". */
function joinedToBody(text: string, m: RecognizedMention, mentions: RecognizedMention[]): boolean {
  return mentions.some(
    (o) =>
      o.type === 'organization' &&
      (/^\s(?:and|or)\s$/u.test(text.slice(o.end, m.start)) ||
        /^\s(?:and|or)\s$/u.test(text.slice(m.end, o.start))),
  );
}

export function withBodiesNamedAlone(
  text: string,
  mentions: RecognizedMention[],
): RecognizedMention[] {
  const bodies = new Set<string>();
  const seen = new Set<string>();
  for (const m of mentions) {
    const word = text.slice(m.start, m.end);
    if (m.type !== 'person' || /\s/u.test(word) || seen.has(word)) continue;
    seen.add(word);
    if (WRITTEN_AS_BODY.test(word)) {
      bodies.add(word);
      continue;
    }
    // "said Sibanye-Stillwater had suspended operations": two capitalized halves never given a
    // first name are a merged company's name, not a double-barrelled surname, when they act.
    if (
      HYPHENED.test(word) &&
      !introducedAsPerson(text, word, mentions) &&
      new RegExp(String.raw`${escapeRegExp(word)}\s+${HYPHENED_DEED}`, 'u').test(text)
    ) {
      bodies.add(word);
      continue;
    }
    const kind = wordKind(word);
    if (kind !== 'unknown' && kind !== 'common') continue;
    if (
      !introducedAsPerson(text, word, mentions) &&
      (actsAsBody(text, word, kind === 'common') || joinedToBody(text, m, mentions))
    )
      bodies.add(word);
  }
  const out = mentions.map((m) =>
    m.type === 'person' && bodies.has(text.slice(m.start, m.end))
      ? { ...m, type: 'organization' as const }
      : m,
  );
  const added: RecognizedMention[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!WRITTEN_AS_BODY.test(match[0]) || !SPEAKS.test(text.slice(end, end + 80))) continue;
    if (!out.some((m) => m.start < end && start < m.end))
      added.push({ start, end, type: 'organization', origin: 'rule:body-cue' });
  }
  return added.length === 0 ? out : [...out, ...added].sort((a, b) => a.start - b.start);
}
