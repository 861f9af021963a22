/**
 * A name written in capitals only, as a dateline ("DOHA") or a transcript's speaker ("MR PRICE")
 * prints it, or an acronym ("WHO"): it reads worse as an entity's name or a group's title than
 * the story's own form, and the gazetteer's acronyms match only so written.
 */
export function writtenInCapitals(text: string): boolean {
  return text === text.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(text);
}
