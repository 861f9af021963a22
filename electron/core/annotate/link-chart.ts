import type {
  ChartNode,
  EntityLabel,
  EventLinkView,
  EvidencePlace,
  LinkChartOutline,
  LinkChartView,
  RelationView,
} from '../../common/api/contract.ts';
import type { Entity } from '../../common/model/entity.ts';
import type { Evidence, EventsFile } from '../../common/model/event.ts';
import type { EntityId, EventId, RelationId } from '../../common/model/ids.ts';
import { relationTypes } from '../../common/model/relation.ts';
import { requireEvent } from './event-edits.ts';
import type { NotebookView } from './notebook-view.ts';
import { requireRelation } from './relations.ts';

/** The relations with the names of their ends (a relation whose end is gone is left out). */
export function relationViews(view: NotebookView): RelationView[] {
  return view.relationsFile.relations.flatMap((relation) => {
    const from = view.getEntity(relation.from);
    const to = view.getEntity(relation.to);
    return from === undefined || to === undefined
      ? []
      : [{ ...relation, fromLabel: label(from), toLabel: label(to) }];
  });
}

/**
 * The participants of each event, two by two, linked by it: computed from the events as they
 * are, so that they follow every edit of an event and are never stored.
 */
export function eventLinks(events: EventsFile): EventLinkView[] {
  return events.events.flatMap((event) => {
    const ids = event.participants.map((p) => p.entityId);
    const links: EventLinkView[] = [];
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        links.push({
          eventId: event.id,
          title: event.title,
          type: event.type,
          date: event.date,
          from: ids[i]!,
          to: ids[j]!,
          tags: event.tags,
          evidence: event.evidence,
        });
    return links;
  });
}

/** Everything the link chart draws: every entity, with how often it is mentioned. */
export function linkChart(
  view: NotebookView,
  stats: (id: EntityId) => { mentionCount: number; articleCount: number },
): LinkChartView {
  const nodes: ChartNode[] = view.registry.entities.map((entity) => ({
    ...label(entity),
    ...stats(entity.id),
  }));
  const known = new Set(nodes.map((node) => node.id));
  return {
    nodes,
    relations: relationViews(view),
    eventLinks: eventLinks(view.eventsFile).filter(
      (link) => known.has(link.from) && known.has(link.to),
    ),
    pins: view.relationsFile.pins,
    types: relationTypes(view.relationsFile),
  };
}

/** `chart` with its links' evidence as places only, and the layout kept (see LinkChartOutline). */
export function linkChartOutline(
  chart: LinkChartView,
  layout: LinkChartOutline['layout'],
): LinkChartOutline {
  const places = (evidence: Evidence[]): EvidencePlace[] =>
    evidence.map(({ articleId, start, end }) => ({ articleId, start, end }));
  return {
    ...chart,
    relations: chart.relations.map(
      ({
        evidence,
        notes: _notes,
        createdAt: _createdAt,
        fromLabel: _from,
        toLabel: _to,
        ...r
      }) => ({
        ...r,
        evidence: places(evidence),
      }),
    ),
    eventLinks: chart.eventLinks.map((link) => ({ ...link, evidence: places(link.evidence) })),
    layout,
  };
}

/** The evidence, with its quotes, of one relation or one event. */
export function linkEvidence(
  view: NotebookView,
  link: { relationId: RelationId } | { eventId: EventId },
): Evidence[] {
  return 'relationId' in link
    ? requireRelation(view, link.relationId).evidence
    : requireEvent(view, link.eventId).evidence;
}

function label(entity: Entity): EntityLabel {
  return { id: entity.id, name: entity.name, type: entity.type };
}
