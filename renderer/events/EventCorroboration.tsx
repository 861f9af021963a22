import type { EventView } from '../../electron/common/api/contract.ts';
import type { Credibility } from '../../electron/common/model/source.ts';
import { useApiMutation } from '../api/use-api-mutation.ts';
import { CredibilitySelect } from '../sources/GradeSelect.tsx';
import './EventCorroboration.css';

const FIELD_LABEL: Record<EventView['discrepancies'][number]['field'], string> = {
  date: 'Dates differ',
  place: 'Places differ',
  number: 'Numbers differ',
};

function sourcesText(count: number): string {
  return count === 1 ? '1 independent source' : `${count} independent sources`;
}

/**
 * How sure the event is and why: the independent sources behind it (copies of one story count
 * once), the analyst's assessed credibility with the one the corroboration suggests, and where
 * the accounts disagree, their values side by side.
 */
export function EventCorroboration({ event, readOnly }: { event: EventView; readOnly: boolean }) {
  const { run } = useApiMutation();
  const grade = (credibility: Credibility | null) =>
    void run(
      'gradeEvent',
      { eventId: event.id, credibility },
      {
        describe: () => `Graded “${event.title}” ${credibility ?? 'ungraded'}`,
        undoable: true,
      },
    );
  const outlet = (articleId: string) =>
    event.sources.find((source) => source.articleId === articleId)?.outlet ?? '';
  return (
    <section className="ev-corroboration" aria-label="Corroboration">
      <p className="ev-backing">Backed by {sourcesText(event.independentSources)}</p>
      <div className="ev-credibility">
        <span className="ev-credibility-label" aria-hidden="true">
          Assessed credibility
        </span>
        <CredibilitySelect
          label="Assessed credibility of the event"
          value={event.credibility}
          suggested={event.suggestedCredibility}
          disabled={readOnly}
          onChange={grade}
        />
        {event.credibility === null && event.suggestedCredibility !== null && !readOnly && (
          <button
            type="button"
            className="button ev-small"
            onClick={() => grade(event.suggestedCredibility)}
          >
            Use the suggestion ({event.suggestedCredibility})
          </button>
        )}
      </div>
      {event.discrepancies.map((discrepancy, index) => (
        <div key={index} className="ev-discrepancy" role="note">
          <span className="ev-discrepancy-field">{FIELD_LABEL[discrepancy.field]}</span>
          <ul className="ev-discrepancy-values">
            {discrepancy.values.map((value) => (
              <li key={`${value.evidenceIndex}:${value.value}`}>
                <strong>{value.value}</strong>{' '}
                <span className="ev-discrepancy-outlet">{outlet(value.articleId)}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** The credibility of one piece of the event's evidence, 1–6 or ungraded. */
export function EvidenceCredibility({
  event,
  index,
  readOnly,
}: {
  event: EventView;
  index: number;
  readOnly: boolean;
}) {
  const { run } = useApiMutation();
  return (
    <CredibilitySelect
      label={`Credibility of quote ${index + 1}`}
      value={event.evidence[index]?.credibility ?? null}
      disabled={readOnly}
      onChange={(credibility) =>
        void run(
          'gradeEvidence',
          { eventId: event.id, index, credibility },
          {
            describe: () =>
              `Graded quote ${index + 1} of “${event.title}” ${credibility ?? 'ungraded'}`,
            undoable: true,
          },
        )
      }
    />
  );
}
