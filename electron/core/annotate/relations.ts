import { DossierError } from '../../common/errors.ts';
import type { Certainty } from '../../common/model/event.ts';
import {
  newRelationId,
  type ArticleId,
  type EntityId,
  type RelationId,
} from '../../common/model/ids.ts';
import {
  RelationTypeNameSchema,
  relationTypes,
  type ChartPin,
  type Relation,
  type RelationType,
  type RelationsFile,
} from '../../common/model/relation.ts';
import type { NotebookChange } from '../commands/notebook-change.ts';
import {
  anchorEvidence,
  newEvidence,
  readDate,
  sameSpan,
  type DateInput,
  type EvidenceInput,
} from './event-edits.ts';
import { requireEntity, type NotebookView } from './notebook-view.ts';

export interface RelationFields {
  type: string;
  from: EntityId;
  to: EntityId;
  /** Whether it reads one way only; the type's own direction when not given. */
  directed?: boolean;
  date?: DateInput;
  certainty?: Certainty;
  tags?: string[];
  notes?: string;
}

export function requireRelation(view: NotebookView, id: RelationId): Relation {
  const relation = view.relationsFile.relations.find((r) => r.id === id);
  if (relation === undefined) throw new DossierError('not-found', `No relation with id ${id}.`);
  return relation;
}

export function createRelation(
  view: NotebookView,
  fields: RelationFields,
  evidence: EvidenceInput[],
): NotebookChange & { relationId: RelationId } {
  const type = requireType(view, fields.type);
  const anchored = evidence.map((input) => anchorEvidence(view, input));
  const relation: Relation = {
    id: newRelationId(),
    type: type.name,
    ...checkEnds(view, fields.from, fields.to),
    directed: fields.directed ?? type.directed,
    evidence: anchored,
    date: readDate(view, fields.date ?? null, anchored),
    certainty: fields.certainty ?? 'reported',
    tags: fields.tags ?? [],
    notes: fields.notes ?? '',
    createdAt: new Date().toISOString(),
  };
  refuseDuplicate(view, relation);
  return {
    label: `Add the relation ${describe(view, relation)}`,
    relations: withRelations(view.relationsFile, [...view.relationsFile.relations, relation]),
    relationId: relation.id,
  };
}

export function updateRelation(
  view: NotebookView,
  id: RelationId,
  fields: Partial<RelationFields>,
): NotebookChange {
  const before = requireRelation(view, id);
  const type = fields.type === undefined ? undefined : requireType(view, fields.type);
  const after: Relation = {
    ...before,
    ...(type && { type: type.name }),
    ...checkEnds(view, fields.from ?? before.from, fields.to ?? before.to),
    ...(fields.directed !== undefined && { directed: fields.directed }),
    ...(fields.date !== undefined && { date: readDate(view, fields.date, before.evidence) }),
    ...(fields.certainty !== undefined && { certainty: fields.certainty }),
    ...(fields.tags !== undefined && { tags: fields.tags }),
    ...(fields.notes !== undefined && { notes: fields.notes }),
  };
  const changed = (Object.keys(after) as (keyof Relation)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  if (changed.length === 0)
    throw new DossierError('invalid-input', `Nothing to change in ${describe(view, before)}.`);
  refuseDuplicate(view, after);
  return {
    label: `Edit ${changed.join(', ')} of ${describe(view, before)}`,
    relations: replaceRelation(view.relationsFile, after),
  };
}

export function deleteRelation(view: NotebookView, id: RelationId): NotebookChange {
  const relation = requireRelation(view, id);
  return {
    label: `Delete the relation ${describe(view, relation)}`,
    relations: withRelations(
      view.relationsFile,
      view.relationsFile.relations.filter((r) => r.id !== id),
    ),
  };
}

/** More words that say so, possibly from another article. */
export function addRelationEvidence(
  view: NotebookView,
  id: RelationId,
  input: EvidenceInput,
): NotebookChange {
  const relation = requireRelation(view, id);
  const evidence = newEvidence(view, input, relation.evidence, 'relation');
  return {
    label: `Add evidence to ${describe(view, relation)}`,
    relations: replaceRelation(view.relationsFile, {
      ...relation,
      evidence: [...relation.evidence, evidence],
    }),
  };
}

/** The analyst's own relation type ("advises", "owns"). */
export function addRelationType(view: NotebookView, type: RelationType): NotebookChange {
  if (relationTypes(view.relationsFile).some((known) => known.name === type.name)) {
    throw new DossierError('invalid-input', `The relation type “${type.name}” already exists.`);
  }
  return {
    label: `Add the relation type “${type.name}”`,
    relations: { ...view.relationsFile, types: [...view.relationsFile.types, type] },
  };
}

/** Where the analyst pinned chart nodes; `null` unpins. */
export function pinNodes(
  view: NotebookView,
  pins: { entityId: EntityId; position: { x: number; y: number } | null }[],
): NotebookChange {
  for (const pin of pins) requireEntity(view, pin.entityId);
  const changing = new Set(pins.map((pin) => pin.entityId));
  const kept = view.relationsFile.pins.filter((pin) => !changing.has(pin.entityId));
  const added: ChartPin[] = pins.flatMap(({ entityId, position }) =>
    position === null ? [] : [{ entityId, ...position }],
  );
  const unpinned = pins.every((pin) => pin.position === null);
  return {
    label: `${unpinned ? 'Unpin' : 'Pin'} ${pins.length} node${pins.length === 1 ? '' : 's'} of the chart`,
    relations: { ...view.relationsFile, pins: [...kept, ...added] },
  };
}

/**
 * What removing entities or an article, or merging entities, leaves of the relations: those of
 * a removed entity go, evidence from a removed article goes, merged entities' relations move to
 * the entity they joined (one that now ties an entity to itself goes, and two that now say the
 * same are one, with the evidence of both). `removed`: how many relations went.
 */
export function relationsWithout(
  file: RelationsFile,
  gone: { articleId?: ArticleId; entityIds?: Set<EntityId>; renamed?: Map<EntityId, EntityId> },
): { relations: RelationsFile; removed: number } | undefined {
  const rename = (id: EntityId): EntityId => gone.renamed?.get(id) ?? id;
  const kept = new Map<string, Relation>();
  for (const relation of file.relations) {
    if (gone.entityIds?.has(relation.from) || gone.entityIds?.has(relation.to)) continue;
    const moved: Relation = {
      ...relation,
      from: rename(relation.from),
      to: rename(relation.to),
      evidence: relation.evidence.filter((e) => e.articleId !== gone.articleId),
    };
    if (moved.from === moved.to) continue;
    const key = identity(moved);
    const same = kept.get(key);
    kept.set(key, same === undefined ? moved : combine(same, moved));
  }
  const relations = [...kept.values()];
  const pins = file.pins.filter(
    (pin) => !gone.entityIds?.has(pin.entityId) && !gone.renamed?.has(pin.entityId),
  );
  if (
    JSON.stringify(relations) === JSON.stringify(file.relations) &&
    pins.length === file.pins.length
  )
    return undefined;
  return {
    relations: { ...file, relations, pins },
    removed: file.relations.length - relations.length,
  };
}

/** The relations of an entity, for "Delete Kishi and his 3 relations". */
export function relationsOf(file: RelationsFile, id: EntityId): Relation[] {
  return file.relations.filter((r) => r.from === id || r.to === id);
}

/** Two relations say the same when they have one type and tie the same ends the same way. */
export function identity(relation: Pick<Relation, 'type' | 'from' | 'to' | 'directed'>): string {
  const ends = relation.directed
    ? [relation.from, relation.to]
    : [relation.from, relation.to].sort();
  return `${relation.type}:${relation.directed ? '>' : '-'}:${ends.join(':')}`;
}

export function requireType(view: NotebookView, name: string): RelationType {
  const known = relationTypes(view.relationsFile);
  const type = known.find((t) => t.name === name);
  if (type === undefined) {
    const shape = RelationTypeNameSchema.safeParse(name).success
      ? ''
      : ' (a type is a lower-case word)';
    throw new DossierError(
      'invalid-input',
      `Unknown relation type “${name}”${shape}; the types are ${known.map((t) => t.name).join(', ')}, or add your own first.`,
    );
  }
  return type;
}

function checkEnds(
  view: NotebookView,
  from: EntityId,
  to: EntityId,
): { from: EntityId; to: EntityId } {
  const source = requireEnd(view, from);
  requireEnd(view, to);
  if (from === to) {
    throw new DossierError(
      'invalid-input',
      `A relation ties two different entities; ${source} cannot be related to itself.`,
    );
  }
  return { from, to };
}

function requireEnd(view: NotebookView, id: EntityId): string {
  const entity = view.getEntity(id);
  if (entity === undefined) {
    throw new DossierError(
      'invalid-input',
      `Entity ${id} is not an entity of this notebook; mark it first.`,
    );
  }
  return entity.name;
}

function refuseDuplicate(view: NotebookView, relation: Relation): void {
  const key = identity(relation);
  const same = view.relationsFile.relations.find(
    (r) => r.id !== relation.id && identity(r) === key,
  );
  if (same !== undefined) {
    throw new DossierError(
      'invalid-input',
      `The relation ${describe(view, same)} already exists (${same.id}); add evidence to it instead.`,
    );
  }
}

function combine(kept: Relation, other: Relation): Relation {
  return {
    ...kept,
    evidence: [
      ...kept.evidence,
      ...other.evidence.filter((e) => !kept.evidence.some((k) => sameSpan(k, e))),
    ],
    date: kept.date ?? other.date,
    tags: [...new Set([...kept.tags, ...other.tags])],
    notes: [kept.notes, other.notes].filter(Boolean).join('\n\n'),
  };
}

/** “Nobuo Kishi member-of Japan”, as a label says it. */
export function describe(view: NotebookView, relation: Relation): string {
  const name = (id: EntityId) => view.getEntity(id)?.name ?? id;
  return `${name(relation.from)} ${relation.type} ${name(relation.to)}`;
}

export function replaceRelation(file: RelationsFile, relation: Relation): RelationsFile {
  return withRelations(
    file,
    file.relations.map((r) => (r.id === relation.id ? relation : r)),
  );
}

function withRelations(file: RelationsFile, relations: Relation[]): RelationsFile {
  return { ...file, relations };
}
