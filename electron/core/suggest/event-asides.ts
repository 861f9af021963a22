import type { TextSpan } from '../dates/sentences.ts';
import { newsAfterFuture } from './event-background.ts';
import { isPastForm, isVerb, tagsOf, wordsOf } from './event-verbs.ts';

/**
 * Names a clause mentions without their taking part in its happening: those of an aside about
 * someone ("Raman, who took over from Martin Cole in 2024, said", "a former Valencia
 * midfielder"), of a clause the happening is set against ("two days after the club was knocked
 * out by Ashby Town"), and names that only qualify a thing ("the FA Cup", "its Hera probe") or
 * are heavenly bodies ("a probe to Jupiter").
 */
export function isBystander(
  text: string,
  clause: TextSpan,
  trigger: TextSpan,
  m: TextSpan,
): boolean {
  if (HEAVENLY.test(text.slice(m.start, m.end))) return true;
  if (QUALIFIES_THING.test(text.slice(m.end, m.end + 24))) return true;
  // "sold for $41 million, the most since a Leonardo": named only to compare with.
  if (
    m.start > trigger.end &&
    COMPARED.test(text.slice(Math.max(trigger.end, m.start - 120), m.start))
  )
    return true;
  return clauseAsides(text, clause).some(
    (aside) => m.start >= aside.start && m.end <= aside.end && !overlaps(aside, trigger),
  );
}

/** The last clause's asides: each mention of a clause asks about the same clause. */
let last: { text: string; start: number; end: number; asides: TextSpan[] } | null = null;

function clauseAsides(text: string, clause: TextSpan): TextSpan[] {
  if (last?.text !== text || last.start !== clause.start || last.end !== clause.end)
    last = { text, start: clause.start, end: clause.end, asides: asidesOf(text, clause) };
  return last.asides;
}

/** What a record or a comparison is measured against: "the most expensive since", "than". */
const COMPARED =
  /(?:\b(?:the|a|an|its)\s+(?:\p{L}+\s+)?(?:\p{L}{3,}est|most|record|first)\b[^,;:.]{0,60}\b(?:since|than|after|(?:recorded|seen|measured)\s+in)|\b(?:beating|surpassing|eclipsing|topping|breaking|overtaking)\s+(?:a|the)\s+[^,;:.]{0,40}?\b(?:by|of|for|from)|\b(?:more|less|fewer|higher|lower|bigger|larger)\s+than)\s+(?:[^,;:.]{0,40}\s)?$/iu;

const HEAVENLY = /^(?:Mercury|Venus|Mars|Jupiter|Saturn|Uranus|Neptune|Pluto|Ceres)$/;

/** A name run into a competition's name, or a craft's ("the FA Cup", "its Hera probe"). */
const QUALIFIES_THING =
  /^(?:\s+(?:Cup|Trophy|Shield|Marathon|Championships?|Grand Prix|Open)\b|\s+(?:probe|spacecraft|orbiter|lander|rover|telescope|satellite|ship|vessel|frigate)s?\b)/u;

/** What opens an aside after a comma: a relative pronoun, or an apposition's article. */
const ASIDE_OPENER = /^,\s+(?:(?:who|whom|whose|which)\b|(?:a|an)\s+(?:former\s+)?)/iu;
/** A subordinator that sets a happening against another (its clause has a finite verb). */
const SUBORDINATE_OPENER =
  /\b(?:after|before|since|because|although|though|while|whereas|when|until)\s+/giu;
const FINITE = /^(?:was|were|had|has|have|is|are|did)$/i;

/**
 * The asides of a clause: a relative clause or an apposition set off by commas ("Raman, who
 * took over from Martin Cole in 2024,"), and a subordinate clause with a verb of its own, to the
 * next comma or the clause's end ("two days after the club was knocked out ...").
 */
export function asidesOf(text: string, clause: TextSpan, open = true): TextSpan[] {
  const body = text.slice(clause.start, clause.end);
  const asides: TextSpan[] = [];
  for (let at = body.indexOf(','); at >= 0; at = body.indexOf(',', at + 1)) {
    if (!ASIDE_OPENER.test(body.slice(at))) continue;
    const close = body.indexOf(',', at + 1);
    // An apposition closes with its comma; a relative clause that runs to the clause's end may
    // go on as the main clause ("welcomed X, which will drive growth and planned to convene"):
    // an aside for its names, not for its verbs.
    if (close < 0 && (!open || !/^,\s+(?:who|whom|whose|which)\b/i.test(body.slice(at)))) continue;
    asides.push({
      start: clause.start + at,
      end: clause.start + (close < 0 ? body.length : close),
    });
  }
  return [...asides, ...subordinateClauses(text, clause)];
}

/** The subordinate clauses with a verb of their own, to the next comma or the clause's end. */
function subordinateClauses(text: string, clause: TextSpan): TextSpan[] {
  const body = text.slice(clause.start, clause.end);
  const found: TextSpan[] = [];
  for (const opener of body.matchAll(SUBORDINATE_OPENER)) {
    const start = clause.start + opener.index;
    const close = body.indexOf(',', opener.index);
    const span = { start, end: close < 0 ? clause.end : clause.start + close };
    if (hasFiniteVerb(text, span)) found.push(span);
  }
  return found;
}

/**
 * Whether a place `m` stands in an aside that tells a happening of its own ("Nystrom, whose
 * career began in Malmo, will sing", "MSF, which runs clinics in Cox's Bazar, sent") or in a
 * clause the happening is set against ("after ... fell ill in Munich"): not where ours happens.
 * An aside that only says where someone is from or something is stays ("Chu, a green activist
 * from Hong Kong,", "The exhibit, which is located in Evansville,").
 */
export function inAsideElsewhere(
  text: string,
  clause: TextSpan,
  trigger: TextSpan,
  m: TextSpan,
): boolean {
  return clauseAsides(text, clause).some(
    (aside) =>
      m.start >= aside.start &&
      m.end <= aside.end &&
      !overlaps(aside, trigger) &&
      (text[aside.start] !== ',' || tellsHappening(text, aside)),
  );
}

const BEING = /^(?:is|are|was|were|be|been|being|located|based|situated|headquartered)$/i;

function tellsHappening(text: string, aside: TextSpan): boolean {
  const words = wordsOf(text, aside);
  return words.some(
    (w, i) =>
      i > 1 &&
      /^\p{Ll}/u.test(w.text) &&
      !BEING.test(w.text) &&
      (isPastForm(w.text) || isVerb(w.text, words[i - 1]!.text)),
  );
}

function hasFiniteVerb(text: string, span: TextSpan): boolean {
  return wordsOf(text, span).some(
    (w, i) =>
      i > 1 &&
      /^\p{Ll}/u.test(w.text) &&
      (FINITE.test(w.text) || tagsOf(w.text).includes('PastTense') || isPastForm(w.text)),
  );
}

function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The triggers of a clause outside its asides, when it has any ("Baird, who took over from
 * Munro in 2031, said ... the park would open": what was said, not the aside's happening), and
 * the news told after a future ("will ban buses after the authority approved a plan on Friday,
 * the mayor said").
 */
export function outsideAsides<T extends TextSpan>(
  text: string,
  clause: TextSpan,
  triggers: T[],
): T[] {
  const asides = asidesOf(text, clause, false);
  const outside = triggers.filter(
    (t) =>
      !asides.some((a) => t.start >= a.start && t.end <= a.end) || newsAfterFuture(text, clause, t),
  );
  return outside.length > 0 ? outside : triggers;
}
