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
/** What a statement's own saying verb is not: the outlet passing on another's account. */
const HEARSAY = /\b(?:according\s+to|reportedly|allegedly|was\s+quoted)\b/i;

/**
 * How sure a reader of the brief can be of a suggested event, from the words of its sentence:
 * a hedge leaves it possible, a plan or a later date makes it likely, another's word makes it
 * reported, and the outlet's own account of what happened is confirmed. A statement's saying
 * is what happened, so its "said" is no attribution.
 */
export function certaintyOf(
  sentence: string,
  type: string,
  date: DateRange | null,
  published: PartialIsoDate | null,
): Certainty {
  if (HEDGED.test(sentence)) return 'possible';
  // A day of the month published in is later only once the month is compared ("2024-07-09").
  const later =
    date !== null && published !== null && date.start.slice(0, published.length) > published;
  if (PLANNED.test(sentence) || later) return 'likely';
  return (type === 'statement' ? HEARSAY : ATTRIBUTED).test(sentence) ? 'reported' : 'confirmed';
}
