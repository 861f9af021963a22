/**
 * A name written in capitals only, as a dateline ("DOHA") or a transcript's speaker ("MR PRICE")
 * prints it: it reads worse as an entity's name or a group's title than the story's own form.
 */
export function writtenInCapitals(text: string): boolean {
  return text === text.toLocaleUpperCase() && /\p{Lu}.*\p{Lu}/u.test(text);
}
