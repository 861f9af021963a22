import { DossierError } from '../../common/errors.ts';
import type { Suggestion } from '../../common/api/contract.ts';
import { anchorIn } from '../../common/model/anchor.ts';
import type { Article } from '../../common/model/article.ts';
import type {
  CandidateEntity,
  EventCandidateView,
  EventDraft,
} from '../../common/model/event-candidate.ts';
import type { DossierEvent } from '../../common/model/event.ts';
import {
  newAnnotationId,
  newEventId,
  type ArticleId,
  type EntityId,
  type EventId,
} from '../../common/model/ids.ts';
import {
  suggestEvents,
  type EventCandidate,
  type MentionInput,
} from '../suggest/event-candidates.ts';
import { certaintyOf } from '../suggest/event-certainty.ts';
import { splitSentences } from '../dates/sentences.ts';
import { findDates, type FoundDate } from '../dates/resolve-date.ts';
import type { DateRange } from '../../common/model/date-range.ts';
import type { NotebookChange } from '../commands/notebook-change.ts';
import { EntityResolver } from './entity-lookup.ts';
import { clip, sortByStart } from './mentions.ts';
import { requireArticle, type NotebookView } from './notebook-view.ts';

/**
 * The entities of an article as event suggestion sees them: confirmed mentions, and the entity
 * suggestions still open (accepting an event confirms those it uses).
 */
function mentionInputs(
  view: NotebookView,
  article: Article,
  open: Suggestion[],
): CandidateEntity[] {
  const confirmed = article.mentions.flatMap((mention) => {
    const entity = view.getEntity(mention.entityId);
    return entity === undefined
      ? []
      : [
          {
            text: mention.quote,
            type: entity.type,
            start: mention.start,
            end: mention.end,
            entityId: entity.id,
            entityName: entity.name,
          },
        ];
  });
  return [
    ...confirmed,
    ...open.map((s) => ({
      text: s.text,
      type: s.type,
      start: s.start,
      end: s.end,
      ...(s.entityId && { entityId: s.entityId, entityName: s.entityName ?? '' }),
    })),
  ];
}

export function eventCandidates(
  view: NotebookView,
  article: Article,
  open: Suggestion[],
  /** The article's dates, when the caller has read them (ReadingPool). */
  dates?: FoundDate[],
): EventCandidateView[] {
  const entities = mentionInputs(view, article, open);
  const asEntity = entityOf(entities);
  const rejected = view.eventsFile.rejectedCandidates.filter((r) => r.articleId === article.id);
  const reported = view.eventsFile.events.flatMap((event) =>
    event.evidence
      .filter((e) => e.articleId === article.id)
      .map((e) => ({ start: e.start, end: e.end, title: event.title, type: event.type })),
  );
  // Ids count the candidates of a sentence before any is accepted, so that they stay put.
  const seen = new Map<string, number>();
  const ids = new Map<EventCandidate, string>();
  const all = suggestEvents(article.text, article.published, entities, { dates });
  for (const candidate of all) {
    const span = `${candidate.evidence.start}-${candidate.evidence.end}`;
    const n = seen.get(span) ?? 0;
    seen.set(span, n + 1);
    ids.set(candidate, `${span}-${n}`);
  }
  return withoutRecorded(all, reported)
    .filter((c) => !rejected.some((r) => r.start === c.evidence.start && r.end === c.evidence.end))
    .map((candidate) => {
      const participants = candidate.participants.map((p) => ({ ...asEntity(p), role: p.role }));
      const location = candidate.location && asEntity(candidate.location);
      return {
        candidateId: ids.get(candidate)!,
        title: candidate.title,
        type: candidate.type,
        evidence: candidate.evidence,
        moreEvidence: candidate.moreEvidence,
        date: candidate.date,
        location,
        participants,
        sources: candidate.sources.map(asEntity),
        certainty: certaintyOf(
          candidate.evidence.text,
          candidate.title,
          candidate.type,
          candidate.date,
          article.published,
        ),
        sameAs: sameEventElsewhere(view, article.id, candidate.type, candidate.date, [
          ...participants,
          ...(location === null ? [] : [location]),
        ]),
        score: candidate.score,
      };
    });
}

/**
 * The candidates no event records yet. Each event whose evidence overlaps a candidate's
 * sentence accounts for one candidate there, the one with its title, else its type, else the
 * first: a sentence that reports two happenings still offers the second once the first is in.
 */
function withoutRecorded(
  candidates: EventCandidate[],
  recorded: { start: number; end: number; title: string; type: string }[],
): EventCandidate[] {
  const left = [...candidates];
  for (const event of recorded) {
    const here = left.filter((c) => event.start < c.evidence.end && c.evidence.start < event.end);
    const taken =
      here.find((c) => c.title === event.title) ??
      here.find((c) => c.type === event.type) ??
      here[0];
    if (taken !== undefined) left.splice(left.indexOf(taken), 1);
  }
  return left;
}

/** The registered entity behind a mention the suggester used, else the mention as it is. */
function entityOf(entities: CandidateEntity[]): (m: MentionInput) => CandidateEntity {
  const byKey = new Map(entities.map((e) => [`${e.start}:${e.end}`, e]));
  return (m) =>
    byKey.get(`${m.start}:${m.end}`) ?? { text: m.text, type: m.type, start: m.start, end: m.end };
}

/**
 * An event already in the notebook, from another article, that a candidate reports too: the
 * same type, dates that overlap, and a participant or the place in common (by entity).
 */
function sameEventElsewhere(
  view: NotebookView,
  articleId: ArticleId,
  type: string,
  date: DateRange | null,
  entities: CandidateEntity[],
): { eventId: EventId; title: string } | null {
  if (date === null) return null;
  const ids = new Set(entities.flatMap((e) => (e.entityId === undefined ? [] : [e.entityId])));
  if (ids.size === 0) return null;
  const match = view.eventsFile.events.find(
    (event) =>
      event.type === type &&
      event.date !== null &&
      event.date.start <= date.end &&
      date.start <= event.date.end &&
      !event.evidence.some((e) => e.articleId === articleId) &&
      (event.participants.some((p) => ids.has(p.entityId)) ||
        (event.locationId !== null && ids.has(event.locationId))),
  );
  return match === undefined ? null : { eventId: match.id, title: match.title };
}

/**
 * Make an event from a candidate, confirming the entity suggestions it names: one change with
 * the new mentions, any new entities, and the event.
 */
export function acceptEventCandidate(
  view: NotebookView,
  articleId: ArticleId,
  candidateId: string,
  candidates: EventCandidateView[],
): NotebookChange & { eventId: EventId } {
  const article = requireArticle(view, articleId);
  const candidate = candidates.find((c) => c.candidateId === candidateId);
  if (candidate === undefined)
    throw new DossierError('not-found', 'That event suggestion is no longer open.');
  const resolver = new EntityResolver(view.registry);
  const newMentions: Article['mentions'] = [];
  const confirm = (entity: CandidateEntity): EntityId => {
    if (
      entity.entityId !== undefined &&
      article.mentions.some((m) => m.start === entity.start && m.end === entity.end)
    ) {
      return entity.entityId;
    }
    const entityId = entity.entityId ?? resolver.resolve(entity.text, entity.type).id;
    if (!newMentions.some((m) => m.start === entity.start && m.end === entity.end)) {
      newMentions.push({
        ...anchorIn(article.text, entity.start, entity.end),
        id: newAnnotationId(),
        entityId,
      });
    }
    return entityId;
  };
  const event: DossierEvent = {
    id: newEventId(),
    title: candidate.title,
    type: candidate.type,
    date: candidate.date,
    locationId: candidate.location?.type === 'location' ? confirm(candidate.location) : null,
    participants: candidate.participants.map((p) => ({
      entityId: confirm(p),
      role: p.role ?? '',
    })),
    evidence: [candidate.evidence, ...candidate.moreEvidence].map((e) => ({
      ...anchorIn(article.text, e.start, e.end),
      articleId,
    })),
    certainty: candidate.certainty,
    tags: [],
    notes: '',
    createdAt: new Date().toISOString(),
  };
  return {
    label: `Accept the event “${clip(event.title)}”`,
    ...(newMentions.length > 0 && {
      articles: [{ ...article, mentions: sortByStart([...article.mentions, ...newMentions]) }],
    }),
    ...(resolver.created.length > 0 && { registry: resolver.result() }),
    events: { ...view.eventsFile, events: [...view.eventsFile.events, event] },
    eventId: event.id,
  };
}

export function rejectEventCandidate(
  view: NotebookView,
  articleId: ArticleId,
  candidateId: string,
  candidates: EventCandidateView[],
): NotebookChange {
  const candidate = candidates.find((c) => c.candidateId === candidateId);
  if (candidate === undefined)
    throw new DossierError('not-found', 'That event suggestion is no longer open.');
  const { start, end } = candidate.evidence;
  return {
    label: `Reject the event “${clip(candidate.title)}”`,
    events: {
      ...view.eventsFile,
      rejectedCandidates: [...view.eventsFile.rejectedCandidates, { articleId, start, end }],
    },
  };
}

/**
 * The event a selection reports, to prefill the form: the sentences it touches become the
 * evidence; the date, participants and place are those of the selected words when they name
 * them, else those of the sentence's own candidate (read with the whole article as context,
 * never merged with another sentence's).
 */
export function draftEvent(
  view: NotebookView,
  article: Article,
  selection: { start: number; end: number },
  open: Suggestion[],
): EventDraft {
  const sentences = splitSentences(article.text).filter(
    (s) => s.start < selection.end && selection.start < s.end,
  );
  const start = Math.min(selection.start, ...sentences.map((s) => s.start));
  const end = Math.max(selection.end, ...sentences.map((s) => s.end));
  const entities = mentionInputs(view, article, open);
  const asEntity = entityOf(entities);
  const overlap = (span: { start: number; end: number }): number =>
    Math.min(span.end, selection.end) - Math.max(span.start, selection.start);
  const candidate = suggestEvents(article.text, article.published, entities, { merge: false })
    .filter((c) => overlap(c.evidence) > 0)
    .sort((a, b) => overlap(b.evidence) - overlap(a.evidence))[0];
  const selected = (span: { start: number; end: number }): boolean =>
    span.start >= selection.start && span.end <= selection.end;
  const named = entities.filter((e) => overlap(e) > 0);
  const actors = named.filter((e) => e.type !== 'location');
  const place = named.find((e) => e.type === 'location');
  const dates = findDates(article.text, article.published).filter(selected);
  const date = dates.find((d) => d.range.start === candidate?.date?.start) ?? dates[0] ?? null;
  const text = article.text.slice(start, end);
  const type = candidate?.type ?? 'other';
  const title = candidate?.title ?? clip(text.trim());
  const dateRange = date?.range ?? candidate?.date ?? null;
  return {
    title,
    type,
    evidence: { start, end, text },
    date: dateRange,
    certainty: certaintyOf(text, title, type, dateRange, article.published),
    location: place ?? (candidate?.location ? asEntity(candidate.location) : null),
    participants:
      actors.length > 0
        ? actors
        : (candidate?.participants.map((p) => ({ ...asEntity(p), role: p.role })) ?? []),
  };
}
