import type { Article } from '../../common/model/article.ts';
import type { DossierEvent } from '../../common/model/event.ts';
import type { EntityId } from '../../common/model/ids.ts';
import type { NotebookView } from '../annotate/notebook-view.ts';

/**
 * The notebook in brat's standoff format (https://brat.nlplab.org/standoff.html), which brat
 * and INCEpTION open: per article `<id>.txt` (its text) and `<id>.ann` with a T line for each
 * entity mention (the entity's id and name in an AnnotatorNotes line), and for each event with
 * evidence in the article a T line for its trigger (the evidence) and an E line naming its
 * participants by role (and its place) through their mentions in that article; for each
 * relation with evidence in the article an R line between the mentions of its two entities
 * nearest that evidence; and `annotation.conf` declaring the types and roles used.
 *
 * brat counts offsets in Unicode code points (it is Python); Dossier in UTF-16 code units. A
 * span that crosses a line break is written as fragments, as brat requires.
 */

export interface BratFile {
  name: string;
  content: string;
}

/** UTF-16 offsets → code point offsets of `text` (the identity when it has no astral characters). */
export function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset;
  const map = new Int32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = points;
    const code = text.charCodeAt(i);
    // The low half of a pair is the same code point as the high half before it.
    if (!(code >= 0xdc00 && code <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1)))) points++;
  }
  map[text.length] = points;
  return (offset) => map[offset]!;
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** A role or relation type as a brat label: "host" → "Host", "met-with" → "Met_with", "" → "Participant". */
function roleLabel(role: string): string {
  const word = role.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  return word === '' ? 'Participant' : word.charAt(0).toUpperCase() + word.slice(1);
}

export function bratFiles(view: NotebookView): BratFile[] {
  const entityTypes = new Set<string>(view.registry.entities.map((entity) => entity.type));
  const eventRoles = new Map<string, Set<string>>();
  const relationTypes = new Set<string>();
  const files: BratFile[] = [];
  const articles = [...view.listArticles()].sort((a, b) => a.id.localeCompare(b.id));
  for (const article of articles) {
    const events = view.eventsFile.events.filter((event) =>
      event.evidence.some((evidence) => evidence.articleId === article.id),
    );
    files.push(
      { name: `${article.id}.txt`, content: article.text },
      {
        name: `${article.id}.ann`,
        content: annotations(view, article, events, eventRoles, relationTypes),
      },
    );
  }
  files.push({
    name: 'annotation.conf',
    content: annotationConf(entityTypes, eventRoles, relationTypes),
  });
  return files;
}

function annotations(
  view: NotebookView,
  article: Article,
  events: DossierEvent[],
  eventRoles: Map<string, Set<string>>,
  relationTypes: Set<string>,
): string {
  const points = codePointOffsets(article.text);
  const lines: string[] = [];
  let t = 0;
  let note = 0;
  /** A T line for [start, end), cut at line breaks; its id. */
  const textBound = (type: string, start: number, end: number): string => {
    const fragments: [number, number][] = [];
    const pattern = /[^\n]+/g;
    pattern.lastIndex = start;
    const span = article.text.slice(0, end);
    for (let match = pattern.exec(span); match !== null; match = pattern.exec(span))
      fragments.push([match.index, match.index + match[0].length]);
    const id = `T${++t}`;
    lines.push(
      `${id}\t${type} ${fragments.map(([s, e]) => `${points(s)} ${points(e)}`).join(';')}\t` +
        fragments.map(([s, e]) => article.text.slice(s, e)).join(' '),
    );
    return id;
  };
  const mentions = [...article.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const mentionIds = new Map<string, string>();
  const byEntity = new Map<EntityId, { start: number; id: string }[]>();
  for (const mention of mentions) {
    const entity = view.getEntity(mention.entityId);
    if (entity === undefined) continue;
    const id = textBound(entity.type, mention.start, mention.end);
    mentionIds.set(mention.id, id);
    lines.push(`#${++note}\tAnnotatorNotes ${id}\tentity:${entity.id} ${entity.name}`);
    const list = byEntity.get(entity.id) ?? [];
    list.push({ start: mention.start, id });
    byEntity.set(entity.id, list);
  }
  /** The T line of the entity's mention nearest `offset`. */
  const nearest = (entityId: EntityId, offset: number) =>
    byEntity
      .get(entityId)
      ?.map((m) => ({ ...m, distance: Math.abs(m.start - offset) }))
      .sort((a, b) => a.distance - b.distance)[0]?.id;
  let e = 0;
  for (const event of events) {
    const roles = eventRoles.get(event.type) ?? new Set<string>();
    eventRoles.set(event.type, roles);
    for (const evidence of event.evidence.filter((ev) => ev.articleId === article.id)) {
      const trigger = textBound(event.type, evidence.start, evidence.end);
      // A participant is the mention of it nearest the evidence (inside it when there is one).
      const mentionOf = (entityId: EntityId) => nearest(entityId, evidence.start);
      const used = new Map<string, number>();
      const args: string[] = [];
      const arg = (label: string, id: string | undefined) => {
        if (id === undefined) return;
        roles.add(label);
        const n = (used.get(label) ?? 0) + 1;
        used.set(label, n);
        args.push(`${n === 1 ? label : `${label}${n}`}:${id}`);
      };
      for (const participant of event.participants)
        arg(roleLabel(participant.role), mentionOf(participant.entityId));
      if (event.locationId !== null) arg('Place', mentionOf(event.locationId));
      const id = `E${++e}`;
      lines.push(`${id}\t${event.type}:${trigger}${args.map((a) => ` ${a}`).join('')}`);
      lines.push(`#${++note}\tAnnotatorNotes ${id}\tevent:${event.id} ${event.title}`);
    }
  }
  let r = 0;
  for (const relation of view.relationsFile.relations) {
    for (const evidence of relation.evidence.filter((ev) => ev.articleId === article.id)) {
      const from = nearest(relation.from, evidence.start);
      const to = nearest(relation.to, evidence.start);
      if (from === undefined || to === undefined) continue;
      const type = roleLabel(relation.type);
      relationTypes.add(type);
      const id = `R${++r}`;
      lines.push(`${id}\t${type} Arg1:${from} Arg2:${to}`);
      lines.push(`#${++note}\tAnnotatorNotes ${id}\trelation:${relation.id}`);
    }
  }
  return lines.map((line) => line.replace(/\n/g, ' ') + '\n').join('');
}

function annotationConf(
  entityTypes: Set<string>,
  eventRoles: Map<string, Set<string>>,
  relationTypes: Set<string>,
): string {
  const events = [...eventRoles.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, roles]) =>
      [
        type,
        [...roles]
          .sort()
          .map((role) => `${role}*:<ENTITY>`)
          .join(', '),
      ]
        .join('\t')
        .trimEnd(),
    );
  return [
    '# Written by Dossier: the entity types, event types and their roles in these files.',
    '[entities]',
    ...[...entityTypes].sort(),
    '',
    '[relations]',
    ...[...relationTypes].sort().map((type) => `${type}\tArg1:<ENTITY>, Arg2:<ENTITY>`),
    '<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    ...events,
    '',
    '[attributes]',
    '',
  ].join('\n');
}
