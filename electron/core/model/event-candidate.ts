import type { DateRange } from './date-range.ts';
import type { EntityId } from './ids.ts';

/** A participant or place of a candidate: a registered entity, or a name still to confirm. */
export interface CandidateEntity {
  text: string;
  type: string;
  start: number;
  end: number;
  entityId?: EntityId;
  entityName?: string;
}

export interface EventCandidateView {
  /** Stable while the article and its answers do not change: `start-end-n`. */
  candidateId: string;
  title: string;
  type: string;
  evidence: { start: number; end: number; text: string };
  date: DateRange | null;
  location: CandidateEntity | null;
  participants: CandidateEntity[];
  score: number;
}

/** An event as it would be made from words the analyst selected: for the form to prefill. */
export type EventDraft = Omit<EventCandidateView, 'candidateId' | 'score'>;
