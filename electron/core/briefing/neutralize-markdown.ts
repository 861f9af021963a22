import { Marked, type Token, type Tokens } from 'marked';
import { isSafeHref } from './link-policy.ts';
import { escapeInline } from './markdown-escape.ts';

const checker = new Marked({ gfm: true });

/**
 * The analyst's own markdown with raw HTML turned into text (`<` escaped outside code),
 * footnote syntax of their own neutralized (footnotes are Dossier's), and links and images
 * made what link-policy.ts allows: the Markdown export shows what the preview and the PDF show.
 */
export function neutralizeMarkdown(markdown: string): string {
  return neutralizeLinks(neutralizeHtml(markdown));
}

/**
 * Raw HTML as text. Fences and code spans are found line by line as marked finds them; where
 * marked reads the text otherwise (a "```a`" line is no fence to it), HTML would remain, and
 * the text is escaped again ignoring fences, then, as a last resort, code spans too (which
 * then show the backslash): never live HTML, and never an entity shown as "&lt;".
 */
function neutralizeHtml(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let fence: string | null = null;
  const out = lines.map((line) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length)
        fence = null;
      return line;
    }
    if (marker !== undefined) {
      fence = marker;
      return line;
    }
    return escapeOutsideCodeSpans(line);
  });
  const result = out.join('\n');
  if (!hasHtml(result)) return result;
  const ignoringFences = lines.map(escapeOutsideCodeSpans).join('\n');
  if (!hasHtml(ignoringFences)) return ignoringFences;
  return lines.map(escapeText).join('\n');
}

/**
 * Links and images as link-policy.ts allows: a link elsewhere than the web, mail or a
 * footnote becomes its text, an image its description. marked finds them; each is replaced
 * where it is in the text, found by walking every token's source in order. Should one still
 * be there after that (marked rewrote the source around it, as in some nested lists), no
 * bracket is left live: every `[` is escaped.
 */
function neutralizeLinks(markdown: string): string {
  let out = '';
  let cursor = 0;
  const replaced = new Set<Token>();
  checker.walkTokens(checker.lexer(markdown), (token: Token) => {
    if (replaced.has(token)) return;
    const refused = isRefused(token);
    // Lists and tables hold their cells and items apart from `tokens`.
    const leaf =
      token.type !== 'list' &&
      token.type !== 'table' &&
      (!('tokens' in token) || token.tokens === undefined || token.tokens.length === 0);
    if (!refused && !leaf) return;
    const at = markdown.indexOf(token.raw, cursor);
    if (at < 0) return;
    const end = at + token.raw.length;
    if (refused) {
      checker.walkTokens((token as Tokens.Link).tokens ?? [], (inner) => void replaced.add(inner));
      const text = (token as Tokens.Link | Tokens.Image).text;
      out +=
        markdown.slice(cursor, at) +
        (token.type === 'image' ? escapeInline(text) : neutralizeLinks(text));
    } else out += markdown.slice(cursor, end);
    cursor = end;
  });
  const result = out + markdown.slice(cursor);
  let left = false;
  checker.walkTokens(checker.lexer(result), (token: Token) => void (left ||= isRefused(token)));
  return left
    ? result.replace(/(\\*)\[/g, (m, slashes: string) =>
        slashes.length % 2 === 1 ? m : `${slashes}\\[`,
      )
    : result;
}

function isRefused(token: Token): boolean {
  return token.type === 'image' || (token.type === 'link' && !isSafeHref(token.href));
}

function escapeOutsideCodeSpans(line: string): string {
  let result = '';
  let i = 0;
  const runAt = (at: number) => {
    let n = 0;
    while (line[at + n] === '`') n++;
    return n;
  };
  /** The next backtick from `at` that can open a code span: one no backslash escapes. */
  const openerFrom = (at: number) => {
    for (let k = line.indexOf('`', at); k >= 0; k = line.indexOf('`', k + runAt(k))) {
      let slashes = 0;
      while (line[k - 1 - slashes] === '\\') slashes++;
      if (slashes % 2 === 0) return k;
    }
    return -1;
  };
  while (i < line.length) {
    const open = openerFrom(i);
    if (open < 0) return result + escapeText(line.slice(i));
    const n = runAt(open);
    let close = -1;
    for (let j = open + n; j < line.length;) {
      const k = line.indexOf('`', j);
      if (k < 0) break;
      const m = runAt(k);
      if (m === n) {
        close = k;
        break;
      }
      j = k + m;
    }
    if (close < 0) {
      result += escapeText(line.slice(i, open + n));
      i = open + n;
    } else {
      result += escapeText(line.slice(i, open)) + line.slice(open, close + n);
      i = close + n;
    }
  }
  return result;
}

function escapeText(text: string): string {
  return text
    .replace(/(\\*)</g, (m, slashes: string) => (slashes.length % 2 === 1 ? m : `${slashes}\\<`))
    .replace(/(\\*)\[\^/g, (m, slashes: string) =>
      slashes.length % 2 === 1 ? m : `${slashes}\\[^`,
    );
}

function hasHtml(markdown: string): boolean {
  let found = false;
  checker.walkTokens(checker.lexer(markdown), (token: Token) => {
    if (token.type === 'html' || token.type === 'tag') found = true;
  });
  return found;
}
