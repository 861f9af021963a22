import {
  ExternalHyperlink,
  FootnoteReferenceRun,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { BriefingDocument, SourceArticle } from './briefing-document.ts';
import { citationText } from './brief-wording.ts';
import { isSafeHref } from './link-policy.ts';

/** Makes the Word footnotes that cite the given footnote numbers of the brief, where they stand. */
export type Cite = (refs: number[]) => ParagraphChild[];

/**
 * Word numbers footnotes in the order they appear, which is the order `cite` makes them: an
 * article's first note holds its full citation, later ones point back to it.
 */
export function wordFootnotes(doc: BriefingDocument): Cite {
  const notes = new Map(doc.footnotes.map((note) => [note.number, note.article]));
  const firstNote = new Map<number, number>();
  let made = 0;
  return (refs) =>
    refs.flatMap((n, i) => {
      const article = notes.get(n);
      if (article === undefined) return [];
      made++;
      const first = firstNote.get(n);
      if (first === undefined) firstNote.set(n, made);
      const text =
        first === undefined
          ? citation(article)
          : [new TextRun(`${shortCitation(article)}, n. ${first}.`)];
      return [
        ...(i > 0 ? [new TextRun({ text: ',', superScript: true })] : []),
        new FootnoteReferenceRun({ children: [new Paragraph({ children: text })] }),
      ];
    });
}

/** "Jane Doe, “Title,” Outlet, 16 Mar 2021." and the address as a link. */
function citation(article: SourceArticle): ParagraphChild[] {
  const url = address(article.url);
  return [
    new TextRun(citationText(article)),
    ...(url.length > 0 ? [new TextRun(' '), ...url] : []),
  ];
}

/** "Outlet, “Title”" (the title cut to eight words), for a second note on an article. */
function shortCitation(article: SourceArticle): string {
  const words = article.title.split(/\s+/);
  const title = words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : article.title;
  return article.source === '' ? `“${title}”` : `${article.source}, “${title}”`;
}

export function address(url: string): ParagraphChild[] {
  if (url === '') return [];
  return isSafeHref(url) && /^https?:/i.test(url)
    ? [
        new ExternalHyperlink({
          link: url,
          children: [new TextRun({ text: url, style: 'Hyperlink' })],
        }),
      ]
    : [new TextRun(url)];
}
