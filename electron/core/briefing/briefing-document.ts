import type { Credibility, Reliability } from '../../common/model/source.ts';
import type { DateRange } from '../../common/model/date-range.ts';
import type { ArticleId, EntityId, EventId } from '../../common/model/ids.ts';
import type { Briefing, BriefingId } from '../../common/model/briefing.ts';
import type { NetworkImage, NetworkRow } from './network-section.ts';

/**
 * The BriefingDocument: the format-free content of a brief, which assembly builds and the
 * Markdown, HTML, PDF and DOCX exports print.
 */

export interface SourceArticle {
  articleId: ArticleId;
  title: string;
  /** The outlet, as the article names it. */
  source: string;
  /** The outlet as cited ("UrduPoint News / Sputnik"), and the grade of who wrote it. */
  outlet: string;
  grade: Reliability | null;
  authors: string[];
  published: string | null;
  url: string;
}

export interface Footnote {
  number: number;
  article: SourceArticle;
  /** Where in the article, for a citation of its words. */
  pinpoint: Pinpoint | null;
}

/** The words cited: their paragraph (from 1), the quote, and the analyst's credibility of them. */
export interface Pinpoint {
  paragraph: number;
  quote: string;
  credibility: Credibility | null;
}

/**
 * Something in the brief that cites articles; `refs` are its footnote numbers, ascending. A
 * citation of words of one article (a quote) has its `pinpoint`: a footnote of its own.
 */
export interface Cited {
  cites: ArticleId[];
  refs: number[];
  pinpoint?: Pinpoint;
}

export interface ActorRow extends Cited {
  entityId: EntityId;
  name: string;
  type: string;
  aliases: string[];
  description: string;
  /** "host in 2 events; participant in 1 event". */
  roles: string;
  mentionCount: number;
  articleCount: number;
}

export interface ActorGroup {
  type: string;
  label: string;
  actors: ActorRow[];
  /** How many more entities of this type the limit left out. */
  omitted: number;
}

export interface TimelineRow extends Cited {
  eventId: EventId;
  date: string;
  range: DateRange | null;
  title: string;
  type: string;
  certainty: string;
  location: string;
  participants: string[];
}

export interface QuoteItem extends Cited {
  kind: 'highlight' | 'evidence';
  articleId: ArticleId;
  start: number;
  end: number;
  /** The exact words of the source: `article.text.slice(start, end)`. */
  text: string;
  article: SourceArticle;
  /** The event it reports, or the analyst's comment on a highlight. */
  context: string;
}

export interface ProfileItem extends Cited {
  entityId: EntityId;
  name: string;
  type: string;
  aliases: string[];
  description: string;
  mentionCount: number;
  articleCount: number;
  events: (Cited & { date: string; title: string })[];
}

export interface SourceRow extends Cited {
  article: SourceArticle;
}

export type TextPart =
  | { kind: 'text'; text: string }
  | ({ kind: 'cite'; quote?: string } & Cited)
  | { kind: 'missing'; reference: string };

interface SectionBase {
  id: string;
  heading: string;
}

export type DocSection = SectionBase &
  (
    | { kind: 'text'; parts: TextPart[] }
    | { kind: 'actors'; groups: ActorGroup[] }
    | { kind: 'timeline'; rows: TimelineRow[] }
    | { kind: 'quotes'; quotes: QuoteItem[]; omitted: number }
    | { kind: 'profiles'; profiles: ProfileItem[]; omitted: number }
    | { kind: 'network'; rows: NetworkRow[]; omitted: number; image: NetworkImage | null }
    | { kind: 'sources'; rows: SourceRow[] }
  );

export interface BriefingDocument {
  briefingId: BriefingId | null;
  title: string;
  author: string;
  date: string | null;
  classification: string;
  /** The sections with something in them, in the briefing's order. */
  sections: DocSection[];
  /** The ids of the briefing's sections left out because they are empty. */
  leftOut: string[];
  footnotes: Footnote[];
}

/** What assembly needs of a briefing: the stored kind or the default one (id null). */
export type BriefingLike = Omit<Briefing, 'id'> & { id: BriefingId | null };
