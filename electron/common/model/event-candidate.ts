import type { DateRange } from './date-range.ts';
import type { EntityId, EventId } from './ids.ts';
import type { Certainty } from './event.ts';

/** A participant or place of a candidate: a registered entity, or a name still to confirm. */
export interface CandidateEntity {
  text: string;
  type: string;
  start: number;
  end: number;
  entityId?: EntityId;
  entityName?: string;
  /** host, visitor, speaker, target… where the text gives it. */
  role?: string;
}

export interface EventCandidateView {
  /** Stable while the article and its answers do not change: `start-end-n`. */
  candidateId: string;
  title: string;
  type: string;
  evidence: { start: number; end: number; text: string };
  /** Other sentences of the article that report the same happening. */
  moreEvidence: { start: number; end: number; text: string }[];
  date: DateRange | null;
  location: CandidateEntity | null;
  participants: CandidateEntity[];
  /** Who reports it without taking part ("according to the State Department"). */
  sources: CandidateEntity[];
  /** How sure the sentence is of it: planned, hedged, another's word or the outlet's own. */
  certainty: Certainty;
  /** An event of the notebook that this seems to report too: offered as evidence for it. */
  sameAs: { eventId: EventId; title: string } | null;
  score: number;
}

/** An event as it would be made from words the analyst selected: for the form to prefill. */
export type EventDraft = Omit<
  EventCandidateView,
  'candidateId' | 'score' | 'moreEvidence' | 'sources' | 'sameAs'
>;
