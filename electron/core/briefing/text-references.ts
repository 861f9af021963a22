import type { ArticleId, EntityId } from '../../common/model/ids.ts';
import { BLUF_PLACEHOLDER } from '../../common/model/briefing.ts';
import type { AssemblyContext } from './assembly-context.ts';
import type { Pinpoint, TextPart } from './briefing-document.ts';

/** The analyst's text with its references (`[@event:ID]`…) resolved to citations. */

/** `[@event:ID]`, `[@entity:ID]`, `[@article:ID]`, `[@quote:ARTICLEID:START-END]`. */
export const REFERENCE_PATTERN = /\[@([a-z]+):([^\]\s]{1,100})\]/g;

/** The analyst's text, empty where it is still the placeholder older briefings stored. */
export function unlessPlaceholder(markdown: string): string {
  return markdown.trim() === BLUF_PLACEHOLDER ? '' : markdown;
}

export function resolveReferences(context: AssemblyContext, markdown: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of markdown.matchAll(REFERENCE_PATTERN)) {
    if (match.index > last) parts.push({ kind: 'text', text: markdown.slice(last, match.index) });
    last = match.index + match[0].length;
    const quote = match[1] === 'quote' ? quotedWords(context, match[2]!) : null;
    const cites = quote === null ? resolveReference(context, match[1]!, match[2]!) : null;
    parts.push(
      quote !== null
        ? { kind: 'cite', cites: [quote.articleId], refs: [], ...quote.cite }
        : cites === null || cites.length === 0
          ? { kind: 'missing', reference: match[0] }
          : { kind: 'cite', cites, refs: [] },
    );
  }
  if (last < markdown.length) parts.push({ kind: 'text', text: markdown.slice(last) });
  return parts;
}

function resolveReference(context: AssemblyContext, kind: string, ref: string): ArticleId[] | null {
  switch (kind) {
    case 'article':
      return context.article(ref as ArticleId) === undefined ? null : [ref as ArticleId];
    case 'event': {
      const event = context.allEvents.find((e) => e.id === ref);
      return event === undefined ? null : context.eventArticles(event);
    }
    case 'entity': {
      const perArticle = context.mentions.get(ref as EntityId);
      if (context.entity(ref as EntityId) === undefined || perArticle === undefined) return null;
      return context.articles.filter((a) => perArticle.has(a.id)).map((a) => a.id);
    }
    default:
      return null;
  }
}

/** A quote cited in the text: its words, shown where it is cited, and a pinpoint footnote. */
function quotedWords(
  context: AssemblyContext,
  ref: string,
): { articleId: ArticleId; cite: { quote: string; pinpoint: Pinpoint } } | null {
  const match = /^([a-z0-9]{12}):(\d{1,9})-(\d{1,9})$/.exec(ref);
  if (match === null) return null;
  const article = context.article(match[1] as ArticleId);
  const start = Number(match[2]);
  const end = Number(match[3]);
  if (article === undefined || end <= start || end > article.text.length) return null;
  const pinpoint = context.pinpoint(article, start, end);
  return { articleId: article.id, cite: { quote: pinpoint.quote, pinpoint } };
}
