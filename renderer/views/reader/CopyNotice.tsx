import type { ArticleSummary } from '../../../electron/common/api/contract.ts';
import { useApiQuery } from '../../api/use-api-query.ts';
import { copyOfText } from '../../sources/article-sources.ts';

/**
 * Says that the article is a wire copy of another ("Copy of “…”, 94% the same text"), or that
 * other outlets republished it ("Also published by …"): copies are never independent sources.
 */
export function CopyNotice({ article }: { article: Pick<ArticleSummary, 'id' | 'copyOf'> }) {
  const list = useApiQuery('listArticles', {});
  const articles = list.data ?? [];
  const original =
    article.copyOf === null ? undefined : articles.find((a) => a.id === article.copyOf!.articleId);
  const copies = articles.filter((a) => a.copyOf?.articleId === article.id);
  if (original === undefined && copies.length === 0) return null;
  const outlets = [...new Set(copies.map((copy) => copy.source || copy.title))];
  return (
    <p className="article-copy-notice" role="note">
      {original !== undefined && <span>{copyOfText(original, article.copyOf!.similarity)}</span>}
      {copies.length > 0 && <span>Also published by {outlets.join(', ')}</span>}
    </p>
  );
}
