import { DossierError } from '../../common/errors.ts';
import type { EventsFile, DossierEvent, Evidence } from '../../common/model/event.ts';
import type { AnnotationId, ArticleId, EventId, RelationId } from '../../common/model/ids.ts';
import type { Credibility } from '../../common/model/source.ts';
import { requireEvent } from '../annotate/event-edits.ts';
import { clip, requireHighlight } from '../annotate/mentions.ts';
import { requireArticle, type NotebookView } from '../annotate/notebook-view.ts';
import { describe, replaceRelation, requireRelation } from '../annotate/relations.ts';
import type { NotebookChange } from '../commands/notebook-change.ts';

/** Grade one piece of an event's evidence 1–6, or back to ungraded (null). */
export function gradeEvidence(
  view: NotebookView,
  eventId: EventId,
  index: number,
  credibility: Credibility | null,
): NotebookChange {
  const event = requireEvent(view, eventId);
  const evidence = graded(event.evidence, index, credibility, `The event “${event.title}”`);
  return {
    label: `Grade evidence of “${event.title}” ${credibility ?? 'ungraded'}`,
    events: replaced(view.eventsFile, { ...event, evidence }),
  };
}

/** Grade one piece of a relation's evidence 1–6, or back to ungraded (null). */
export function gradeRelationEvidence(
  view: NotebookView,
  relationId: RelationId,
  index: number,
  credibility: Credibility | null,
): NotebookChange {
  const relation = requireRelation(view, relationId);
  const name = describe(view, relation);
  const evidence = graded(relation.evidence, index, credibility, `The relation “${name}”`);
  return {
    label: `Grade evidence of “${name}” ${credibility ?? 'ungraded'}`,
    relations: replaceRelation(view.relationsFile, { ...relation, evidence }),
  };
}

/** Grade the words of a highlight (a quote the analyst marked) 1–6, or back to ungraded. */
export function gradeHighlight(
  view: NotebookView,
  articleId: ArticleId,
  highlightId: AnnotationId,
  credibility: Credibility | null,
): NotebookChange {
  const article = requireArticle(view, articleId);
  const highlight = requireHighlight(article, highlightId);
  return {
    label: `Grade “${clip(highlight.quote)}” ${credibility ?? 'ungraded'}`,
    articles: [
      {
        ...article,
        highlights: article.highlights.map((h) =>
          h.id === highlightId ? { ...h, credibility } : h,
        ),
      },
    ],
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

/** The evidence with its piece `index` graded; `owner` names whose it is when there is none. */
function graded(
  evidence: readonly Evidence[],
  index: number,
  credibility: Credibility | null,
  owner: string,
): Evidence[] {
  if (index >= evidence.length) {
    throw new DossierError('not-found', `${owner} has no evidence number ${index + 1}.`);
  }
  return evidence.map((piece, i) => (i === index ? { ...piece, credibility } : piece));
}

function replaced(file: EventsFile, event: DossierEvent): EventsFile {
  return { ...file, events: file.events.map((e) => (e.id === event.id ? event : e)) };
}
