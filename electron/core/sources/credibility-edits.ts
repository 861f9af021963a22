import { DossierError } from '../../common/errors.ts';
import type { EventsFile, DossierEvent } from '../../common/model/event.ts';
import type { EventId } from '../../common/model/ids.ts';
import type { Credibility } from '../../common/model/source.ts';
import { requireEvent } from '../annotate/event-edits.ts';
import type { NotebookView } from '../annotate/notebook-view.ts';
import type { NotebookChange } from '../commands/notebook-change.ts';

/** Grade one piece of an event's evidence 1–6, or back to ungraded (null). */
export function gradeEvidence(
  view: NotebookView,
  eventId: EventId,
  index: number,
  credibility: Credibility | null,
): NotebookChange {
  const event = requireEvent(view, eventId);
  if (index >= event.evidence.length) {
    throw new DossierError(
      'not-found',
      `The event “${event.title}” has no evidence number ${index + 1}.`,
    );
  }
  const evidence = event.evidence.map((piece, i) =>
    i === index ? { ...piece, credibility } : piece,
  );
  return {
    label: `Grade evidence of “${event.title}” ${credibility ?? 'ungraded'}`,
    events: replaced(view.eventsFile, { ...event, evidence }),
  };
}

/** The analyst's assessed credibility of the event as a whole. */
export function gradeEvent(
  view: NotebookView,
  eventId: EventId,
  credibility: Credibility | null,
): NotebookChange {
  const event = requireEvent(view, eventId);
  return {
    label: `Grade “${event.title}” ${credibility ?? 'ungraded'}`,
    events: replaced(view.eventsFile, { ...event, credibility }),
  };
}

function replaced(file: EventsFile, event: DossierEvent): EventsFile {
  return { ...file, events: file.events.map((e) => (e.id === event.id ? event : e)) };
}
