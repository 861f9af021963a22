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

async function docx(paper: 'a4' | 'letter'): Promise<string> {
  const { files } = await api.exportBriefing({ id: briefingId, format: 'docx', paper });
  expect(files).toHaveLength(1);
  expect(files[0]!.name).toBe('blinken-and-austin-in-asia.docx');
  await mkdir(LOOK, { recursive: true });
  const path = join(LOOK, `brief-${paper}.docx`);
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

describe('DOCX export', () => {
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
      // One Word footnote per citation in the brief: as many as the Markdown's references,
      // but for the list of sources (whose footnotes are its reference numbers).
      const sources = /^## Sources\n[\s\S]*?(?=^## |^\*\*|^\[\^\d+\]:)/m;
      expect(markdown).toMatch(sources);
      const references = [...markdown.replace(sources, '').matchAll(/\[\^\d+\](?!:)/g)].length;
      expect(references).toBeGreaterThan(3);
      expect(notes).toHaveLength(references);
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
        data: new Uint8Array(await readFile(join(out, 'brief-letter.pdf'))),
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
