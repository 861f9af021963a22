import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { NotebookService } from '../../electron/core/service/notebook-service.ts';
import type { NotebookApi } from '../../electron/common/api/contract.ts';
import type { BriefingId } from '../../electron/common/model/briefing.ts';
import { sampleBriefing, sampleNotebook } from '../support/briefing-notebook.ts';

/**
 * The brief as DOCX (issue 19), read back by readers that are not Dossier: pandoc (footnotes
 * must be Word footnotes, headings headings, tables tables) and LibreOffice (it must convert
 * to PDF, with the classification and page numbers on every page). The DOCX and the PDF pages
 * are kept in LOOK for a person to look at.
 */

const LOOK = join(tmpdir(), 'dossier-docx-export');
const PANDOC = '/usr/bin/pandoc';
const SOFFICE = '/usr/bin/soffice';
const MARKING = 'UNCLASSIFIED // FOR OFFICIAL USE ONLY';

let root: string;
let service: NotebookService;
let api: NotebookApi;
let briefingId: BriefingId;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-docx-'));
  ({ service, api } = await sampleNotebook(join(root, 'Sample.dossier')));
  briefingId = await sampleBriefing(
    api,
    { title: 'Blinken and Austin in Asia', classification: MARKING },
    ({ event, wire }) =>
      `The **secretaries'** trip [@event:${event}] set the tone [@article:${wire}].\n\n` +
      '- a point <b>not bold</b>\n- another',
  );
}, 300_000);

afterAll(async () => {
  await service?.close();
  if (root !== undefined) await rm(root, { recursive: true, force: true });
});

/** The briefing `id` exported as DOCX, its file named for its title (`name`), kept in LOOK. */
async function docx(
  paper: 'a4' | 'letter',
  id = briefingId,
  name = 'blinken-and-austin-in-asia',
): Promise<string> {
  const { files } = await api.exportBriefing({ id, format: 'docx', paper });
  expect(files).toHaveLength(1);
  expect(files[0]!.name).toBe(`${name}.docx`);
  await mkdir(LOOK, { recursive: true });
  const path = join(LOOK, `${name}-${paper}.docx`);
  await writeFile(path, Buffer.from(files[0]!.content, 'base64'));
  return path;
}

interface PandocNode {
  t: string;
  c?: unknown;
}

/** Every node of pandoc's JSON AST of type `type`. */
function nodes(tree: unknown, type: string, found: PandocNode[] = []): PandocNode[] {
  if (Array.isArray(tree)) for (const child of tree) nodes(child, type, found);
  else if (tree !== null && typeof tree === 'object') {
    if ((tree as PandocNode).t === type) found.push(tree as PandocNode);
    for (const value of Object.values(tree)) nodes(value, type, found);
  }
  return found;
}

/** The plain words of a pandoc node. */
function words(tree: unknown): string {
  return nodes(tree, 'Str')
    .map((node) => node.c as string)
    .join(' ');
}

/** Markdown or XML as plain text: escapes and tags gone. */
function plain(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The quoted title of a citation: what tells one source from another. */
function citedTitle(citation: string): string {
  return /“([^”]*)”/.exec(plain(citation))?.[1] ?? '';
}

/** A Markdown brief's footnote definitions by number, and the numbers its citations show. */
function markdownNotes(markdown: string) {
  const definitions = new Map(
    [...markdown.matchAll(/^\[\^(\d+)\]: (.*)$/gm)].map((m) => [Number(m[1]), m[2]!]),
  );
  const references = [...markdown.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1]));
  return { definitions, references };
}

interface WordNotes {
  /** How many footnotes the document holds. */
  stored: number;
  /** The numbers the citations of the body show, in order. */
  marks: number[];
  /** The text of each Word footnote, by the number Word gives it. */
  notes: Map<number, string>;
}

/**
 * The footnotes of a DOCX as a reader sees them: Word numbers its footnote marks in order; a
 * NOTEREF field shows the number of the note whose mark its bookmark holds.
 */
async function wordNotes(path: string): Promise<WordNotes> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const document = await zip.file('word/document.xml')!.async('string');
  const footnotes = await zip.file('word/footnotes.xml')!.async('string');
  const texts = new Map<string, string>();
  for (const [, id, body] of footnotes.matchAll(
    /<w:footnote\b[^>]*w:id="(\d+)"[^>]*>(.*?)<\/w:footnote>/gs,
  ))
    texts.set(id!, plain(body!));
  const marks: number[] = [];
  const notes = new Map<number, string>();
  const bookmarked = new Map<string, number>();
  const mark =
    /<w:bookmarkStart\b[^>]*w:name="([^"]+)"[^>]*\/>(?=(?:(?!<w:bookmarkEnd).)*?<w:footnoteReference w:id="(\d+)")|<w:footnoteReference w:id="(\d+)"\/>|<w:fldSimple w:instr="NOTEREF (\S+)[^"]*">(.*?)<\/w:fldSimple>/gs;
  for (const [, bookmark, , id, target, shown] of document.matchAll(mark)) {
    if (bookmark !== undefined) bookmarked.set(bookmark, notes.size + 1);
    else if (id !== undefined) {
      notes.set(notes.size + 1, texts.get(id)!);
      marks.push(notes.size);
    } else {
      // The number the field shows is the one Word would give it.
      expect(plain(shown!)).toBe(String(bookmarked.get(target!)));
      marks.push(Number(plain(shown!)));
    }
  }
  return { stored: [...texts.keys()].filter((id) => Number(id) > 0).length, marks, notes };
}

describe('DOCX export', () => {
  it('has one Word footnote per source, and each citation shows its number as in the Markdown', async () => {
    const { stored, marks, notes } = await wordNotes(await docx('a4'));
    const { definitions, references } = markdownNotes(
      (await api.renderBriefing({ id: briefingId })).markdown,
    );
    // The sample's tables cite the same articles in several rows.
    expect(references.length).toBeGreaterThan(definitions.size);
    expect(stored).toBe(definitions.size);
    expect(notes.size).toBe(definitions.size);
    expect(marks).toEqual(references);
    for (const [n, citation] of definitions) {
      expect(citedTitle(notes.get(n)!)).toBe(citedTitle(citation));
      expect(citedTitle(citation)).not.toBe('');
    }
  });

  it('keeps the footnote of a citation in the words of a link', async () => {
    const id = await sampleBriefing(
      api,
      { title: 'Linked', classification: MARKING },
      ({ wire }) =>
        `See [the wire story [@article:${wire}]](https://example.org/wire), ` +
        `and [again [@article:${wire}]](https://example.org/again).`,
    );
    const { stored, marks } = await wordNotes(await docx('a4', id, 'linked'));
    const { definitions, references } = markdownNotes((await api.renderBriefing({ id })).markdown);
    expect(references.slice(0, 2)).toEqual([1, 1]);
    expect(stored).toBe(definitions.size);
    expect(marks).toEqual(references);
  });

  it('gives the words the width: an event title is wider than its note numbers', async () => {
    const zip = await JSZip.loadAsync(await readFile(await docx('a4')));
    const document = await zip.file('word/document.xml')!.async('string');
    const columns = (header: string): number[] => {
      const tbl = [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)]
        .map((m) => m[0])
        .find((xml) => plain(xml).startsWith(header));
      expect(tbl, header).toBeDefined();
      return [...tbl!.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
    };
    // Date, Event, Participants, Place, Sources.
    const [date, event, participants, place, sources] = columns('DateEventParticipants');
    expect(event).toBe(Math.max(date!, event!, participants!, place!, sources!));
    expect(sources).toBe(Math.min(date!, event!, participants!, place!, sources!));
    expect(event! / sources!).toBeGreaterThanOrEqual(2.5);
    const [name, ...rest] = columns('Name');
    expect(name).toBeGreaterThan(rest.at(-1)!);
  });

  it('never splits a table row across pages, and repeats the header row on each', async () => {
    const zip = await JSZip.loadAsync(await readFile(await docx('a4')));
    const document = await zip.file('word/document.xml')!.async('string');
    const rows = [...document.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0]);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    expect(rows.filter((row) => row.includes('<w:tblHeader/>')).length).toBe(
      [...document.matchAll(/<w:tbl>/g)].length,
    );
  });

  it('keeps every heading on the page of what follows it', async () => {
    const zip = await JSZip.loadAsync(await readFile(await docx('a4')));
    const styles = await zip.file('word/styles.xml')!.async('string');
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`, 's').exec(
        styles,
      )?.[0];
      expect(style).toContain('<w:keepNext/>');
    }
  });

  it('sets the page size and puts the classification and page numbers in header and footer', async () => {
    for (const [paper, width] of [
      ['a4', '11906'],
      ['letter', '12240'],
    ] as const) {
      const zip = await JSZip.loadAsync(await readFile(await docx(paper)));
      const document = await zip.file('word/document.xml')!.async('string');
      expect(document).toContain(`<w:pgSz w:w="${width}"`);
      const header = await zip.file(/word\/header\d*\.xml/)[0]!.async('string');
      const footer = await zip.file(/word\/footer\d*\.xml/)[0]!.async('string');
      expect(header).toContain(MARKING);
      expect(footer).toContain(MARKING);
      expect(footer).toMatch(/PAGE/);
      expect(footer).toMatch(/NUMPAGES/);
    }
  });

  it.skipIf(!existsSync(PANDOC))(
    'is read by pandoc with real footnotes, headings and tables',
    async () => {
      const path = await docx('a4');
      const ast = JSON.parse(
        execFileSync(PANDOC, ['-f', 'docx', '-t', 'json', path], { encoding: 'utf8' }),
      );
      const notes = nodes(ast.blocks, 'Note');
      const { markdown } = await api.renderBriefing({ id: briefingId });
      // One Word footnote per footnote of the brief.
      const definitions = [...markdown.matchAll(/^\[\^\d+\]:/gm)].length;
      expect(definitions).toBeGreaterThan(3);
      expect(notes).toHaveLength(definitions);
      // A note holds the article's citation, with its address.
      const wire = (await api.listArticles({})).find((a) => a.source.includes('Harbor Wire'))!;
      expect(notes.some((note) => words(note).includes('Harbor'))).toBe(true);
      expect(JSON.stringify(notes)).toContain(wire.title.split(' ')[0]);
      const headings = nodes(ast.blocks, 'Header').map(words);
      expect(headings).toContain('Bottom line up front');
      expect(headings).toContain('Timeline');
      expect(nodes(ast.blocks, 'Table').length).toBeGreaterThan(1);
      expect(nodes(ast.blocks, 'Strong').map(words)).toContain("secretaries'");
      // Raw HTML in the analyst's text is text, not formatting.
      expect(JSON.stringify(ast)).toContain('<b>not');
      expect(nodes(ast.blocks, 'BulletList').length).toBeGreaterThan(0);
    },
  );

  it.skipIf(!existsSync(SOFFICE))(
    'converts to PDF in LibreOffice with the marking and “Page n of m” on every page',
    async () => {
      const path = await docx('letter');
      const out = join(LOOK, 'pdf');
      await mkdir(out, { recursive: true });
      execFileSync(
        SOFFICE,
        [
          `-env:UserInstallation=file://${join(root, 'lo-profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          out,
          path,
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const pdf = await getDocument({
        data: new Uint8Array(await readFile(join(out, 'blinken-and-austin-in-asia-letter.pdf'))),
      }).promise;
      expect(pdf.numPages).toBeGreaterThan(1);
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        const [, , width, height] = page.view;
        expect(Math.round(width!)).toBe(612);
        expect(Math.round(height!)).toBe(792);
        const text = (await page.getTextContent()).items
          .map((item) => (item as TextItem).str)
          .join('');
        expect(text.split(MARKING).length - 1).toBeGreaterThanOrEqual(2);
        expect(text).toContain(`Page ${n} of ${pdf.numPages}`);
      }
    },
  );
});
