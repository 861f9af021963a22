import {
  Bookmark,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { Marked, type Token, type Tokens } from 'marked';
import type { TextPart } from './briefing-document.ts';
import type { Cite } from './docx-citations.ts';
import { isSafeHref } from './link-policy.ts';

const lexer = new Marked({ gfm: true });

interface InlineStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
}

/**
 * The analyst's Markdown as Word paragraphs. Each citation is held by a private-use placeholder
 * while marked reads the text, and becomes footnote references where it stood.
 */
export function textBlocks(parts: TextPart[], cite: Cite): Paragraph[] {
  const inserts: TextPart[] = [];
  let markdown = '';
  for (const part of parts) {
    if (part.kind === 'text') markdown += part.text.replace(/[\uE000\uE001]/g, '');
    else {
      markdown += `\uE000${inserts.length}\uE001`;
      inserts.push(part);
    }
  }
  const inline = (tokens: Token[] | undefined, style: InlineStyle = {}): ParagraphChild[] =>
    (tokens ?? []).flatMap((token) => inlineRuns(token, style));
  const inlineRuns = (token: Token, style: InlineStyle): ParagraphChild[] => {
    switch (token.type) {
      case 'strong':
        return inline((token as Tokens.Strong).tokens, { ...style, bold: true });
      case 'em':
        return inline((token as Tokens.Em).tokens, { ...style, italics: true });
      case 'del':
        return inline((token as Tokens.Del).tokens, { ...style, strike: true });
      case 'codespan':
        return textRuns((token as Tokens.Codespan).text, { ...style, code: true });
      case 'br':
        return [new TextRun({ text: '', break: 1 })];
      case 'link': {
        const link = token as Tokens.Link;
        const runs = inline(link.tokens, style);
        return isSafeHref(link.href) && /^(https?|mailto):/i.test(link.href)
          ? hyperlink(link.href, runs)
          : runs;
      }
      case 'image':
        return textRuns((token as Tokens.Image).text, style);
      case 'text':
        return 'tokens' in token && token.tokens !== undefined && token.tokens.length > 0
          ? inline(token.tokens, style)
          : textRuns((token as Tokens.Text).text, style);
      case 'escape':
        return textRuns((token as Tokens.Escape).text, style);
      default:
        return textRuns(token.raw, style);
    }
  };
  /** Text with the placeholders turned into footnote references (or the missing marker). */
  const textRuns = (text: string, style: InlineStyle): ParagraphChild[] =>
    text.split(/\uE000(\d+)\uE001/).flatMap((piece, i) => {
      if (i % 2 === 0) return piece === '' ? [] : [run(piece, style)];
      const part = inserts[Number(piece)]!;
      return part.kind === 'cite'
        ? cite(part.refs)
        : [new TextRun({ text: '[missing reference]', bold: true })];
    });
  const blocks = (tokens: Token[], depth = 0, quote = false): Paragraph[] =>
    tokens.flatMap((token): Paragraph[] => {
      const base = quote ? { indent: { left: 567 } } : {};
      switch (token.type) {
        case 'space':
          return [];
        case 'heading': {
          const heading = token as Tokens.Heading;
          return [
            new Paragraph({
              heading: heading.depth <= 1 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
              children: inline(heading.tokens),
            }),
          ];
        }
        case 'paragraph':
          return [new Paragraph({ ...base, children: inline((token as Tokens.Paragraph).tokens) })];
        case 'blockquote':
          return blocks((token as Tokens.Blockquote).tokens, depth, true);
        case 'list': {
          const list = token as Tokens.List;
          return list.items.flatMap((item) =>
            item.tokens.flatMap((child) =>
              child.type === 'list'
                ? blocks([child], depth + 1, quote)
                : [
                    new Paragraph({
                      ...base,
                      ...(list.ordered
                        ? { numbering: { reference: 'dossier-numbers', level: depth } }
                        : { bullet: { level: depth } }),
                      children:
                        'tokens' in child && child.tokens !== undefined
                          ? inline(child.tokens)
                          : textRuns(child.raw, {}),
                    }),
                  ],
            ),
          );
        }
        case 'code':
          return (token as Tokens.Code).text
            .split('\n')
            .map((line) => new Paragraph({ ...base, children: textRuns(line, { code: true }) }));
        case 'hr':
          return [
            new Paragraph({
              border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } },
              children: [],
            }),
          ];
        default:
          return [new Paragraph({ ...base, children: textRuns(token.raw.trim(), {}) })];
      }
    });
  return blocks(lexer.lexer(markdown));
}

/**
 * A link to the web. A footnote's first mark is bookmarked (docx-citations.ts) and a bookmark
 * cannot be written inside a hyperlink, so the link is cut around the marks it holds.
 */
function hyperlink(link: string, runs: ParagraphChild[]): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  let linked: ParagraphChild[] = [];
  const close = () => {
    if (linked.length > 0) children.push(new ExternalHyperlink({ link, children: linked }));
    linked = [];
  };
  for (const child of runs) {
    if (child instanceof Bookmark) {
      close();
      children.push(child);
    } else linked.push(child);
  }
  close();
  return children;
}

function run(text: string, style: InlineStyle): TextRun {
  return new TextRun({
    text,
    ...(style.bold && { bold: true }),
    ...(style.italics && { italics: true }),
    ...(style.strike && { strike: true }),
    ...(style.code && { font: 'Liberation Mono' }),
  });
}
