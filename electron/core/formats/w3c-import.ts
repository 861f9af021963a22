import type { NotebookApi } from '../../common/api/contract.ts';
import { describe } from '../../common/errors.ts';
import type { ArticleId, EntityId, EventId } from '../../common/model/ids.ts';
import { articleTarget, URN } from './w3c.ts';

/**
 * `import-annotations FILE`: W3C Web Annotations (Dossier's own export, Recogito's JSON-LD, any
 * AnnotationCollection, page or list) and Hypothesis's JSON export anchored back into the
 * notebook's articles. An annotation's target names its article (by address, or Dossier's URN);
 * its words are found by quote, the position only choosing between equal quotes, and the
 * prefix and suffix must agree with the text. Whatever matches no article, or no single place
 * in it, is reported and left out, never guessed. A mark that is already there is not added
 * again, so a second run adds nothing. Everything goes through the notebook's API, which checks
 * each change as it checks the Reader's.
 */

export interface AnnotationsImport {
  added: number;
  present: number;
  /** One line per annotation left out: which, and why. */
  problems: string[];
}

type Mark =
  | { kind: 'mention'; entityId: string | null; name: string | null; type: string }
  | { kind: 'event'; eventId: string | null; title: string; type: string }
  | { kind: 'highlight'; comment: string };

interface Found {
  label: string;
  source: string | null;
  exact: string;
  prefix: string;
  suffix: string;
  hint: { start: number; end: number } | null;
  mark: Mark;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The annotations of a file, whatever shape holds them. */
function annotationsIn(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) return [];
  // Hypothesis: its client's export ({annotations}) and its API's search result ({rows}).
  if (Array.isArray(data.annotations)) return data.annotations;
  if (Array.isArray(data.rows)) return data.rows;
  if (isObject(data.first)) return list(data.first.items);
  if (Array.isArray(data.items)) return data.items;
  return [data];
}

const ENTITY_TAGS: Record<string, string> = {
  person: 'person',
  place: 'location',
  location: 'location',
  organization: 'organization',
  organisation: 'organization',
};

/** What an annotation says about its words, from its bodies (W3C) or text and tags (Hypothesis). */
function markOf(annotation: Json): Mark | string {
  const bodies = [...list(annotation.body), ...list(annotation.bodyValue)];
  const comments: string[] = [];
  const tags: string[] = [];
  let named: Json | null = null;
  let classified: string | null = null;
  for (const body of bodies) {
    if (typeof body === 'string') {
      comments.push(body);
      continue;
    }
    if (!isObject(body)) continue;
    const purpose = text(body.purpose) ?? '';
    const value = text(body.value);
    if (text(body.id) !== null && text(body.name) !== null) named = body;
    else if (purpose === 'classifying' && value !== null) classified = value;
    else if (purpose === 'tagging' && value !== null) tags.push(value);
    else if (value !== null) comments.push(value);
  }
  // Hypothesis keeps its note in `text` and its tags in `tags`.
  if (text(annotation.text) !== null && annotation.text !== '')
    comments.push(annotation.text as string);
  for (const tag of list(annotation.tags)) if (typeof tag === 'string') tags.push(tag);

  if (named !== null) {
    const id = text(named.id)!;
    const type = classified ?? '';
    if (id.startsWith(URN.event) || named.purpose === 'tagging')
      return {
        kind: 'event',
        eventId: id.startsWith(URN.event) ? id.slice(URN.event.length) : null,
        title: text(named.name)!,
        type: type || 'other',
      };
    if (type === '') return 'the entity has no type (a classifying body)';
    return {
      kind: 'mention',
      entityId: id.startsWith(URN.entity) ? id.slice(URN.entity.length) : null,
      name: text(named.name),
      type,
    };
  }
  // Recogito tags or classifies an entity by its kind: PERSON, PLACE…
  const entityType = [classified, ...tags]
    .map((tag) => (tag === null ? undefined : ENTITY_TAGS[tag.toLowerCase()]))
    .find((type) => type !== undefined);
  if (entityType !== undefined)
    return { kind: 'mention', entityId: null, name: null, type: entityType };
  const rest = tags.filter((tag) => ENTITY_TAGS[tag.toLowerCase()] === undefined);
  return {
    kind: 'highlight',
    comment: [...comments, ...(rest.length > 0 ? [`Tags: ${rest.join(', ')}`] : [])].join('\n\n'),
  };
}

function found(annotation: unknown, index: number): Found | string {
  if (!isObject(annotation)) return `item ${index + 1}: not an annotation`;
  const label = text(annotation.id) ?? `item ${index + 1}`;
  const targets = list(annotation.target).filter(isObject);
  const target = targets.find((t) => list(t.selector).length > 0) ?? targets[0];
  const source =
    text(target?.source) ??
    text(annotation.uri) ??
    (typeof annotation.target === 'string' ? annotation.target : null);
  const selectors = list(target?.selector).filter(isObject);
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  const exact = text(quote?.exact);
  if (exact === null || exact === '') return `${label}: no TextQuoteSelector, so no words to find`;
  const mark = markOf(annotation);
  if (typeof mark === 'string') return `${label}: ${mark}`;
  const start = position?.start;
  const end = position?.end;
  return {
    label,
    source,
    exact,
    prefix: text(quote?.prefix) ?? '',
    suffix: text(quote?.suffix) ?? '',
    hint:
      Number.isInteger(start) && Number.isInteger(end)
        ? { start: start as number, end: end as number }
        : null,
    mark,
  };
}

const NOT_IN_ARTICLE = 'its words are not in the article';
const squash = (s: string) => s.replace(/\s+/g, ' ');

/** Where `item`'s words are in `text`: one place, or why not. */
export function anchorQuote(
  textOf: string,
  item: Pick<Found, 'exact' | 'prefix' | 'suffix' | 'hint'>,
): { start: number; end: number } | string {
  const places: number[] = [];
  for (let at = textOf.indexOf(item.exact); at >= 0; at = textOf.indexOf(item.exact, at + 1))
    places.push(at);
  if (places.length === 0) return NOT_IN_ARTICLE;
  // Context compared with runs of white space as one space: pages and text differ there.
  const before = squash(item.prefix).trimStart();
  const after = squash(item.suffix).trimEnd();
  const fits = places.filter((at) => {
    const head = squash(textOf.slice(Math.max(0, at - item.prefix.length - 40), at));
    const tail = squash(
      textOf.slice(at + item.exact.length, at + item.exact.length + item.suffix.length + 40),
    );
    return head.endsWith(before) && tail.startsWith(after);
  });
  if (fits.length === 0) return 'its words are in the article, but not with its prefix and suffix';
  if (fits.length === 1) return { start: fits[0]!, end: fits[0]! + item.exact.length };
  const hint = item.hint;
  if (hint !== null && fits.includes(hint.start) && hint.end - hint.start === item.exact.length)
    return { start: hint.start, end: hint.end };
  return `its words and context are in ${fits.length} places and its position names none of them`;
}

export async function importAnnotations(
  api: NotebookApi,
  data: unknown,
): Promise<AnnotationsImport> {
  const report: AnnotationsImport = { added: 0, present: 0, problems: [] };
  const items = annotationsIn(data);
  if (items.length === 0) {
    report.problems.push('The file holds no annotations.');
    return report;
  }
  const summaries = await api.listArticles({});
  const articles = await Promise.all(summaries.map((a) => api.getArticle({ id: a.id })));
  const bySource = new Map<string, ArticleId[]>();
  for (const article of articles) {
    for (const key of new Set([articleTarget(article), article.url.replace(/\/+$/, '')])) {
      if (key === '') continue;
      bySource.set(key, [...(bySource.get(key) ?? []), article.id]);
    }
  }
  const textOf = new Map(articles.map((a) => [a.id, a.text]));

  for (const [index, item] of items.entries()) {
    const one = found(item, index);
    if (typeof one === 'string') {
      report.problems.push(one);
      continue;
    }
    const candidates =
      one.source === null
        ? articles.map((a) => a.id)
        : (bySource.get(one.source) ?? bySource.get(one.source.replace(/\/+$/, '')) ?? []);
    if (candidates.length === 0) {
      report.problems.push(`${one.label}: no article of this notebook is ${one.source}`);
      continue;
    }
    const tries = candidates.map((id) => ({ id, at: anchorQuote(textOf.get(id)!, one) }));
    const anchored = tries.flatMap((t) =>
      typeof t.at === 'string' ? [] : [{ id: t.id, at: t.at }],
    );
    if (anchored.length !== 1) {
      // The reason of the article that has the words, if one has them.
      const near = tries.find((t) => typeof t.at === 'string' && t.at !== NOT_IN_ARTICLE);
      const why =
        anchored.length > 1
          ? `its words are in ${anchored.length} articles`
          : ((near?.at as string | undefined) ??
            (candidates.length === 1 ? NOT_IN_ARTICLE : 'its words are in no article'));
      report.problems.push(`${one.label}: “${one.exact.slice(0, 60)}”: ${why}`);
      continue;
    }
    const [{ id: articleId, at }] = anchored as [
      { id: ArticleId; at: { start: number; end: number } },
    ];
    try {
      const added = await apply(api, articleId, { ...at, quote: one.exact }, one.mark);
      if (added) report.added++;
      else report.present++;
    } catch (error) {
      report.problems.push(`${one.label}: ${describe(error)}`);
    }
  }
  return report;
}

/** Add the mark unless the same one is there; whether it was added. */
async function apply(
  api: NotebookApi,
  articleId: ArticleId,
  span: { start: number; end: number; quote: string },
  mark: Mark,
): Promise<boolean> {
  const selection = { articleId, ...span };
  const same = (a: { start: number; end: number }) => a.start === span.start && a.end === span.end;
  const article = await api.getArticle({ id: articleId });
  switch (mark.kind) {
    case 'highlight':
      if (article.highlights.some(same)) return false;
      await api.addHighlight({ ...selection, comment: mark.comment });
      return true;
    case 'mention': {
      const entities = await api.listEntities({});
      const entity =
        entities.find((e) => e.id === mark.entityId) ??
        entities.find((e) => e.type === mark.type && e.name === (mark.name ?? span.quote));
      if (entity !== undefined && article.mentions.some((m) => same(m) && m.entityId === entity.id))
        return false;
      await api.markMention({
        ...selection,
        target:
          entity === undefined
            ? { type: mark.type, name: mark.name ?? span.quote }
            : { entityId: entity.id as EntityId },
      });
      return true;
    }
    case 'event': {
      const events = await api.listEvents({});
      const event =
        events.find((e) => e.id === mark.eventId) ??
        events.find((e) => e.title === mark.title && e.type === mark.type);
      if (event === undefined) {
        await api.createEvent({ title: mark.title, type: mark.type, evidence: [selection] });
        return true;
      }
      if (event.evidence.some((e) => e.articleId === articleId && same(e))) return false;
      await api.addEvidence({ eventId: event.id as EventId, ...selection });
      return true;
    }
  }
}
