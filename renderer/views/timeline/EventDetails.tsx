import './EventDetails.css';
import type { ArticleId, EntityId, EventView } from '../../../electron/common/api/contract.ts';
import { paletteOf, typeLabel } from '../../annotate/entity-types.ts';
import { Icon } from '../../components/Icon.tsx';
import { EventCorroboration, EvidenceCredibility } from '../../events/EventCorroboration.tsx';
import { capitalize, eventTypeClass, eventTypeLabel } from '../../events/event-types.ts';
import { formatPartialDate } from '../../format/dates.ts';
import { formatRange, PRECISION_LABEL } from './model.ts';

/**
 * One event: what, when (with the source's own words), where, who, how sure, and the quotes
 * that report it, one column per source so accounts can be compared side by side.
 */
export function EventDetails({
  event,
  readOnly,
  onEdit,
  onDelete,
  onClose,
  onOpenEvidence,
  onOpenEntity,
  onRemoveEvidence,
}: {
  event: EventView;
  readOnly: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onClose: () => void;
  onOpenEvidence: (articleId: ArticleId, start: number, end: number) => void;
  onOpenEntity?: (id: EntityId) => void;
  onRemoveEvidence: (index: number) => void;
}) {
  const { date } = event;
  const bySource = event.sources.map((source) => ({
    source,
    quotes: event.evidence
      .map((evidence, index) => ({ evidence, index }))
      .filter(({ evidence }) => evidence.articleId === source.articleId),
  }));

  const entityButton = (id: EntityId, name: string, type: string) => (
    <button
      type="button"
      className={`ev-entity entity-${paletteOf(type)}`}
      title={`Open ${name} in Entities`}
      onClick={() => onOpenEntity?.(id)}
    >
      {name}
    </button>
  );

  return (
    <article className="tl-details" aria-labelledby="tl-details-title">
      <header className="tl-details-header">
        <div className="tl-details-kicker">
          <span className={`ev-type-chip ${eventTypeClass(event.type)}`}>
            {eventTypeLabel(event.type)}
          </span>
          <span className={`tl-certainty cert-${event.certainty}`}>
            {capitalize(event.certainty)}
          </span>
        </div>
        <div className="tl-details-actions">
          <button type="button" className="button ev-small" disabled={readOnly} onClick={onEdit}>
            Edit
          </button>
          <button
            type="button"
            className="icon-button danger"
            aria-label="Delete the event"
            title="Delete the event"
            disabled={readOnly}
            onClick={onDelete}
          >
            <Icon name="trash" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Close the details"
            title="Close (Esc)"
            onClick={onClose}
          >
            <Icon name="close" />
          </button>
        </div>
      </header>
      <h2 id="tl-details-title" className="tl-details-title">
        {event.title}
      </h2>

      <dl className="tl-facts">
        <dt>Date</dt>
        <dd>
          {date === null ? (
            <span className="tl-muted">Undated</span>
          ) : (
            <>
              <span className="tl-date">{formatRange(date)}</span>
              <span className={`tl-precision prec-${date.precision}`}>
                {PRECISION_LABEL[date.precision]}
              </span>
              {date.text !== '' && <span className="tl-words">“{date.text}”</span>}
            </>
          )}
        </dd>
        <dt>Place</dt>
        <dd>
          {event.location === null ? (
            <span className="tl-muted">No place</span>
          ) : (
            entityButton(event.location.id, event.location.name, event.location.type)
          )}
        </dd>
        <dt>Participants</dt>
        <dd>
          {event.participantLabels.length === 0 ? (
            <span className="tl-muted">None recorded</span>
          ) : (
            <ul className="tl-people">
              {event.participantLabels.map((p) => (
                <li key={p.id}>
                  {entityButton(p.id, p.name, p.type)}
                  {p.role !== '' && <span className="tl-role">{p.role}</span>}
                  <span className="visually-hidden">{typeLabel(p.type)}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        {event.tags.length > 0 && (
          <>
            <dt>Tags</dt>
            <dd className="tl-tags">
              {event.tags.map((tag) => (
                <span key={tag} className="tl-tag">
                  {tag}
                </span>
              ))}
            </dd>
          </>
        )}
        {event.notes.trim() !== '' && (
          <>
            <dt>Notes</dt>
            <dd className="tl-notes">{event.notes}</dd>
          </>
        )}
      </dl>
      <EventCorroboration event={event} readOnly={readOnly} />

      <section className="tl-evidence" aria-labelledby="tl-evidence-heading">
        <h3 id="tl-evidence-heading" className="tl-section-title">
          Evidence
          <span className="tl-count">
            {bySource.length === 1 ? '1 source' : `${bySource.length} sources`}
          </span>
        </h3>
        {bySource.length === 0 ? (
          <p className="tl-muted">
            No quotes: the articles that reported it were deleted. Add evidence from the Reader.
          </p>
        ) : (
          <div className="tl-sources">
            {bySource.map(({ source, quotes }) => (
              <div key={source.articleId} className="tl-source">
                <div className="tl-source-meta">
                  <span className="tl-outlet">{source.source || 'Unknown outlet'}</span>
                  {source.published !== null && (
                    <span className="tl-published">{formatPartialDate(source.published)}</span>
                  )}
                </div>
                <p className="tl-source-title">{source.title}</p>
                {quotes.map(({ evidence, index }) => (
                  <div key={index} className="tl-quote-row">
                    <button
                      type="button"
                      className="tl-quote"
                      title="Open in the Reader"
                      aria-label={`Open “${source.title}” in the Reader at the quote`}
                      onClick={() =>
                        onOpenEvidence(evidence.articleId, evidence.start, evidence.end)
                      }
                    >
                      {evidence.prefix !== '' && (
                        <span className="tl-context">…{evidence.prefix.trimStart()}</span>
                      )}
                      <mark>{evidence.quote}</mark>
                      {evidence.suffix !== '' && (
                        <span className="tl-context">{evidence.suffix.trimEnd()}…</span>
                      )}
                    </button>
                    {event.evidence.length > 1 && !readOnly && (
                      <button
                        type="button"
                        className="icon-button tl-quote-remove"
                        aria-label="Remove this quote from the evidence"
                        title="Remove this quote"
                        onClick={() => onRemoveEvidence(index)}
                      >
                        <Icon name="close" size={14} />
                      </button>
                    )}
                    <div className="tl-quote-credibility">
                      <EvidenceCredibility event={event} index={index} readOnly={readOnly} />
                    </div>
                  </div>
                ))}
              </div>
            ))}
          </div>
        )}
      </section>
    </article>
  );
}
