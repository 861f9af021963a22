/**
 * A sentence cut into clauses, roughly, without a parser: enough to tell which verb a date
 * expression belongs to and in which tense ("On Monday, the minister said the talks held on
 * March 3 ..." has "On Monday, the minister said" and "the talks held on March 3 ...").
 */

/** A stretch of the text: UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Clause extends Span {
  hasVerb: boolean;
}

const CONNECTIVES =
  'that|which|who|whom|whose|where|after|before|when|while|because|although|though|once|until|whereas';
/** Connectives and punctuation open a clause where they stand. */
const OPENER = new RegExp(
  `(?:[,;:(\\u2014\\u2013]|\\s-\\s)\\s*(?:(?:and|but|${CONNECTIVES}|as|since|if)\\b)?|\\b(?:${CONNECTIVES}|and|but)\\s`,
  'gi',
);
/** A reporting verb ends its clause: what follows is what was reported; a time of the report
 * right after it stays with it ("said on Tuesday it would invest", "said in a statement
 * yesterday that"). */
const REPORTING =
  /\b(?:(?:told|tells)(?:\s+(?:reporters|journalists|him|her|them|us|me|the\s+\w+))?|said|says|announced|announces|stated|states|added|adds|noted|notes|reported|reports|confirmed|confirms|warned|warns|claimed|claims|explained|argued|insisted|believes?|believed|thinks?|thought|knows?|knew|recalled|recalls|wrote|writes)\b(?:\s+in\s+an?\s+(?:statement|interview|post|report|letter|release))?(?:,?\s+(?:on\s+|last\s+|this\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?)?(?:\s+that\b)?/gi;

/** A finite verb, roughly: enough to tell a clause from a phrase that only holds a date. */
const VERB_LIKE =
  /\b(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere|be|been|am|[Hh]as|[Hh]ave|[Hh]ad|do|does|did|will|would|shall|should|can|could|may|might|must|said|says|told|met|meets?|went|goes|took|takes|held|holds|made|makes|gave|gives|came|comes|saw|spoke|speaks|began|begins|left|leaves|won|wins|lost|sent|sends|led|leads|brought|kept|rose|rises|fell|falls|[a-z]{2,}ed|[a-z]{3,}s)\b/;

/**
 * The clauses of `sentence`. No cut falls inside one of `keep` (a date such as "March 3,
 * 2021"); a piece without a verb joins the clause before it ("..., the minister said on
 * Monday"), or the one after it when it opens the sentence ("On Monday, the minister said").
 * `verb`, when given, counts as a verb wherever it stands (a noun trigger such as "talks").
 */
export function clausesOf(
  text: string,
  sentence: Span,
  keep: readonly Span[] = [],
  verb: Span | null = null,
): Clause[] {
  const body = text.slice(sentence.start, sentence.end);
  const cuts = new Set<number>([0]);
  const add = (cut: number): void => {
    const at = sentence.start + cut;
    if (!keep.some((d) => d.start < at && at < d.end)) cuts.add(cut);
  };
  for (const m of body.matchAll(OPENER)) if (m[0].length > 0) add(m.index);
  for (const m of body.matchAll(REPORTING)) add(m.index + m[0].length);
  const points = [...cuts].filter((c) => c < body.length).sort((a, b) => a - b);
  const merged: Clause[] = [];
  points.forEach((cut, i) => {
    const start = sentence.start + cut;
    const end = sentence.start + (points[i + 1] ?? body.length);
    const holdsVerb = verb !== null && verb.start >= start && verb.start < end;
    const hasVerb = holdsVerb || VERB_LIKE.test(text.slice(start, end));
    const last = merged[merged.length - 1];
    if (last !== undefined && (!hasVerb || !last.hasVerb)) {
      last.end = end;
      last.hasVerb = last.hasVerb || hasVerb;
    } else merged.push({ start, end, hasVerb });
  });
  return merged;
}

/** Whether `clause` ends in a reporting verb ("The WHO said on Monday that"): what follows is
 * what was reported. */
export function endsInReport(text: string, clause: Span): boolean {
  const body = text.slice(clause.start, clause.end).trimEnd();
  return [...body.matchAll(REPORTING)].some((m) => m.index + m[0].length === body.length);
}

/**
 * A sentence's end: a full stop, question or exclamation mark before a space, or a line break;
 * not the stop of "a.m."/"p.m." before a lowercase word ("at 6 p.m. on Wednesday").
 */
const BOUNDARY = /\n|(?<!\b[ap]\.m)\.\s|\.\s(?=\p{Lu})|[?!]\s/gu;
const END = /\n|(?<!\b[ap]\.m)[.?!](?:\s|$)|\.(?=\s+\p{Lu})/u;

/** The sentence around `index`: from the previous sentence end to the next one. */
export function sentenceAround(text: string, index: number): Span {
  const before = text.slice(Math.max(0, index - 400), index);
  const after = text.slice(index, index + 400);
  let cut = -1;
  for (const m of before.matchAll(BOUNDARY)) cut = m.index;
  const endMatch = END.exec(after);
  return {
    start: index - before.length + cut + 1,
    end: index + (endMatch === null ? after.length : endMatch.index),
  };
}

/** The clause of the sentence around `index` that holds it. */
export function clauseAt(text: string, index: number): Span {
  const clauses = clausesOf(text, sentenceAround(text, index));
  return clauses.find((c) => index >= c.start && index < c.end) ?? sentenceAround(text, index);
}
