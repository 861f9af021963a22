import { namesInS } from './names-in-s.ts';

/**
 * Clean edges for suggested spans: an analyst marks "Biden" in "Biden's", "China" in
 * "China." and "State Department" in "the State Department". Offsets move, the text never.
 */
const POSSESSIVE = /['’]s?$/u;
const TRAILING = /[\s.,;:!?)\]}"'’”»\-–—]+$/u;
const LEADING = /^[\s([{"'‘“«\-–—,;:!?]+/u;
const LEADING_ARTICLE = /^(?:the|The|THE)\s+/u;
/** A date the sentence goes on to after a name: "the Election Commission of India by March". */
const DATE_AFTER =
  /\s+(?:by|on|in|until|since|from|before|after)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

export interface Span {
  start: number;
  end: number;
}

/**
 * Trims punctuation, a possessive 's and a leading article from a span of `text`. A period
 * that closes an abbreviation ("U.S.", "D.C.", "Inc.") is kept: it belongs to the name.
 * Returns null when nothing is left. `keepArticle`: an analyst's own selection keeps a leading
 * "The" ("The Hague"); only a recognizer's span loses it.
 */
export function cleanSpan(
  text: string,
  span: Span,
  options: { keepArticle?: boolean } = {},
): Span | null {
  let { start, end } = span;
  for (let changed = true; changed && end > start;) {
    changed = false;
    const value = text.slice(start, end);
    const possessive = /[\p{L}\p{N}.](['’]s|s['’])$/u.exec(value);
    // "Christie's will hold": a firm's name in 's keeps it.
    if (possessive !== null && !namesInS(text).has(value)) {
      // "Biden's" loses "'s"; "Nicaraguans'" keeps its plural s and loses only the apostrophe.
      end -= possessive[1] === "s'" || possessive[1] === 's’' ? 1 : 2;
      changed = true;
      continue;
    }
    const dateAfter = DATE_AFTER.exec(value);
    if (dateAfter !== null) {
      end -= dateAfter[0].length;
      changed = true;
      continue;
    }
    const trailing = TRAILING.exec(value);
    if (trailing !== null && trailing[0].length > 0) {
      let cut = trailing[0].length;
      // Keep the period of an abbreviation such as "U.S." or "Jr.".
      if (
        trailing[0].startsWith('.') &&
        /(?:^|[\s.])\p{Lu}\.$|\b(?:Jr|Sr|Inc|Ltd|Co|Corp|St)\.$/u.test(
          value.slice(0, value.length - cut + 1),
        )
      ) {
        cut -= 1;
      }
      if (cut > 0) {
        end -= cut;
        changed = true;
      }
    }
  }
  const value = text.slice(start, end);
  const leading =
    LEADING.exec(value) ?? (options.keepArticle === true ? null : LEADING_ARTICLE.exec(value));
  if (leading !== null) start += leading[0].length;
  if (POSSESSIVE.test(text.slice(start, end)) && end - start <= 2) return null;
  return end > start ? { start, end } : null;
}

/** A name as compared with others: edges cleaned, lower case ("Lloyd Austin," = "lloyd austin"). */
export function comparableName(name: string): string {
  const span = cleanSpan(name, { start: 0, end: name.length }, { keepArticle: true });
  return span === null ? '' : name.slice(span.start, span.end).toLowerCase().replace(/\s+/gu, ' ');
}
