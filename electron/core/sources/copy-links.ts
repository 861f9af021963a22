import type { Article } from '../../common/model/article.ts';
import type { ArticleId } from '../../common/model/ids.ts';
import type { NotebookStore } from '../store/notebook-store.ts';

/**
 * The copies of an article about to be deleted, re-linked so that none points at nothing: they
 * become copies of what it copied, or, when it was the first of its story, the oldest copy takes
 * its place and the others become its copies.
 */
export function copiesRelinked(store: NotebookStore, deleted: Article): Article[] {
  const copies = store
    .listSummaries()
    .filter((summary) => summary.copyOf?.articleId === deleted.id)
    .sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id))
    .flatMap((summary) => store.getArticle(summary.id) ?? []);
  const first = copies[0];
  if (first === undefined) return [];
  const origin: ArticleId | null = deleted.copyOf?.articleId ?? null;
  return copies.map((copy) => {
    if (origin !== null) return { ...copy, copyOf: { ...copy.copyOf!, articleId: origin } };
    return copy === first
      ? { ...copy, copyOf: null }
      : { ...copy, copyOf: { ...copy.copyOf!, articleId: first.id } };
  });
}
