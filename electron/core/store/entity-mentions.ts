import type { ArticleId, EntityId } from '../../common/model/ids.ts';
import type { Article } from '../../common/model/article.ts';
import type { CatalogEntry } from './catalog-file.ts';

/**
 * The entities that the catalog's entries mention (article-catalog.ts): each entity id's number
 * in the catalog's table of ids (entries keep their mentions as pairs of numbers: see
 * `CatalogEntry.mentions`), and how many articles mention each entity and how often in all,
 * kept as entries come and go.
 */
export class EntityMentions {
  /** The entity ids that entries' mentions number, and each id's number. */
  private ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  /**
   * How many articles mention each entity (by number), and how often in all: indexed by the
   * number (a Map of an object per entity took 0.7 s of the open's 1.5 million pairs at 100,000
   * articles).
   */
  private articles = new Int32Array(1024);
  private occurrences = new Float64Array(1024);

  /** The table of ids as a saved catalog holds it (before any entry is counted). */
  useTable(ids: string[]): void {
    this.ids = ids;
    ids.forEach((id, n) => this.numbers.set(id, n));
  }

  /** The table of ids, to save with the entries. */
  get table(): string[] {
    return this.ids;
  }

  /** An article's mentions as an entry keeps them: pairs of entity number and count. */
  pairsOf(article: Article): number[] {
    const counts = new Map<number, number>();
    for (const mention of article.mentions) {
      let n = this.numbers.get(mention.entityId);
      if (n === undefined) {
        n = this.ids.push(mention.entityId) - 1;
        this.numbers.set(mention.entityId, n);
      }
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    return [...counts].flat();
  }

  /** Add (`sign` 1) or take away (-1) an entry's mentions from the entities' counts. */
  count(entry: CatalogEntry, sign: 1 | -1): void {
    const { mentions } = entry;
    for (let i = 0; i < mentions.length; i += 2) {
      const n = mentions[i]!;
      if (n >= this.articles.length) this.grow(n);
      this.articles[n] = this.articles[n]! + sign;
      this.occurrences[n] = this.occurrences[n]! + sign * mentions[i + 1]!;
    }
  }

  private grow(n: number): void {
    const length = Math.max(n + 1, this.articles.length * 2);
    const articles = new Int32Array(length);
    const occurrences = new Float64Array(length);
    articles.set(this.articles);
    occurrences.set(this.occurrences);
    this.articles = articles;
    this.occurrences = occurrences;
  }

  stats(entityId: EntityId): { articleCount: number; mentionCount: number } {
    const n = this.numbers.get(entityId);
    if (n === undefined || n >= this.articles.length) return { articleCount: 0, mentionCount: 0 };
    return { articleCount: this.articles[n]!, mentionCount: this.occurrences[n]! };
  }

  /** The entries' ids that mention an entity, in order (a scan: merges and deletes, rarely). */
  mentioning(entityId: EntityId, entries: Map<ArticleId, CatalogEntry>): ArticleId[] {
    const n = this.numbers.get(entityId);
    if (n === undefined) return [];
    const ids: ArticleId[] = [];
    for (const [id, { mentions }] of entries) {
      for (let i = 0; i < mentions.length; i += 2) {
        if (mentions[i] === n) {
          ids.push(id);
          break;
        }
      }
    }
    return ids.sort();
  }
}
