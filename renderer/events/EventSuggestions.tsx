import './EventSuggestions.css';
import { useCallback, useState } from 'react';
import type { ArticleId, HistoryState, NotebookApi } from '../../electron/common/api/contract.ts';
import type {
  CandidateEntity,
  EventCandidateView,
  EventDraft,
} from '../../electron/common/model/event-candidate.ts';
import { messageOf } from '../api/api-error.ts';
import { useApiMutation } from '../api/use-api-mutation.ts';
import { useApiQuery } from '../api/use-api-query.ts';
import { paletteOf } from '../annotate/entity-types.ts';
import { formatRange } from '../views/timeline/model.ts';
import { EventEditor } from './EventEditor.tsx';
import type { EditorTarget } from './event-form.ts';
import { eventTypeClass, eventTypeLabel } from './event-types.ts';

/** Words selected in an article, as `draftEvent` and evidence take them. */
export interface TextSelection {
  start: number;
  end: number;
  quote: string;
}

/**
 * What the Reader needs to open the EventEditor on a selection ("New event from selection"):
 * the event the selection reports, prefilled (date, place, participants), with the sentence as
 * its evidence. Throws the notebook's message (an empty or stale selection) as an ApiError.
 *
 *   const target = await openEventFromSelection(api, article.id, { start, end, quote });
 *   <EventEditor target={target} onSaved={…} onCancel={…} />
 */
export async function openEventFromSelection(
  api: NotebookApi,
  articleId: ArticleId,
  selection: TextSelection,
): Promise<EditorTarget> {
  const draft = await api.draftEvent({ articleId, ...selection });
  return { kind: 'create', articleId, draft };
}

function draftOf(candidate: EventCandidateView): EventDraft {
  const {
    candidateId: _id,
    score: _score,
    moreEvidence: _more,
    sources: _sources,
    sameAs: _same,
    ...draft
  } = candidate;
  return draft;
}

function EntityNames({ entities }: { entities: CandidateEntity[] }) {
  return (
    <>
      {entities.map((entity) => (
        <span
          key={`${entity.start}-${entity.end}`}
          className={`ev-entity small entity-${paletteOf(entity.type)}`}
          title={entity.entityId === undefined ? 'Not yet an entity: accepting registers it' : ''}
        >
          {entity.entityName ?? entity.text}
          {entity.entityId === undefined && <span className="ev-new">new</span>}
        </span>
      ))}
    </>
  );
}

/**
 * The event suggestions of one article, for the Reader's side panel: each sentence with a date
 * and at least one entity, with its resolved date, place and participants. Accept makes the
 * event (and registers the names it found); Edit & accept opens the EventEditor prefilled, in
 * place; Reject never offers that sentence again. Every action is undoable.
 */
export function EventSuggestions({
  articleId,
  readOnly = false,
  knownTypes,
  onReveal,
}: {
  articleId: ArticleId;
  readOnly?: boolean;
  knownTypes?: readonly string[];
  /** Show the sentence in the text (scroll to and flash the span). */
  onReveal?: (start: number, end: number) => void;
}) {
  const { run } = useApiMutation();
  const query = useApiQuery('listEventSuggestions', { articleId });
  const candidates = query.data ?? null;
  const error = query.error === null ? null : messageOf(query.error);
  const [editing, setEditing] = useState<{ id: string; target: EditorTarget } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const act = useCallback(
    async (candidate: EventCandidateView, action: 'accept' | 'reject' | 'evidence') => {
      setBusy(candidate.candidateId);
      const ref = { articleId, candidateId: candidate.candidateId };
      const { start, end, text } = candidate.evidence;
      const said = {
        describe: (result: HistoryState) =>
          result.undoLabel ??
          (action === 'accept' ? `Added the event “${candidate.title}”` : 'Suggestion rejected'),
        undoable: true,
      };
      if (action === 'evidence' && candidate.sameAs !== null) {
        const { eventId } = candidate.sameAs;
        await run('addEvidence', { eventId, articleId, start, end, quote: text }, said);
      } else {
        await run(
          action === 'accept' ? 'acceptEventSuggestion' : 'rejectEventSuggestion',
          ref,
          said,
        );
      }
      setBusy(null);
    },
    [articleId, run],
  );

  const list = candidates ?? [];
  return (
    <section className="ev-suggestions" aria-labelledby="event-suggestions-heading">
      <div className="ev-side-header">
        <h2 id="event-suggestions-heading" className="ev-side-title">
          Event suggestions
          {list.length > 0 && <span className="ev-side-count">{list.length}</span>}
        </h2>
      </div>
      {error !== null && <p className="ev-side-empty">{error}</p>}
      {error === null && candidates === null && <p className="ev-side-empty">Finding events…</p>}
      {candidates !== null && list.length === 0 && (
        <p className="ev-side-empty">
          No event suggestions. Select a sentence in the text and choose “New event” to record who
          did what, when and where.
        </p>
      )}
      <ul className="ev-suggestion-list">
        {list.map((candidate) =>
          editing?.id === candidate.candidateId ? (
            <li key={candidate.candidateId} className="ev-suggestion editing">
              <EventEditor
                target={editing.target}
                knownTypes={knownTypes}
                readOnly={readOnly}
                heading="Edit & accept"
                onCancel={() => setEditing(null)}
                onSaved={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={candidate.candidateId} className="ev-suggestion">
              <div className="ev-suggestion-head">
                <span className={`ev-type-chip ${eventTypeClass(candidate.type)}`}>
                  {eventTypeLabel(candidate.type)}
                </span>
                <span className="ev-suggestion-date">
                  {candidate.date === null ? 'Undated' : formatRange(candidate.date)}
                </span>
              </div>
              <p className="ev-suggestion-title">{candidate.title}</p>
              <button
                type="button"
                className="ev-suggestion-quote"
                title="Show in the text"
                onClick={() => onReveal?.(candidate.evidence.start, candidate.evidence.end)}
              >
                {candidate.evidence.text}
              </button>
              {(candidate.location !== null || candidate.participants.length > 0) && (
                <div className="ev-suggestion-entities">
                  {candidate.location !== null && <EntityNames entities={[candidate.location]} />}
                  <EntityNames entities={candidate.participants} />
                </div>
              )}
              <div className="ev-suggestion-actions">
                {candidate.sameAs === null ? (
                  <button
                    type="button"
                    className="button ev-small primary"
                    disabled={readOnly || busy !== null}
                    aria-label={`Accept the event “${candidate.title}”`}
                    onClick={() => void act(candidate, 'accept')}
                  >
                    Accept
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button ev-small primary"
                    disabled={readOnly || busy !== null}
                    title="This sentence seems to report an event already in the notebook"
                    onClick={() => void act(candidate, 'evidence')}
                  >
                    Add as evidence to “{candidate.sameAs.title}”
                  </button>
                )}
                <button
                  type="button"
                  className="button ev-small"
                  disabled={readOnly || busy !== null}
                  onClick={() =>
                    setEditing({
                      id: candidate.candidateId,
                      target: { kind: 'create', articleId, draft: draftOf(candidate) },
                    })
                  }
                >
                  Edit &amp; accept
                </button>
                <button
                  type="button"
                  className="button ev-small ev-subtle"
                  disabled={readOnly || busy !== null}
                  aria-label={`Reject the event “${candidate.title}”`}
                  onClick={() => void act(candidate, 'reject')}
                >
                  Reject
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
