/**
 * Escaping: text from the notebook (titles, names, quotes) as Markdown that shows exactly those
 * words and nothing else.
 */

/**
 * Text from the notebook (titles, names, quotes) as Markdown that shows exactly those words:
 * every character Markdown could read as syntax is backslash-escaped, line breaks become spaces.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&');
}

/** Text in a table cell: inline text that cannot end the cell. */
export function escapeCell(text: string): string {
  return escapeInline(text);
}

/** What a line may not start with unless it wants to be a heading, list or quote. */
export function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#>+=-]|\d+[.)])/, (_m, space: string, mark: string) =>
    /^\d/.test(mark) ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`,
  );
}
