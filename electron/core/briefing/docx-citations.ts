import {
  Bookmark,
  ExternalHyperlink,
  FootnoteReferenceRun,
  Paragraph,
  SimpleField,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { BriefingDocument, Footnote } from './briefing-document.ts';
import { citationText } from './brief-wording.ts';
import { isSafeHref } from './link-policy.ts';

/** Makes the Word footnotes that cite the given footnote numbers of the brief, where they stand. */
export type Cite = (refs: number[]) => ParagraphChild[];

/**
 * One Word footnote per footnote of the brief, at its first citation; a later citation of it is
 * a NOTEREF field to a bookmark on that first mark, so a row citing many sources does not repeat
 * their notes. Word numbers footnotes in the order they appear, which is the order `cite` makes
 * them and the brief's own (it numbers by first citation); the field shows the number Word gave.
 */
export function wordFootnotes(doc: BriefingDocument): Cite {
  const notes = new Map(doc.footnotes.map((note) => [note.number, note]));
  const wordNumbers = new Map<number, number>();
  return (refs) =>
    refs.flatMap((n, i) => {
      const note = notes.get(n);
      if (note === undefined) return [];
      const bookmark = `_DossierNote${n}`;
      const made = wordNumbers.get(n);
      if (made === undefined) wordNumbers.set(n, wordNumbers.size + 1);
      return [
        ...(i > 0 ? [new TextRun({ text: ',', superScript: true })] : []),
        made === undefined
          ? new Bookmark({
              id: bookmark,
              children: [
                new FootnoteReferenceRun({
                  children: [new Paragraph({ children: citation(note) })],
                }),
              ],
            })
          : new NoteReference(bookmark, made),
      ];
    });
}

/** A footnote's number where it is cited again: Word's field, its number as a footnote mark. */
class NoteReference extends SimpleField {
  constructor(bookmark: string, number: number) {
    // \f: formatted as a footnote mark; \h: a link to the note.
    super(`NOTEREF ${bookmark} \\f \\h`);
    this.root.push(new TextRun({ text: String(number), style: 'FootnoteReference' }));
  }
}

/** "Jane Doe, “Title,” Outlet, 16 Mar 2021" with the words cited, and the address as a link. */
function citation(note: Footnote): ParagraphChild[] {
  const url = address(note.article.url);
  return [
    new TextRun(citationText(note.article, note.pinpoint)),
    ...(url.length > 0 ? [new TextRun(' '), ...url] : []),
  ];
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
