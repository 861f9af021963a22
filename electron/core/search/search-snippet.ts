import { escapeRegExp } from '../regexp-escape.ts';

const SNIPPET_CHARS = 160;

/** About 160 characters of `text` around the first of `terms` it contains. */
export function snippetOf(text: string, terms: string[]): string {
  if (text.trim() === '') return '';
  let at = -1;
  for (const term of terms) {
    // One case-insensitive pass that stops at the first match: texts can be long.
    const match = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(term)}`, 'iu').exec(text);
    if (match !== null && (at === -1 || match.index + match[1]!.length < at)) {
      at = match.index + match[1]!.length;
    }
  }
  if (at === -1) at = 0;
  let start = Math.max(0, at - SNIPPET_CHARS / 3);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space > at ? start : space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > at) end = space;
  }
  const window = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${window}${end < text.length ? '…' : ''}`;
}
