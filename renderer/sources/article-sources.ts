import type { ArticleSummary, SourceView } from '../../electron/common/api/contract.ts';

/** A source's name with its grade when it has one: "Sputnik [C]". */
export function gradedName(source: Pick<SourceView, 'name' | 'reliability'>): string {
  return source.reliability === null ? source.name : `${source.name} [${source.reliability}]`;
}

/** How the Library names each article's source, and by which sources it filters it. */
export interface ArticleSources {
  /** "Sputnik [C] via UrduPoint News": who wrote it, graded, and who republished it. */
  labels: Map<string, string>;
  /** The ids of the sources of each article (writer and republisher). */
  sourceIds: Map<string, string[]>;
}

/** Each article's sources, from the notebook's source records (not the raw outlet text). */
export function articleSources(sources: readonly SourceView[]): ArticleSources {
  const origin = new Map<string, SourceView>();
  const via = new Map<string, SourceView>();
  const sourceIds = new Map<string, string[]>();
  for (const source of sources) {
    const republished = new Set<string>(source.republished);
    for (const id of source.articles) {
      (republished.has(id) ? via : origin).set(id, source);
      sourceIds.set(id, [...(sourceIds.get(id) ?? []), source.id]);
    }
  }
  const labels = new Map<string, string>();
  for (const [id, writer] of origin) {
    const republisher = via.get(id);
    labels.set(
      id,
      republisher === undefined
        ? gradedName(writer)
        : `${gradedName(writer)} via ${gradedName(republisher)}`,
    );
  }
  return { labels, sourceIds };
}

/** "Copy of “Tokyo talks” (Sputnik), 96% the same text". */
export function copyOfText(
  original: { title: string; source: string },
  similarity: number,
): string {
  const outlet = original.source === '' ? '' : ` (${original.source})`;
  return `Copy of “${original.title}”${outlet}, ${Math.round(similarity * 100)}% the same text`;
}

/** For each wire copy among the articles, what it copies (see copyOfText). */
export function copyNotes(
  articles: readonly Pick<ArticleSummary, 'id' | 'title' | 'source' | 'copyOf'>[],
): Map<string, string> {
  const byId = new Map<string, (typeof articles)[number]>(articles.map((a) => [a.id, a]));
  const notes = new Map<string, string>();
  for (const article of articles) {
    const original = article.copyOf === null ? undefined : byId.get(article.copyOf.articleId);
    if (original !== undefined)
      notes.set(article.id, copyOfText(original, article.copyOf!.similarity));
  }
  return notes;
}
