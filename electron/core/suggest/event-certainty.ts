import type { Certainty } from '../../common/model/event.ts';
import type { DateRange } from '../../common/model/date-range.ts';
import type { PartialIsoDate } from '../../common/model/dates.ts';

/** Words that leave the happening open ("may close", "could be delayed"). */
const HEDGED = /\b(?:may|might|could|possibly|perhaps|considering|considers|weighing)\b/i;
/** Words that put the happening ahead of the report ("will meet", "is expected to", "plans to"). */
const PLANNED =
  /\b(?:will|shall|would|plans?\s+to|planned\s+to|intends?\s+to|expected\s+to|scheduled|due\s+to|set\s+to|slated|going\s+to|aims?\s+to|is\s+to|are\s+to)\b/i;
/** Words that hand the happening to someone else's word ("the ministry said", "according to"). */
const ATTRIBUTED =
  /\b(?:said|says|told|according\s+to|reportedly|reported|claimed|claims|alleged|allegedly|quoted)\b/i;
/**
 * A saying inside a relative clause describes what the clause names, not the happening:
 * "sanctions on 35 tankers that it said shipped Iranian oil" is the outlet's own account ("that
 * the alleged crime" is no such clause).
 */
const SAID_OF_A_NAME =
  /\b(?:that|which|who|whom)\s+(?!(?:the|a|an)\s)(?:[\w.'’-]+\s+){1,3}(?:said|says|claimed|claims|alleged)\b/giu;
/** A title that is the saying itself ("Sitharaman says ...", "Ministry makes a statement"). */
const SAYING =
  /\b(?:says|tells|states|announces|adds|notes|makes a statement|calls|urges|warns|denies|confirms|welcomes|condemns)\b/i;
/** What a statement's own saying verb is not: the outlet passing on another's account. */
const HEARSAY = /\b(?:according\s+to|reportedly|allegedly|was\s+quoted)\b/i;

/**
 * Where the title's verb stands in its sentence (its first lower-case word after the subject,
 * matched on its first four letters: "opposes" is "opposed"), or the sentence's end. A plan or
 * a hedge counts only up to there: "opposed the decision and would take measures" is no plan.
 */
function verbAt(sentence: string, title: string): number {
  for (const word of title.split(/\s+/).slice(1)) {
    if (!/^\p{Ll}{3,}/u.test(word)) continue;
    const at = sentence.search(new RegExp(`\\b${word.slice(0, 4).replace(/\P{L}/gu, '')}`, 'u'));
    if (at >= 0) return at;
  }
  return sentence.length;
}

/**
 * How sure a reader of the brief can be of a suggested event, from the words of its sentence:
 * a hedge leaves it possible, a plan or a later date makes it likely, another's word makes it
 * reported, and the outlet's own account of what happened is confirmed. A statement titled by
 * its saying is what happened, so its "said" is no attribution.
 */
export function certaintyOf(
  sentence: string,
  title: string,
  type: string,
  date: DateRange | null,
  published: PartialIsoDate | null,
): Certainty {
  // Up to the verb and the words that carry it ("expected to undergo", "plans to").
  const upToVerb = sentence.slice(0, verbAt(sentence, title) + 12);
  if (HEDGED.test(upToVerb)) return 'possible';
  // A day of the month published in is later only once the month is compared ("2024-07-09").
  const later =
    date !== null && published !== null && date.start.slice(0, published.length) > published;
  if (PLANNED.test(upToVerb) || later) return 'likely';
  // A statement titled by what was said ("Club rejects an offer") passes that on: reported.
  const saying = type === 'statement' && SAYING.test(title);
  const told = sentence.replace(SAID_OF_A_NAME, '');
  return (saying ? HEARSAY : ATTRIBUTED).test(told) ? 'reported' : 'confirmed';
}
