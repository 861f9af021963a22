import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type {
  ActorGroup,
  BriefingDocument,
  DocSection,
  ProfileItem,
  QuoteItem,
} from './briefing-document.ts';
import { formatPartialDate } from './dates.ts';
import type { Paper } from './html.ts';
import { defaultHeading, metaLine, profileFacts, quoteAttribution } from './brief-wording.ts';
import { address, wordFootnotes, type Cite } from './docx-citations.ts';
import type { NetworkImage } from './network-section.ts';
import { networkPng } from './network-png.ts';
import { textBlocks } from './docx-text.ts';

/**
 * The brief as a Word document (docx): Word headings and tables, a real Word footnote for each
 * footnote of the brief, numbered as in the other exports (it holds the full citation; a later
 * citation shows its number, see docx-citations.ts), the Sources table with the notes of each
 * article, the classification line centred in every page's header and footer, and
 * "Page n of m" in the footer. The analyst's text is read by marked, as the other exports
 * read it; raw HTML in it is shown as text.
 */

/** Page size in twentieths of a point. */
const PAGE: Record<Paper, { width: number; height: number }> = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 },
};
const KEEP_WITH_NEXT = { paragraph: { keepNext: true, keepLines: true } };
/** 18 mm, as the PDF's margin. */
const MARGIN = 1020;

export async function briefingDocx(doc: BriefingDocument, paper: Paper): Promise<Uint8Array> {
  const cite = wordFootnotes(doc);
  const body = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    ...(metaLine(doc) === ''
      ? []
      : [new Paragraph({ children: [new TextRun({ text: metaLine(doc), italics: true })] })]),
    ...doc.sections.flatMap((section) => sectionBlocks(section, cite)),
  ];
  const document = new Document({
    title: doc.title,
    creator: doc.author === '' ? 'Dossier' : doc.author,
    styles: {
      default: {
        document: { run: { font: 'Liberation Serif', size: 22 } },
        // A heading stays on the page of what it heads (the network image, a table), never alone at a page's foot.
        heading1: KEEP_WITH_NEXT,
        heading2: KEEP_WITH_NEXT,
        heading3: KEEP_WITH_NEXT,
      },
    },
    numbering: {
      config: [
        {
          reference: 'dossier-numbers',
          levels: [0, 1, 2, 3].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE[paper],
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: doc.classification, bold: true, size: 16 })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  ...(doc.classification === ''
                    ? []
                    : [new TextRun({ text: `${doc.classification} · `, bold: true, size: 16 })]),
                  new TextRun({
                    size: 16,
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

type Block = Paragraph | Table;

function sectionBlocks(section: DocSection, cite: Cite): Block[] {
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [new TextRun(section.heading || defaultHeading(section.kind))],
    }),
    ...sectionBody(section, cite),
  ];
}

function sectionBody(section: DocSection, cite: Cite): Block[] {
  switch (section.kind) {
    case 'text':
      return textBlocks(section.parts, cite);
    case 'actors':
      return section.groups.flatMap((group) => actorGroup(group, cite));
    case 'timeline':
      return [
        table(
          ['Date', 'Event', 'Participants', 'Place', 'Sources'],
          section.rows.map((row) => [
            [new TextRun(row.date)],
            [
              new TextRun(row.title),
              ...(row.certainty === 'confirmed'
                ? []
                : [new TextRun({ text: ` (${row.certainty})`, italics: true })]),
            ],
            [new TextRun(row.participants.join('; '))],
            [new TextRun(row.location)],
            cite(row.refs),
          ]),
          // The title is the longest cell; note numbers and a date need little room.
          [3, 7, 5, 3, 2.5],
        ),
      ];
    case 'quotes':
      return [
        ...section.quotes.flatMap((quote) => quoteBlocks(quote, cite)),
        ...(section.omitted > 0 ? [note(`${section.omitted} more quotes not shown.`)] : []),
      ];
    case 'profiles':
      return [
        ...section.profiles.flatMap((profile) => profileBlocks(profile, cite)),
        ...(section.omitted > 0 ? [note(`${section.omitted} more entities not shown.`)] : []),
      ];
    case 'network':
      return [
        ...(section.image === null ? [] : [picture(section.image)]),
        table(
          ['From', 'Link', 'To', 'Date', 'Sources'],
          section.rows.map((row) => [
            [new TextRun(row.from)],
            [
              new TextRun(
                `${row.kind === 'event' ? 'in the event ' : ''}${row.label}${row.directed ? ' →' : ''}`,
              ),
            ],
            [new TextRun(row.to)],
            [new TextRun(row.date)],
            cite(row.refs),
          ]),
          [4, 6, 4, 3, 2.5],
        ),
        ...(section.omitted > 0 ? [note(`${section.omitted} more links not shown.`)] : []),
      ];
    case 'sources':
      return [
        table(
          ['Notes', 'Date', 'Source', 'Address'],
          section.rows.map((row) => [
            cite(row.refs),
            [new TextRun(formatPartialDate(row.article.published))],
            [
              new TextRun(row.article.title),
              ...(row.article.source === ''
                ? []
                : [new TextRun({ text: ` · ${row.article.source}`, italics: true })]),
            ],
            address(row.article.url),
          ]),
          // A few note numbers and a date: the title and the address take the width.
          [2, 3, 6, 5],
        ),
      ];
  }
}

/** Widest and tallest a picture is drawn, in pixels: inside A4's and Letter's text area. */
const PICTURE_BOX = { width: 600, height: 760 };

/** The network drawn as PNG, shrunk to fit the page, with its description as alternative text. */
function picture(image: NetworkImage): Paragraph {
  const png = networkPng(image.svg);
  const scale = Math.min(1, PICTURE_BOX.width / png.width, PICTURE_BOX.height / png.height);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: 'png',
        data: png.data,
        transformation: {
          width: Math.round(png.width * scale),
          height: Math.round(png.height * scale),
        },
        altText: { name: image.name, title: image.alt, description: image.alt },
      }),
    ],
  });
}

function note(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, italics: true })] });
}

function actorGroup(group: ActorGroup, cite: Cite): Block[] {
  // Columns that would be empty for every row are left out, as in the Markdown.
  const described = group.actors.some((actor) => actor.description.trim() !== '');
  const roles = group.actors.some((actor) => actor.roles !== '');
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(group.label)] }),
    table(
      [
        'Name',
        ...(described ? ['Description'] : []),
        ...(roles ? ['Roles in events'] : []),
        'Mentions',
        'Sources',
      ],
      group.actors.map((actor) => [
        [
          new TextRun(actor.name),
          ...(actor.aliases.length > 0
            ? [new TextRun({ text: ` (also ${actor.aliases.join(', ')})`, italics: true })]
            : []),
        ],
        ...(described ? [[new TextRun(actor.description)]] : []),
        ...(roles ? [[new TextRun(actor.roles)]] : []),
        [
          new TextRun(
            `${actor.mentionCount} in ${actor.articleCount} article${actor.articleCount === 1 ? '' : 's'}`,
          ),
        ],
        cite(actor.refs),
      ]),
      [5, ...(described ? [6] : []), ...(roles ? [5] : []), 3, 2],
    ),
    ...(group.omitted > 0
      ? [note(`${group.omitted} more ${group.label.toLowerCase()} not shown (fewer mentions).`)]
      : []),
  ];
}

function quoteBlocks(quote: QuoteItem, cite: Cite): Paragraph[] {
  const indent = { left: 567, right: 567 };
  const paragraphs = quote.text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(
      (line) =>
        new Paragraph({
          indent,
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: '8899AA', space: 8 } },
          children: [new TextRun(line)],
        }),
    );
  return [
    ...paragraphs,
    new Paragraph({
      indent,
      spacing: { after: 200 },
      children: [
        new TextRun({ text: `— ${quoteAttribution(quote)}`, size: 20 }),
        ...cite(quote.refs),
      ],
    }),
  ];
}

function profileBlocks(profile: ProfileItem, cite: Cite): Paragraph[] {
  const facts = profileFacts(profile);
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(profile.name)] }),
    new Paragraph({
      children: [new TextRun({ text: facts, italics: true }), ...cite(profile.refs)],
    }),
    ...(profile.description.trim() === ''
      ? []
      : [new Paragraph({ children: [new TextRun(profile.description)] })]),
    ...profile.events.map(
      (event) =>
        new Paragraph({
          bullet: { level: 0 },
          children: [new TextRun(`${event.date}: ${event.title}`), ...cite(event.refs)],
        }),
    ),
  ];
}

/** The text's width on A4, the narrower paper, in twentieths of a point. */
const TEXT_WIDTH = PAGE.a4.width - 2 * MARGIN;

/** A table across the page; `shares`: how its width is shared by the columns (else evenly). */
function table(headers: string[], rows: ParagraphChild[][][], shares?: number[]): Table {
  const cell = (children: ParagraphChild[]) =>
    new TableCell({ children: [new Paragraph({ children })] });
  const total = shares?.reduce((sum, share) => sum + share, 0) ?? 0;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(shares && {
      columnWidths: shares.map((share) => Math.round((TEXT_WIDTH * share) / total)),
    }),
    // A row is read whole: one split across a page break cut an event's title in two.
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((header) => cell([new TextRun({ text: header, bold: true })])),
      }),
      ...rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((children) => cell(children)) }),
      ),
    ],
  });
}
