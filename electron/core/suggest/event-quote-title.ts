import { MAX_TITLE, type TitleInput } from './event-title-words.ts';

// A statement whose words are quoted before its speaker ("'We will not stop,' Reiss said"): the
// title says what was said, not only that someone spoke.

const REPORTED = /^(?:says|tells|said|told|adds|added|warns|warned|insists|insisted)$/i;
/** Whom it was told, and where: no content of their own. */
const NO_CONTENT = /^(?:reporters|journalists|the|court|a|news|conference|in|\p{Lu}\S*)$/u;
/** The quotation that opens the clause, to its closing mark after a comma or a full stop. */
const OPENING_QUOTE = /^\s*["“]([^"“”]{3,}?)[,.!?]?\s*["”]/u;

/**
 * `title` with the quotation that opens the clause ('Reiss says "We will not stop until the mine
 * is safe"'), when the title is only its speaker and a reporting verb ("Reiss says", "Reiss tells
 * reporters in Leeds"); its first sentence, cut at a word to keep within MAX_TITLE. Null when
 * the clause opens with no quotation or the title already says something.
 */
export function withOpeningQuote(title: string[], input: TitleInput): string[] | null {
  const verb = title.findIndex((w) => REPORTED.test(w));
  if (verb <= 0 || !title.slice(verb + 1).every((w) => NO_CONTENT.test(w))) return null;
  const quote = OPENING_QUOTE.exec(input.text.slice(input.clause.start, input.trigger?.start));
  if (quote === null) return null;
  const words = quote[1]!
    .split(/(?<=[.!?])\s+/u)[0]!
    .replace(/[.!?]$/u, '')
    .split(/\s+/u);
  // "Reiss tells reporters in Leeds": whom it was told stays; the place goes after the quote.
  const place = title.findIndex((w, i) => i > verb && /^in$/i.test(w));
  const lead = title.slice(0, place < 0 ? title.length : place);
  const room = MAX_TITLE - (input.location === null ? 0 : input.location.text.length + 4);
  let said = words;
  while (said.length > 3 && `${lead.join(' ')} "${said.join(' ')}…"`.length > room)
    said = said.slice(0, -1);
  const cut = said.length < words.length ? '…' : '';
  return [...lead, `"${said.join(' ')}${cut}"`];
}
