import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Marked } from 'marked';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import type { NotebookApi } from '../../electron/common/api/contract.ts';
import { briefingDocument } from '../../electron/core/briefing/exports.ts';
import { escapeInline } from '../../electron/core/briefing/markdown-escape.ts';
import { formatPartialDate } from '../../electron/core/briefing/dates.ts';
import type { BriefingId } from '../../electron/common/model/briefing.ts';
import { sampleNotebook } from '../support/briefing-notebook.ts';

const XSS = 'See <script>alert(1)</script> and <img src=x onerror=alert(1)> here.';
/** Where the exported files are kept for a person to look at (outside test-results/, which
 * Playwright empties at each run). */
const LOOK = join(tmpdir(), 'dossier-briefing-export');

async function keep(name: string, content: string | Uint8Array): Promise<void> {
  await mkdir(LOOK, { recursive: true });
  await writeFile(join(LOOK, name), content);
}

let root: string;
let service: NotebookService;
let api: NotebookApi;
let briefingId: BriefingId;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-briefing-'));
  ({ service, api } = await sampleNotebook(join(root, 'Sample.dossier')));
  const { id } = await api.createBriefing({ title: 'Blinken, Austin and the State Department' });
  briefingId = id;
  const events = await api.listEvents({});
  const entities = await api.listEntities({});
  const article = (await api.listArticles({})).find((a) => a.source.includes('Harbor Wire'))!;
  const briefing = await api.getBriefing({ id });
  await api.updateBriefing({
    id,
    author: 'A. Analyst',
    date: '2022-07-12',
    classification: 'UNCLASSIFIED // FOR OFFICIAL USE ONLY',
    sections: [
      {
        kind: 'text',
        id: briefing.sections[0]!.id,
        heading: 'Bottom line up front',
        markdown:
          `The secretaries' trip [@event:${events[0]!.id}] set the tone; ${entities[0]!.name} ` +
          `[@entity:${entities[0]!.id}] recurs [@article:${article.id}] [@quote:${article.id}:0-20]. ` +
          `A bad one [@event:zzzzzzzzzzzz] and [@nonsense:1].\n\n${XSS}`,
      },
      ...briefing.sections.slice(1, 3),
      { kind: 'quotes', heading: 'Key quotes', filter: { limit: 8 } },
      { kind: 'profiles', heading: 'Profiles', filter: { types: ['person'], limit: 3 } },
      briefing.sections.find((section) => section.kind === 'sources')!,
    ],
  });
}, 300_000);

afterAll(async () => {
  await service?.close();
  if (root !== undefined) await rm(root, { recursive: true, force: true });
});

/**
 * The Markdown of a brief; the files beside it are the Network's picture (the sample notebook's
 * events tie entities, so a briefing made with the default sections has one).
 */
async function markdownOf(id?: BriefingId): Promise<string> {
  const { files } = await api.exportBriefing({ format: 'md', ...(id && { id }) });
  expect(files.length).toBeLessThanOrEqual(2);
  for (const beside of files.slice(1)) expect(beside.name).toMatch(/^network(-[a-z0-9]+)?\.svg$/);
  expect(files[0]!.encoding).toBe('utf8');
  return files[0]!.content;
}

/** Footnote references and definitions of a Markdown brief. */
function footnotesOf(markdown: string) {
  const definitions = new Map<number, string>();
  for (const match of markdown.matchAll(/^\[\^(\d+)\]: (.*)$/gm))
    definitions.set(Number(match[1]), match[2]!);
  const body = markdown.replace(/^\[\^\d+\]: .*$/gm, '');
  const references = [...body.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1]));
  return { definitions, references };
}

function checkFootnotes(markdown: string, id?: BriefingId) {
  const { definitions, references } = footnotesOf(markdown);
  expect(references.length).toBeGreaterThan(0);
  // Every reference has a definition, every definition is used, numbered by first use.
  expect(new Set(references)).toEqual(new Set(definitions.keys()));
  const firstUse = [...new Set(references)];
  expect(firstUse).toEqual(firstUse.map((_, i) => i + 1));
  // Every footnote is one source article (title, outlet, date, address), or one place in it
  // (the words a quote cites).
  const doc = briefingDocument(service.store, id);
  expect(doc.footnotes.map((f) => f.number)).toEqual([...definitions.keys()].sort((a, b) => a - b));
  const cited = doc.footnotes.map((f) => JSON.stringify([f.article.articleId, f.pinpoint]));
  expect(new Set(cited).size).toBe(cited.length);
  for (const footnote of doc.footnotes) {
    const article = service.store.getArticle(footnote.article.articleId)!;
    expect(article).toBeDefined();
    const line = definitions.get(footnote.number)!;
    expect(line).toContain(escapeInline(article.title));
    if (article.source !== '') expect(line).toContain(escapeInline(article.source));
    expect(line).toContain(formatPartialDate(article.published));
    if (article.url !== '') expect(line).toContain(`<${article.url}>`);
  }
  return doc;
}

describe('the default briefing of the sample notebook', () => {
  it('has its sections, and footnotes that all resolve to source articles', async () => {
    const markdown = await markdownOf();
    await keep('default.md', markdown);
    expect(markdown).toMatch(/^# Sample\n/m);
    for (const heading of ['Key actors', 'Timeline', 'Network', 'Sources'])
      expect(markdown).toContain(`\n## ${heading}\n`);
    // The bottom line is still empty: left out, its hint the editor's placeholder, never words
    // of the brief.
    expect(markdown).not.toContain('Bottom line up front');
    expect(markdown).not.toContain('Summarize the bottom line here.');
    expect(markdown).toMatch(/\n### People\n\n\| Name \|/);
    const doc = checkFootnotes(markdown);
    // The timeline is in date order, undated events last.
    const timeline = doc.sections.find((s) => s.kind === 'timeline');
    if (timeline?.kind !== 'timeline') throw new Error('no timeline');
    const starts = timeline.rows.map((r) => r.range?.start ?? '9999');
    expect(starts).toEqual([...starts].sort());
    expect(timeline.rows.length).toBe((await api.listEvents({})).length);
    // Sources list every article cited, and only those.
    const sources = doc.sections.find((s) => s.kind === 'sources');
    if (sources?.kind !== 'sources') throw new Error('no sources');
    expect(new Set(sources.rows.map((r) => r.article.articleId))).toEqual(
      new Set(doc.footnotes.map((f) => f.article.articleId)),
    );
  });

  it('is byte-identical from one export to the next', async () => {
    const first = await markdownOf();
    expect(await markdownOf()).toBe(first);
    const second = await markdownOf(briefingId);
    expect(await markdownOf(briefingId)).toBe(second);
  });
});

describe('a composed briefing', () => {
  it('cites from the analyst’s text, marks unknown references, and quotes exact words', async () => {
    const markdown = await markdownOf(briefingId);
    await keep('composed.md', markdown);
    expect(markdown).toContain('**UNCLASSIFIED // FOR OFFICIAL USE ONLY**');
    expect(markdown).toContain('*Briefing · 12 July 2022 · Prepared by A. Analyst*');
    for (const heading of ['Key quotes', 'Profiles'])
      expect(markdown).toContain(`\n## ${heading}\n`);
    const doc = checkFootnotes(markdown, briefingId);
    const text = doc.sections[0]!;
    if (text.kind !== 'text') throw new Error('the first section is not text');
    expect(text.parts.filter((p) => p.kind === 'cite')).toHaveLength(4);
    expect(text.parts.filter((p) => p.kind === 'missing')).toHaveLength(2);
    expect(markdown.match(/\*\*\\\[missing reference\\\]\*\*/g)).toHaveLength(2);
    // The citations are footnote references, not text.
    expect(markdown).not.toContain('\\[^');
    expect(markdown).toMatch(/The secretaries' trip \[\^\d+\] set the tone;/);

    const quotes = doc.sections.find((s) => s.kind === 'quotes');
    if (quotes?.kind !== 'quotes') throw new Error('no quotes');
    expect(quotes.quotes.length).toBe(8);
    expect(quotes.quotes[0]!.kind).toBe('highlight');
    for (const quote of quotes.quotes) {
      const article = service.store.getArticle(quote.articleId)!;
      expect(quote.text).toBe(article.text.slice(quote.start, quote.end));
      const firstLine = quote.text
        .split('\n')
        .find((line) => line.trim() !== '')!
        .trim();
      expect(markdown).toContain(`> ${escapeInline(firstLine)}`);
    }

    // The HTML shows the same words in its blockquotes (whitespace aside).
    const { html } = await api.renderBriefing({ id: briefingId });
    const page = new JSDOM(html).window.document;
    const shown = [...page.querySelectorAll('blockquote')].map((q) =>
      [...q.querySelectorAll('p')]
        .slice(0, -1)
        .map((p) => p.textContent)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    expect(shown).toEqual(quotes.quotes.map((q) => q.text.replace(/\s+/g, ' ').trim()));
  });

  it('never runs or exports the analyst’s HTML', async () => {
    const markdown = await markdownOf(briefingId);
    expect(markdown).toContain(
      'See \\<script>alert(1)\\</script> and \\<img src=x onerror=alert(1)> here.',
    );
    const html: string[] = [];
    new Marked().walkTokens(new Marked({ gfm: true }).lexer(markdown), (token) => {
      if (token.type === 'html') html.push(token.raw);
    });
    expect(html).toEqual([]);

    const { html: fragment } = await api.renderBriefing({ id: briefingId });
    const document = new JSDOM(fragment).window.document;
    expect(document.querySelector('script, img, iframe, style')).toBeNull();
    for (const element of document.querySelectorAll('*'))
      for (const attribute of element.attributes) expect(attribute.name).not.toMatch(/^on/i);
    expect(document.body.textContent).toContain(
      'See <script>alert(1)</script> and <img src=x onerror=alert(1)> here.',
    );
  });

  it('prints as a PDF with a title, its sections, page numbers and the handling line', async () => {
    for (const paper of ['a4', 'letter'] as const) {
      const { files } = await api.exportBriefing({ id: briefingId, format: 'pdf', paper });
      expect(files[0]).toMatchObject({
        name: 'blinken-austin-and-the-state-department.pdf',
        mediaType: 'application/pdf',
        encoding: 'base64',
      });
      const bytes = Buffer.from(files[0]!.content, 'base64');
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      await keep(`composed-${paper}.pdf`, bytes);
      const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
      expect(pdf.numPages).toBeGreaterThan(2);
      const pages: string[] = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const content = await (await pdf.getPage(n)).getTextContent();
        pages.push(
          content.items
            .map((item) => (item as TextItem).str)
            .join(' ')
            .replace(/\s+/g, ' '),
        );
      }
      const [width, height] = (await pdf.getPage(1)).view.slice(2);
      // A4 is 595.3 × 841.9 points, Letter 612 × 792.
      expect(Math.abs(width! - (paper === 'a4' ? 595.3 : 612))).toBeLessThan(1.5);
      expect(Math.abs(height! - (paper === 'a4' ? 841.9 : 792))).toBeLessThan(1.5);
      const all = pages.join(' ');
      for (const words of [
        'Blinken, Austin and the State Department',
        'Bottom line up front',
        'Key actors',
        'Timeline',
        'Key quotes',
        'Sources',
        'NOTES',
      ])
        expect(all).toContain(words);
      pages.forEach((text, i) => {
        expect(text).toContain(`Page ${i + 1} of ${pdf.numPages}`);
        expect(text).toContain('UNCLASSIFIED // FOR OFFICIAL USE ONLY');
      });
      expect(all).not.toContain('[^'); // every citation became a footnote
      await pdf.destroy();
    }
  }, 120_000);
});

describe('briefings', () => {
  it('are created, edited and deleted, each step undoable', async () => {
    const before = await api.listBriefings({});
    const { id } = await api.createBriefing({});
    // Not the notebook's title, which the briefing of the whole notebook has (issue 18).
    expect((await api.getBriefing({ id })).title).toBe('Untitled briefing');
    await api.updateBriefing({ id, title: 'Renamed', sections: [] });
    expect(await api.getBriefing({ id })).toMatchObject({ title: 'Renamed', sections: [] });
    await api.undo({});
    // The sample notebook's events tie entities: a network to draw.
    expect((await api.getBriefing({ id })).sections.map((s) => s.kind)).toEqual([
      'text',
      'actors',
      'timeline',
      'network',
      'sources',
    ]);
    await api.deleteBriefing({ id });
    await expect(api.getBriefing({ id })).rejects.toThrow(`No briefing with id ${id}.`);
    await api.undo({});
    await api.undo({});
    expect(await api.listBriefings({})).toEqual(before);
    await expect(api.renderBriefing({ id: 'abcdefabcdef' as BriefingId })).rejects.toThrow(
      'No briefing with id abcdefabcdef.',
    );
  });
});

describe('the JSON export', () => {
  it('imports back losslessly into an empty notebook, and only into an empty one', async () => {
    const { files } = await api.exportBriefing({ format: 'json' });
    const exported = files[0]!.content;
    expect(files[0]!.name).toBe('sample.dossier.json');
    const data = JSON.parse(exported);
    expect(data.articles).toHaveLength(11);
    expect(Object.keys(data.originals).length).toBe(11);

    const copy = await NotebookService.open(join(root, 'Copy.dossier'));
    try {
      await copy.importJson(exported);
      const copyApi = localApi(copy);
      const again = (await copyApi.exportBriefing({ format: 'json' })).files[0]!.content;
      expect(again === exported).toBe(true);
      // The same briefings print the same bytes.
      expect(
        (await copyApi.exportBriefing({ format: 'md', id: briefingId })).files[0]!.content,
      ).toBe(await markdownOf(briefingId));
      await expect(copy.importJson(exported)).rejects.toThrow(/is not empty/);
      // One undo step takes the import back.
      await copyApi.undo({});
      expect(await copyApi.listArticles({})).toEqual([]);
      expect(await copyApi.listEntities({})).toEqual([]);
    } finally {
      await copy.close();
    }
    await expect(service.importJson(exported)).rejects.toThrow(/is not empty/);
  });

  it('refuses a damaged export clearly', async () => {
    const { files } = await api.exportBriefing({ format: 'json' });
    const data = JSON.parse(files[0]!.content);
    const name = Object.keys(data.originals)[0]!;
    data.originals[name].data = Buffer.from('tampered').toString('base64');
    const copy = await NotebookService.open(join(root, 'Damaged.dossier'));
    try {
      await expect(copy.importJson(JSON.stringify(data), 'x.json')).rejects.toThrow(
        `x.json: the original ${name} does not match its sha256`,
      );
      await expect(copy.importJson('{"format":"other"}', 'x.json')).rejects.toThrow(
        'x.json is not a Dossier notebook export.',
      );
    } finally {
      await copy.close();
    }
  });
});

describe('the CSV export', () => {
  it('gives entities, mentions and events', async () => {
    const { files } = await api.exportBriefing({ format: 'csv' });
    expect(files.map((f) => f.name)).toEqual(['entities.csv', 'mentions.csv', 'events.csv']);
    const [entities, mentions, events] = files.map((f) => f.content.replace(/^\uFEFF/, ''));
    expect(entities!.split('\r\n')[0]).toBe(
      'id,name,type,aliases,description,mentions,articles,created_at',
    );
    const entityCount = (await api.listEntities({})).length;
    expect(entities!.trimEnd().split('\r\n')).toHaveLength(entityCount + 1);
    expect(mentions!.split('\r\n')[0]).toMatch(/^article_id,article_title,/);
    expect(events!.split('\r\n')[0]).toMatch(/^id,title,type,date_text,date_start,/);
  });
});
