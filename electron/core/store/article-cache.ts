import type { ArticleId } from '../../common/model/ids.ts';
import type { Article } from '../../common/model/article.ts';

/** Full articles kept in memory: the most recently used, bounded by count and by bytes. */
const CACHE_MAX_ARTICLES = 400;
const CACHE_MAX_BYTES = 48 * 1024 * 1024;

/** The article catalog's cache of full articles (article-catalog.ts), least recently used out. */
export class ArticleCache {
  /** Most recently used last. */
  private readonly articles = new Map<ArticleId, { article: Article; bytes: number }>();
  private bytes = 0;

  /** The article if cached, now the most recently used. */
  use(id: ArticleId): Article | undefined {
    const cached = this.articles.get(id);
    if (cached === undefined) return undefined;
    this.articles.delete(id);
    this.articles.set(id, cached);
    return cached.article;
  }

  /** The article if cached, its place unchanged (derived data's reads must not evict). */
  peek(id: ArticleId): Article | undefined {
    return this.articles.get(id)?.article;
  }

  /** Keep an article of `bytes` on disk, evicting the least recently used beyond the bounds. */
  remember(article: Article, bytes: number): void {
    this.drop(article.id);
    this.articles.set(article.id, { article, bytes });
    this.bytes += bytes;
    while (
      this.articles.size > 1 &&
      (this.articles.size > CACHE_MAX_ARTICLES || this.bytes > CACHE_MAX_BYTES)
    ) {
      const [oldest, value] = this.articles.entries().next().value!;
      this.articles.delete(oldest);
      this.bytes -= value.bytes;
    }
  }

  drop(id: ArticleId): void {
    const cached = this.articles.get(id);
    if (cached === undefined) return;
    this.bytes -= cached.bytes;
    this.articles.delete(id);
  }
}
