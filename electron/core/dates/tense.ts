import type { Span } from './clauses.ts';
import { clauseAt, sentenceAround } from './clauses.ts';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from './date-patterns.ts';

/**
 * A rough tense for the clause around a date, enough to place "Tuesday" or "March 3" before or
 * after the article's date: news reports the past in the past tense and announces plans with
 * "will", "is scheduled to", "plans to".
 */
export type Tense = 'past' | 'future' | 'unknown';

/** Plans ("the X10, due in March", even after a past verb), and aims that look forward ("preparations to ensure elections in December"), also
 * when a past verb reports them ("discussed preparations for the summit on July 7-8", "welcomed
 * the decision to host a conference on May 3"), and what was agreed or promised to be done ("had
 * agreed to open a corridor on Thursday"; not "agreed to a truce on Tuesday", a done deal). "The next
 * steps" a meeting discussed are no plan of the meeting ("met ... on Monday to discuss the next steps"). */
const FUTURE =
  /\b(?:will|won't|shall|would|going to|(?:is|are|was|were)\s+(?:to|due)|due\s+(?:in|on|by|for)|(?:scheduled|set|slated|expected|planned|poised)\s+(?:to|for)|(?:plan|intend|aim|seek|hope|need|prepare|preparation|ready)(?:s|ed|d)?\s+to|preparations?\s+for|(?:decision|invitation|offer|proposal|bid|commitment|pledge)s?\s+to|in order to|upcoming|coming|next(?!\s+steps?\b)|(?:agree|promise|pledge|vow|decide)(?:s|d|ed)?\s+to(?=\s+(?!(?:a|an|the|this|that|these|those|its|their|his|her|our|terms)\b)[a-z]+\b))\b|'ll\b/gi;
/**
 * A fixture or a programme told in the simple present ("Riverton host Everton on Saturday",
 * "The cup draw takes place on Monday", "the minister visits the valleys on Friday"): news
 * writes what is scheduled this way, so a weekday beside it points forward. A base form only
 * before its object ("face Port Ellis"), never after an article, a possessive, "to", a
 * negation or an auxiliary ("the host", "agreed to meet", "stayed open"); a verb of going before
 * where to ("The couple travel to Porto on Thursday").
 */
export const SCHEDULED_PRESENT =
  /(?<!\b(?:the|a|an|its|their|his|her|our|this|first|next|to|did|not|never|had|has|have|is|are|was|were|be|been|stay(?:s|ed)?|remain(?:s|ed)?)\s+)\b(?:(?:host|face|play|meet|visit|join|open|start|begin|resume|attend|hold|sign|launch|publish|release)(?= (?:the|a|an|their|his|her|its|[A-Z]))|(?:travel|fly|return|head|go|move|arrive|leave|sail)(?= (?:to|for|back|home|in|at|from)\b)|(?:hosts|faces|plays|meets|visits|joins|opens|starts|begins|resumes|travels|returns|runs|heads to|(?:takes?|kicks?) (?:place|off)|takes? effect|comes? into force|go(?:es)? to the polls|(?:open|close)(?= (?:on|at) )))\b/g;
/** Past forms; a participle after "be" ("is to be held") or after an article, a preposition or
 * "and" ("forced displacement", "the proposed talks") is not the past. Lowercase only: a
 * capitalized word ending in -ed is a name ("Mohamed"). */
const PAST =
  /\b(?:[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|said|told|met|went|took|held|made|gave|came|saw|spoke|began|left|won|lost|fled|fought|struck|sent|led|brought|kept|fell|rose|grew|sank|sold|bought|built|paid|ran|wrote|became|chose|drew|flew|found|felt|heard|knew|thought|stood|spent|sought|caught|broke|threw|wore|withdrew|oversaw|overtook|underwent|arose|ago|earlier|(?!(?:united|need|indeed|hundred|speed|proceed|succeed|exceed|scheduled|planned|expected)\b)[a-z]{2,}ed)\b(?<!\b(?:be|been|is|are|stay|stays|remain|remains|the|a|an|of|for|and|or|in|on|to|with|by|from|its|their|his|her|our|this|these|those)\s+\w+)/g;

/** A day named after "for": a weekday, or a month with its day. */
const CALLED_FOR = new RegExp(`^(?:on\\s+)?(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN}\\s+\\d)`);

/** A month with its day, as a deadline names it. */
const DEADLINE_DAY = new RegExp(`^${MONTH_PATTERN}\\.?\\s+\\d`);

/** The marker nearest to `index` in `span`, with its distance. */
function nearestMarker(text: string, span: Span, index: number): [Tense, number] {
  const piece = text.slice(span.start, span.end);
  const at = index - span.start;
  let best: Tense = 'unknown';
  let bestDistance = Infinity;
  for (const [tense, pattern] of [
    ['future', FUTURE],
    ['future', SCHEDULED_PRESENT],
    ['past', PAST],
  ] as const) {
    for (const m of piece.matchAll(pattern)) {
      const distance = Math.abs(m.index - at);
      // A future marker wins a tie: "was scheduled to" is a plan.
      if (distance < bestDistance || (distance === bestDistance && tense === 'future')) {
        best = tense;
        bestDistance = distance;
      }
    }
  }
  return [best, bestDistance];
}

/**
 * The tense of the clause that holds `index` (see clauses.ts), by its marker nearest to
 * `index`: in "On Tuesday, the government announced a process, and citizens would prefer ..."
 * Tuesday goes with "announced", not with "would". A clause without a marker takes the
 * sentence's nearest one ("will deepen ..., and lay the groundwork for a summit in June").
 */
export function tenseAt(text: string, index: number): Tense {
  // "has called a stoppage for March 21 and 22", "set the vote for Friday", "accepted a truce
  // ..., starting on Wednesday": ahead, whatever the verb's tense (a month alone is not: "sales
  // for March rose").
  if (
    /\b(?:for|(?:starting|beginning|effective)(?: on| from)?)\s$/i.test(
      text.slice(Math.max(0, index - 20), index),
    ) &&
    CALLED_FOR.test(text.slice(index))
  )
    return 'future';
  // "ordered the bank to hand the names by March 6", "gave them until October 20 to appeal": a
  // deadline is set for days around the article's, whatever the verb's tense; the nearest such
  // day (a weekday keeps the tense: "had asked the court on Monday to order").
  if (
    /\b(?:by|until|till)\s$/i.test(text.slice(Math.max(0, index - 6), index)) &&
    DEADLINE_DAY.test(text.slice(index))
  )
    return 'unknown';
  const [tense] = nearestMarker(text, clauseAt(text, index), index);
  return tense !== 'unknown' ? tense : nearestMarker(text, sentenceAround(text, index), index)[0];
}
