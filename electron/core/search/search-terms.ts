/** Words too common to search for: about a third of an English text's words, left unindexed. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by for from had has have he her his i in is it its of on or our ' +
    'she that the their them they this to was we were which will with you'
  ).split(' '),
);
/** MiniSearch's tokenizer: words are separated by spaces and punctuation. */
const SEPARATORS = /[\n\r\p{Z}\p{P}]+/u;

/** The words of `text` that are indexed and searched for: lower-cased, without the stop words. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const token of text.split(SEPARATORS)) {
    const term = token.toLowerCase();
    if (term !== '' && !STOP_WORDS.has(term)) terms.push(term);
  }
  return terms;
}
