import { sha256Hex } from '../import/text.ts';
import { anchorHolds, type Anchor } from '../../common/model/anchor.ts';
import type { Article } from '../../common/model/article.ts';
import type { BriefingsFile } from '../../common/model/briefing.ts';
import type { EntitiesFile } from '../../common/model/entity.ts';
import type { EventsFile } from '../../common/model/event.ts';
import type { RelationsFile } from '../../common/model/relation.ts';

/**
 * What holds across a notebook's files beyond each file's own schema: every id is unique,
 * every reference leads to something the notebook has, every anchor selects the words it
 * quotes in its article's text, every text matches its recorded sha256, and an original is a
 * plain file name in originals/. The zod schemas check each file; this checks them together.
 */

export interface NotebookContents {
  articles: readonly Article[];
  entities: EntitiesFile;
  events: EventsFile;
  briefings: BriefingsFile;
  relations?: RelationsFile;
  /** The originals the notebook holds, by name, with their sha256 (when known). */
  originals?: Readonly<Record<string, { sha256: string }>>;
}

/**
 * The first invariant the notebook breaks, in words ("mention m12 in article a3 points at
 * entity e9, which the file does not contain"), or null. `container` names what holds it.
 */
export function firstViolation(
  notebook: NotebookContents,
  container = 'the notebook',
): string | null {
  const missing = (what: string, kind: string, id: string) =>
    `${what} points at ${kind} ${id}, which ${container} does not contain`;
  const duplicate =
    firstDuplicate('article', notebook.articles) ??
    firstDuplicate('entity', notebook.entities.entities) ??
    firstDuplicate('event', notebook.events.events) ??
    firstDuplicate('briefing', notebook.briefings.briefings) ??
    firstDuplicate('relation', notebook.relations?.relations ?? []);
  if (duplicate !== null) return duplicate;

  const entities = new Set<string>(notebook.entities.entities.map((entity) => entity.id));
  const articles = new Map<string, Article>(notebook.articles.map((a) => [a.id, a]));
  for (const article of notebook.articles) {
    const problem = articleViolation(article, entities, notebook.originals, missing);
    if (problem !== null) return problem;
  }
  for (const event of notebook.events.events) {
    const where = `event ${event.id}`;
    for (const { entityId } of event.participants) {
      if (!entities.has(entityId)) return missing(`a participant of ${where}`, 'entity', entityId);
    }
    if (event.locationId !== null && !entities.has(event.locationId)) {
      return missing(`the location of ${where}`, 'entity', event.locationId);
    }
    for (const evidence of event.evidence) {
      const article = articles.get(evidence.articleId);
      if (article === undefined)
        return missing(`evidence of ${where}`, 'article', evidence.articleId);
      const problem = anchorViolation(`evidence of ${where}`, article, evidence);
      if (problem !== null) return problem;
    }
  }
  for (const relation of notebook.relations?.relations ?? []) {
    const where = `relation ${relation.id}`;
    for (const end of [relation.from, relation.to]) {
      if (!entities.has(end)) return missing(`an end of ${where}`, 'entity', end);
    }
    for (const evidence of relation.evidence) {
      const article = articles.get(evidence.articleId);
      if (article === undefined)
        return missing(`evidence of ${where}`, 'article', evidence.articleId);
      const problem = anchorViolation(`evidence of ${where}`, article, evidence);
      if (problem !== null) return problem;
    }
  }
  for (const rejected of notebook.events.rejectedCandidates) {
    if (!articles.has(rejected.articleId)) {
      return missing('a rejected event suggestion', 'article', rejected.articleId);
    }
  }
  return null;
}

function articleViolation(
  article: Article,
  entities: ReadonlySet<string>,
  originals: NotebookContents['originals'],
  missing: (what: string, kind: string, id: string) => string,
): string | null {
  const where = `article ${article.id}`;
  if (sha256Hex(article.text) !== article.textSha256) {
    return `the text of ${where} does not match its recorded sha256 (textSha256)`;
  }
  const annotations = firstDuplicate(
    'annotation',
    [...article.mentions, ...article.highlights],
    ` in ${where}`,
  );
  if (annotations !== null) return annotations;
  for (const mention of article.mentions) {
    const what = `mention ${mention.id} in ${where}`;
    if (!entities.has(mention.entityId)) return missing(what, 'entity', mention.entityId);
    const problem = anchorViolation(what, article, mention);
    if (problem !== null) return problem;
  }
  for (const highlight of article.highlights) {
    const problem = anchorViolation(`highlight ${highlight.id} in ${where}`, article, highlight);
    if (problem !== null) return problem;
  }
  const original = article.original;
  if (original !== null) {
    if (!isPlainFileName(original.file)) {
      return `${where} names its original "${original.file}", which is not a plain file name in originals/`;
    }
    const kept = originals?.[original.file];
    if (kept !== undefined && kept.sha256 !== original.sha256) {
      return `the original ${original.file} of ${where} does not match the sha256 the article records`;
    }
  }
  return null;
}

function anchorViolation(what: string, article: Article, anchor: Anchor): string | null {
  if (anchor.end > article.text.length) {
    return `${what} ends at ${anchor.end}, past the end of the text of article ${article.id} (${article.text.length} characters)`;
  }
  if (!anchorHolds(article.text, anchor)) {
    return `${what} quotes "${shorten(anchor.quote)}", but the text of article ${article.id} has "${shorten(article.text.slice(anchor.start, anchor.end))}" there`;
  }
  return null;
}

function firstDuplicate(kind: string, items: readonly { id: string }[], where = ''): string | null {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) return `${kind} ${id}${where} appears twice`;
    seen.add(id);
  }
  return null;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** A name that stays inside originals/: no folder, no `..`, no leading dot. */
export function isPlainFileName(name: string): boolean {
  return /^[\w][\w.-]{0,200}$/.test(name) && !name.includes('..');
}
