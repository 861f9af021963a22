import { lstat, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import JSZip from 'jszip';
import { Marked } from 'marked';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { formatDateRange, formatPartialDate } from '../../electron/core/briefing/dates.ts';
import { escapeInline } from '../../electron/core/briefing/markdown-escape.ts';
import { neutralizeMarkdown } from '../../electron/core/briefing/neutralize-markdown.ts';
import { createMarked } from '../../electron/core/briefing/html.ts';
import { csvCell, csvTable } from '../../electron/core/briefing/csv.ts';
import { writeExportFiles } from '../../electron/core/briefing/export-target.ts';
import { fileSlug } from '../../electron/core/briefing/exports.ts';
import { citationText } from '../../electron/core/briefing/brief-wording.ts';
import type { SourceArticle } from '../../electron/core/briefing/briefing-document.ts';
import type { ArticleId } from '../../electron/common/model/ids.ts';
import { tempFolder } from '../support/temp-folder.ts';
import { runCliInProcess } from '../support/cli.ts';

describe('dates in a brief', () => {
  it('show the precision they have, and no more', () => {
    const range = (
      start: string,
      end: string,
      precision: 'day' | 'month' | 'year' | 'approximate',
    ) => formatDateRange({ text: '', start, end, precision });
    expect(range('2021-03-16', '2021-03-16', 'day')).toBe('16 Mar 2021');
    expect(range('2021-03-16', '2021-03-17', 'day')).toBe('16–17 Mar 2021');
    expect(range('2021-03-30', '2021-04-02', 'day')).toBe('30 Mar – 2 Apr 2021');
    expect(range('2021-12-30', '2022-01-02', 'day')).toBe('30 Dec 2021 – 2 Jan 2022');
    expect(range('2021-03-01', '2021-03-31', 'month')).toBe('Mar 2021');
    expect(range('2021-01-01', '2021-12-31', 'year')).toBe('2021');
    expect(range('2021-03-01', '2021-03-31', 'approximate')).toBe('c. Mar 2021');
    expect(range('2021-03-15', '2021-03-21', 'approximate')).toBe('c. 15–21 Mar 2021');
    expect(range('2021-01-01', '2021-12-31', 'approximate')).toBe('c. 2021');
    expect(formatDateRange(null)).toBe('Undated');
    expect(formatPartialDate('2021-03')).toBe('Mar 2021');
    expect(formatPartialDate(null)).toBe('n.d.');
  });
});

describe('Markdown escaping', () => {
  it('shows notebook text exactly, never as syntax', () => {
    expect(escapeInline('a|b *c* [d](e) <b> `x` &amp;')).toBe(
      'a\\|b \\*c\\* \\[d\\](e) \\<b\\> \\`x\\` \\&amp;',
    );
  });

  it('turns the analyst’s HTML into text, outside code only', () => {
    expect(neutralizeMarkdown('Hi <b>x</b> `<i>` \\<u>')).toBe('Hi \\<b>x\\</b> `<i>` \\<u>');
    expect(neutralizeMarkdown('```\n<script>\n```\n<script>')).toBe(
      '```\n<script>\n```\n\\<script>',
    );
    expect(neutralizeMarkdown('own footnote[^1]')).toBe('own footnote\\[^1]');
  });
});

describe('the Markdown export of the analyst’s text', () => {
  const plain = new Marked({ gfm: true });
  const rendered = (markdown: string) =>
    new JSDOM(plain.parse(markdown, { async: false })).window.document;

  it('keeps links and images only as the HTML renderer does, whatever reads the file', () => {
    const hostile = [
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c]( javascript:alert(1))',
      '[e](data:text/html,x) [f](vbscript:msgbox) [g](file:///etc/passwd) [h](//evil.example/x)',
      '[ref][r]\n\n[r]: javascript:alert(1)',
      '![pixel](http://evil.example/p.png "t") ![x](javascript:alert(1)) [![i](https://e.example/i.png)](javascript:x)',
      '- a list [l](data:text/html,x)\n  - nested ![n](https://e.example/n.png)',
      '| cell |\n| --- |\n| [t](vbscript:y) ![u](https://e.example/u.png) |',
      '> [q](javascript:z) `[code](javascript:stays-code)`',
      '[ok](https://example.org/a) www.example.org [note](#footnote-1) [mail](mailto:a@example.org)',
    ].join('\n\n');
    // A Markdown viewer with no policy of its own, and Dossier's HTML renderer, show the same.
    const exported = rendered(neutralizeMarkdown(hostile));
    const preview = new JSDOM(createMarked().parse(hostile, { async: false })).window.document;
    const hrefs = (document: Document) =>
      [...document.querySelectorAll('[href]')].map((element) => element.getAttribute('href'));
    expect(exported.querySelector('img')).toBeNull();
    expect(hrefs(exported)).toEqual([
      'https://example.org/a',
      'http://www.example.org',
      '#footnote-1',
      'mailto:a@example.org',
    ]);
    expect(hrefs(exported)).toEqual(hrefs(preview));
    // What was refused is there to read, as in the preview.
    for (const words of ['a b c', 'pixel', 'nested n', 'ref', 'javascript:stays-code'])
      expect(exported.body.textContent).toContain(words);
  });

  it('escapes raw HTML once, even where marked reads fences and code differently', () => {
    for (const text of [
      'Use `x < y` here.\n\n```a`\n<b>bold</b> and 1 < 2',
      'An escaped tick \\`<b>\\` and `x < y`',
    ]) {
      const markdown = neutralizeMarkdown(text);
      expect(markdown).not.toContain('&lt;');
      const document = rendered(markdown);
      expect(document.querySelector('b')).toBeNull();
      expect(document.body.textContent).toContain('<b>');
      expect(document.querySelector('code')?.textContent).toBe('x < y');
    }
  });
});

describe('the brief’s HTML renderer', () => {
  it('makes no element, attribute or address from Markdown beyond its own', () => {
    // Through neutralizeMarkdown's second wall: what reaches marked even if text were not
    // neutralized (generated sections escape their text; the analyst's is neutralized).
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)> <svg onload=alert(1)>',
      '<div style="x" onclick="alert(1)">block</div>',
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c]( javascript:alert(1))',
      '[d](&#106;avascript:alert(1)) [e](data:text/html,<script>alert(1)</script>)',
      '[f](vbscript:msgbox) [g](file:///etc/passwd) [h](//evil.example/x)',
      '<javascript:alert(1)> <data:text/html,x>',
      '[ref][r]\n\n[r]: javascript:alert(1)',
      '![pixel](http://evil.example/p.png "t") ![x](javascript:alert(1))',
      '[ok](https://example.org/a?b=1&c="2") <https://example.org> www.example.org x@example.org',
      '[note](#footnote-1) [mail](mailto:a@example.org)',
    ].join('\n\n');
    const html = createMarked().parse(hostile, { async: false });
    const document = new JSDOM(html).window.document;
    expect(document.querySelector('script, img, svg, iframe, style, div')).toBeNull();
    const hrefs: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(['href', 'title', 'id', 'class', 'data-footnote-ref', 'aria-describedby']).toContain(
          attribute.name,
        );
      }
      if (element.hasAttribute('href')) hrefs.push(element.getAttribute('href')!);
    }
    expect(hrefs).toEqual([
      'https://example.org/a?b=1&c=%222%22',
      'https://example.org',
      'http://www.example.org',
      'mailto:x@example.org',
      '#footnote-1',
      'mailto:a@example.org',
    ]);
    // What was refused is still there to read, as text.
    expect(document.body.textContent).toContain('<script>alert(1)</script>');
    expect(document.body.textContent).toContain('pixel');
  });
});

describe('CSV', () => {
  it('quotes as RFC 4180 says and never starts a cell with a formula', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)'])
      expect(csvCell(formula)).toBe(`'${formula}`);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvTable(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
  });
});

describe('writing an export', () => {
  it('stays in the chosen folder: no missing folder, no symbolic link, no silent overwrite', async () => {
    const root = await tempFolder();
    const out = join(root, 'out');
    await mkdir(out);
    const file = { name: 'brief.md', content: 'one' };
    await expect(writeExportFiles(join(root, 'missing'), [file])).rejects.toThrow(
      `The folder ${join(root, 'missing')} does not exist.`,
    );
    await writeExportFiles(out, [file]);
    expect(await readFile(join(out, 'brief.md'), 'utf8')).toBe('one');
    await expect(
      writeExportFiles(out, [{ ...file, content: 'two' }], { overwriteHint: 'use --force' }),
    ).rejects.toThrow(`${join(out, 'brief.md')} already exists; use --force to replace it.`);
    await writeExportFiles(out, [{ ...file, content: 'two' }], { overwrite: true });
    expect(await readFile(join(out, 'brief.md'), 'utf8')).toBe('two');

    const outside = join(root, 'outside.txt');
    await writeFile(outside, 'keep');
    await symlink(outside, join(out, 'link.md'));
    await expect(
      writeExportFiles(out, [{ name: 'link.md', content: 'x' }], { overwrite: true }),
    ).rejects.toThrow(/is a symbolic link/);
    expect(await readFile(outside, 'utf8')).toBe('keep');
    expect((await lstat(join(out, 'link.md'))).isSymbolicLink()).toBe(true);
    await expect(writeExportFiles(out, [{ name: '../x.md', content: 'x' }])).rejects.toThrow(
      'is not a file name',
    );
    expect(fileSlug('Blinken’s trip: Asia 2021')).toBe('blinkens-trip-asia-2021');
  });
});

describe('an empty notebook', () => {
  it('gives a brief with no empty sections, and says which it left out', async () => {
    const service = await NotebookService.open(join(await tempFolder(), 'Empty.dossier'));
    const api = localApi(service);
    try {
      const { markdown, html, sections, leftOut } = await api.renderBriefing({});
      // A reader's brief has no section that only tells the analyst what to do.
      expect(markdown).toBe('# Empty\n\n*Briefing*\n\n');
      const document = new JSDOM(html).window.document;
      expect(document.querySelector('h1')?.textContent).toBe('Empty');
      expect(document.querySelectorAll('h2')).toHaveLength(0);
      expect(leftOut).toEqual(sections.map((section) => section.id));
      const { files: word } = await api.exportBriefing({ format: 'docx' });
      const zip = await JSZip.loadAsync(Buffer.from(word[0]!.content, 'base64'));
      const body = await zip.file('word/document.xml')!.async('string');
      expect(body).toContain('Empty');
      for (const words of ['Bottom line up front', 'Key actors', 'empty', 'yet'])
        expect(body).not.toContain(words);
      const { files } = await api.exportBriefing({ format: 'csv' });
      expect(files.map((f) => f.content.split('\r\n').length)).toEqual([2, 2, 2]);
    } finally {
      await service.close();
    }
  });
});

describe('dossier export and import-json', () => {
  it('write files, and refuse bad input with one clear line', async () => {
    const root = await tempFolder();
    const notebook = join(root, 'Trip.dossier');
    const text = join(root, 'a.txt');
    await writeFile(text, 'Antony Blinken met Lloyd Austin in Tokyo on March 16-17.\n');
    expect(
      (
        await runCliInProcess([
          '--notebook',
          notebook,
          'add-text',
          '--title',
          'Trip',
          '--file',
          text,
        ])
      ).code,
    ).toBe(0);
    const out = join(root, 'out');
    await mkdir(out);
    const exportCli = (args: string[]) =>
      runCliInProcess(['--notebook', notebook, 'export', ...args]);
    const ok = await exportCli(['--format', 'md', '--out', join(out, 'b.md')]);
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(await readFile(join(out, 'b.md'), 'utf8')).toMatch(/^# Trip\n/);

    const refused = async (args: string[], message: string | RegExp) => {
      const result = await exportCli(args);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    };
    await refused(
      ['--format', 'md', '--out', join(out, 'b.md')],
      'already exists; use --force to replace it',
    );
    expect((await exportCli(['--format', 'md', '--out', join(out, 'b.md'), '--force'])).code).toBe(
      0,
    );
    await refused(['--format', 'md', '--out', join(root, 'missing', 'b.md')], 'does not exist');
    await refused(['--format', 'odt', '--out', join(out, 'b.odt')], 'Unknown format “odt”');
    await refused(
      ['--format', 'md', '--out', join(out, 'c.md'), '--briefing', 'abcdefabcdef'],
      'No briefing with id abcdefabcdef.',
    );
    await symlink(join(root, 'a.txt'), join(out, 'evil.md'));
    await refused(
      ['--format', 'md', '--out', join(out, 'evil.md'), '--force'],
      'is a symbolic link',
    );
    expect(await readFile(text, 'utf8')).toMatch(/^Antony/);

    expect((await exportCli(['--format', 'csv', '--out', out])).code).toBe(0);
    expect((await exportCli(['--format', 'json', '--out', join(out, 'nb.json')])).code).toBe(0);
    const copy = await runCliInProcess([
      '--notebook',
      join(root, 'Copy.dossier'),
      'import-json',
      join(out, 'nb.json'),
    ]);
    expect(copy).toMatchObject({ code: 0, stdout: expect.stringContaining('imported 1 article') });
    const again = await runCliInProcess([
      '--notebook',
      notebook,
      'import-json',
      join(out, 'nb.json'),
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/is not empty/);
  }, 120_000);
});

describe('highlights to cite', () => {
  it('are listed with their article, in reading order, and cite their article', async () => {
    const service = await NotebookService.open(join(await tempFolder(), 'Quotes.dossier'));
    const api = localApi(service);
    try {
      expect(await api.listHighlights({})).toEqual([]);
      const text = 'Blinken met Austin in Tokyo. They reaffirmed the alliance. Talks went on.';
      const { id } = await api.addText({ title: 'Tokyo talks', text });
      const mark = (words: string, comment: string) => {
        const start = text.indexOf(words);
        return api.addHighlight({
          articleId: id,
          start,
          end: start + words.length,
          quote: words,
          comment,
        });
      };
      await mark('Talks went on.', '');
      await mark('They reaffirmed the alliance.', 'The point of the trip.');
      const highlights = await api.listHighlights({});
      expect(highlights.map((h) => [h.articleTitle, h.quote, h.comment])).toEqual([
        ['Tokyo talks', 'They reaffirmed the alliance.', 'The point of the trip.'],
        ['Tokyo talks', 'Talks went on.', ''],
      ]);
      const [first] = highlights;
      const { id: briefingId } = await api.createBriefing({});
      await api.updateBriefing({
        id: briefingId,
        sections: [
          {
            kind: 'text',
            heading: 'Summary',
            markdown: `Allies [@quote:${first!.articleId}:${first!.start}-${first!.end}].`,
          },
        ],
      });
      const { markdown } = await api.renderBriefing({ id: briefingId });
      // The quote's words where it is cited, and a footnote that points at them.
      expect(markdown).toContain('Allies “They reaffirmed the alliance.”[^1].');
      expect(markdown).toContain(
        '[^1]: “Tokyo talks,” n.d., para. 1: “They reaffirmed the alliance.”',
      );
      await expect(api.listHighlights({ all: true } as never)).rejects.toThrow(/all/);
    } finally {
      await service.close();
    }
  });
});

describe('a citation in a footnote', () => {
  const article: SourceArticle = {
    articleId: 'aaaaaaaaaaaa' as ArticleId,
    title: 'Halvard Systems cuts 400 jobs',
    source: 'Tech Ledger',
    outlet: 'Tech Ledger',
    grade: null,
    authors: [],
    published: null,
    url: '',
  };

  it('never doubles its punctuation', () => {
    expect(citationText(article)).toBe('“Halvard Systems cuts 400 jobs,” Tech Ledger, n.d.');
    expect(citationText({ ...article, title: 'Who cut 400 jobs?', published: '2026-10' })).toBe(
      '“Who cut 400 jobs?” Tech Ledger, Oct 2026.',
    );
    const pinpoint = { paragraph: 2, quote: 'cuts 400 jobs', credibility: null };
    expect(citationText(article, pinpoint)).toBe(
      '“Halvard Systems cuts 400 jobs,” Tech Ledger, n.d., para. 2: “cuts 400 jobs”',
    );
  });
});
