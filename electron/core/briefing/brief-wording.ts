import type {
  BriefingDocument,
  DocSection,
  Pinpoint,
  ProfileItem,
  QuoteItem,
  SourceArticle,
} from './briefing-document.ts';
import { formatLongDate, formatPartialDate } from './dates.ts';

/**
 * The brief's words that every format prints alike, before any escaping: the line under the
 * title, default headings, a quote's attribution, a profile's facts, an article's citation.
 */

/** "Briefing · 16 March 2021 · Prepared by Jane Doe" */
export function metaLine(doc: Pick<BriefingDocument, 'date' | 'author'>): string {
  return [
    'Briefing',
    ...(doc.date === null ? [] : [formatLongDate(doc.date)]),
    ...(doc.author === '' ? [] : [`Prepared by ${doc.author}`]),
  ].join(' · ');
}

export function defaultHeading(kind: DocSection['kind']): string {
  return {
    text: 'Notes',
    actors: 'Key actors',
    timeline: 'Timeline',
    quotes: 'Key quotes',
    profiles: 'Profiles',
    network: 'Network',
    sources: 'Sources',
  }[kind];
}

/** "Outlet, “Title”, 16 Mar 2021 · Analyst’s note: …" under a quote. */
export function quoteAttribution(quote: QuoteItem): string {
  const source = [
    quote.article.source,
    `“${quote.article.title}”`,
    formatPartialDate(quote.article.published),
  ]
    .filter((part) => part !== '')
    .join(', ');
  const context =
    quote.context === ''
      ? ''
      : ` · ${quote.kind === 'highlight' ? 'Analyst’s note: ' : ''}${quote.context}`;
  return source + context;
}

/** "Person · also Tony · mentioned 9 times in 6 articles" */
export function profileFacts(profile: ProfileItem): string {
  return [
    profile.type.charAt(0).toUpperCase() + profile.type.slice(1),
    ...(profile.aliases.length > 0 ? [`also ${profile.aliases.join(', ')}`] : []),
    `mentioned ${profile.mentionCount} time${profile.mentionCount === 1 ? '' : 's'} in ${profile.articleCount} article${profile.articleCount === 1 ? '' : 's'}`,
  ].join(' · ');
}

/**
 * "Jane Doe, “Title,” Outlet, 16 Mar 2021." and with a pinpoint "…, 16 Mar 2021, para. 3:
 * “the words”; credibility 2". Punctuation is never doubled: "“Why?” Outlet, n.d."
 */
export function citationText(article: SourceArticle, pinpoint: Pinpoint | null = null): string {
  const date = formatPartialDate(article.published);
  const words =
    pinpoint === null
      ? ''
      : `, para. ${pinpoint.paragraph}: “${pinpoint.quote}”` +
        (pinpoint.credibility === null ? '' : `; credibility ${pinpoint.credibility}`);
  return [
    ...(article.authors.length > 0 ? [`${article.authors.join('; ')},`] : []),
    `“${article.title}${/[.?!…]$/.test(article.title) ? '' : ','}”`,
    ...(article.outlet === '' ? [] : [`${article.outlet},`]),
    // A pinpoint ends with the words; "n.d." ends with its own period.
    date + words + (words !== '' || date.endsWith('.') ? '' : '.'),
  ].join(' ');
}
