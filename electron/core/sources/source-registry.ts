import { DossierError } from '../../common/errors.ts';
import type { ArticleId } from '../../common/model/ids.ts';
import type { ArticleSummary } from '../../common/model/article.ts';
import {
  SOURCES_SCHEMA_VERSION,
  type Source,
  type SourcesFile,
} from '../../common/model/source.ts';
import { derivedSourceId, outletOf, sourceKey } from './outlets.ts';

/** A source with the articles it wrote (origin) or republished (via). */
export interface SourceRecord extends Source {
  articles: ArticleId[];
  /** Those of `articles` it republished from a wire (it is their `via`). */
  republished: ArticleId[];
}

/** An article's outlets as sources: who wrote it and who republished it. */
export interface ArticleSources {
  origin: SourceRecord;
  via: SourceRecord | null;
}

/**
 * The notebook's sources: the ones recorded in sources.json (graded, renamed, merged) and one
 * for every other outlet its articles name, found by key (outlets.ts), so that a notebook from
 * before sources, or an article just imported, has its sources without a write. Recording a
 * source happens with the analyst's first edit of it.
 */
export class SourceRegistry {
  readonly sources: SourceRecord[] = [];
  private readonly byKey = new Map<string, SourceRecord>();
  private readonly byArticle = new Map<ArticleId, ArticleSources>();

  constructor(
    file: SourcesFile,
    articles: readonly Pick<ArticleSummary, 'id' | 'source' | 'url' | 'addedAt'>[],
  ) {
    for (const source of file.sources) {
      const record = { ...source, aliases: [...source.aliases], articles: [], republished: [] };
      this.sources.push(record);
      for (const name of [source.name, ...source.aliases]) this.byKey.set(sourceKey(name), record);
    }
    // Oldest first: a source found in the articles is named as the first article named it.
    const ordered = [...articles].sort(
      (a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id),
    );
    for (const article of ordered) {
      const outlet = outletOf(article.source, article.url);
      const origin = this.recordFor(outlet.origin, article.source);
      const via = outlet.via === null ? null : this.recordFor(outlet.via, article.source);
      origin.articles.push(article.id);
      if (via !== null && via !== origin) {
        via.articles.push(article.id);
        via.republished.push(article.id);
      }
      this.byArticle.set(article.id, { origin, via: via === origin ? null : via });
    }
  }

  /** The article's sources; undefined for an article the registry was not built with. */
  ofArticle(id: ArticleId): ArticleSources | undefined {
    return this.byArticle.get(id);
  }

  /** A source by id, or by a name or alias (as the CLI takes it). */
  find(nameOrId: string): SourceRecord {
    const found =
      this.sources.find((source) => source.id === nameOrId) ?? this.byKey.get(sourceKey(nameOrId));
    if (found === undefined)
      throw new DossierError('not-found', `No source is named or has the id “${nameOrId}”.`);
    return found;
  }

  /** sources.json with every source recorded (the derived ones too), `edit` applied. */
  fileWith(edit: (sources: Source[]) => Source[]): SourcesFile {
    const sources = this.sources.map(({ articles: _articles, republished: _via, ...source }) => ({
      ...source,
      aliases: [...source.aliases],
    }));
    return { schemaVersion: SOURCES_SCHEMA_VERSION, sources: edit(sources) };
  }

  private recordFor(name: string, raw: string): SourceRecord {
    const key = sourceKey(name);
    let record = this.byKey.get(key);
    if (record === undefined) {
      record = {
        id: derivedSourceId(key),
        name,
        aliases: [],
        reliability: null,
        notes: '',
        articles: [],
        republished: [],
      };
      this.sources.push(record);
      this.byKey.set(key, record);
    }
    // The other spellings articles use are kept as aliases ("Press Releases – …").
    const spelling = raw.trim();
    if (
      spelling !== '' &&
      !spelling.includes('/') &&
      !/\svia\s/i.test(spelling) &&
      spelling !== record.name &&
      !record.aliases.includes(spelling)
    ) {
      record.aliases.push(spelling);
      this.byKey.set(sourceKey(spelling), record);
    }
    return record;
  }
}

/** The name an article's outlet is cited by, with its grade: "UrduPoint News / Sputnik [C]". */
export function citedOutlet(raw: string, sources: ArticleSources | undefined): string {
  const name = raw.trim() === '' ? (sources?.origin.name ?? '') : raw.trim();
  const grade = sources?.origin.reliability ?? null;
  return grade === null ? name : `${name} [${grade}]`;
}
