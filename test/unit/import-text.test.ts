import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../electron/core/import/extract.ts';
import { MAX_IMPORT_BYTES } from '../../electron/core/import/file-source.ts';
import { readDateline } from '../../electron/core/import/dateline.ts';
import { normalizeField, normalizeText } from '../../electron/core/import/text.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const samplePath = resolve(repoRoot, 'test/fixtures/articles/wire-2021-03-16-blinken-austin.txt');
const goldPath = resolve(repoRoot, 'test/fixtures/gold/wire-2021-03-16-blinken-austin.json');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function one(name: string, bytes: Uint8Array) {
  const articles = await extractArticles({ name, bytes });
  expect(articles).toHaveLength(1);
  return articles[0]!;
}

describe('the sample wire article', () => {
  it('comes out dated 2021-03-16, datelined Washington, from Harbor Wire / Meridian Press', async () => {
    const article = await one(samplePath, readFileSync(samplePath));
    expect(article.published).toBe('2021-03-16');
    expect(article.dateline).toBe('Washington');
    expect(article.source).toBe('Harbor Wire / Meridian Press');
    expect(article.mediaType).toBe('text/plain');
    expect(article.part).toBe('');
    expect(article.title).toMatch(
      /^US Secretary of State Antony Blinken and Defense Secretary Lloyd Austin embark/,
    );
    expect(article.title.length).toBeLessThanOrEqual(121);
  });

  it('keeps the text as the file has it: the import is the gold text, so gold offsets hold', async () => {
    const raw = readFileSync(samplePath, 'utf8');
    const gold = (JSON.parse(readFileSync(goldPath, 'utf8')) as { text: string }).text;
    const article = await one(samplePath, readFileSync(samplePath));
    expect(article.text).toBe(normalizeText(raw));
    // The gold text is the file byte for byte, "date 2021-03-16 …" prefix included, and the
    // file is already normal: an offset in the gold file is the same offset in the article.
    expect(gold).toBe(raw);
    expect(article.text).toBe(gold);
  });
});

describe('a story under its headline and byline', () => {
  it('takes its date, outlet and place from the dateline, its authors from the byline', async () => {
    const text =
      'Copperline Labs trims its robot fleet as orders slow\n\n' +
      'By Ines Varga and Tom Okafor, Valley Ledger\n\n' +
      'OAKLAND, California, Oct. 14, 2026 (Valley Ledger) - Copperline Labs said on Wednesday ' +
      'it would retire 120 delivery robots.\n\nIts shares fell 4 percent.';
    const article = await one('copperline.txt', utf8(text));
    expect(article.title).toBe('Copperline Labs trims its robot fleet as orders slow');
    expect(article.published).toBe('2026-10-14');
    expect(article.source).toBe('Valley Ledger');
    expect(article.dateline).toBe('Oakland, California');
    expect(article.authors).toEqual(['Ines Varga', 'Tom Okafor']);
    expect(article.text).toBe(text);
  });

  it('reads no dateline out of a heading further down', async () => {
    const text = 'Notes of the week\n\nFACT SHEET: The partnership in numbers.\n\nIt grew.';
    const article = await one('notes.txt', utf8(text));
    expect(article.dateline).toBe('');
    expect(article.published).toBeNull();
  });
});

describe('datelines', () => {
  it.each([
    ['LONDON, March 3 (Reuters) - Shares fell.', 'London', 'Reuters', null],
    ['KYIV, Ukraine (AP) — Sirens sounded.', 'Kyiv, Ukraine', 'AP', null],
    ['PARIS, 12 May 2022 - Talks resumed.', 'Paris', '', '2022-05-12'],
    [
      'NEW YORK (UrduPoint News - 1st April, 2020) Markets rose.',
      'New York',
      'UrduPoint News',
      '2020-04-01',
    ],
  ])('reads %j', (text, place, source, published) => {
    const dateline = readDateline(text);
    expect(dateline).toMatchObject({ place, source, published });
    expect(text.slice(dateline!.end)).toMatch(/^[A-Z][a-z]/);
  });

  it('completes a date without a year from a leading date line', async () => {
    const article = await one(
      'wire.txt',
      utf8('date 2022-03-03\nLONDON, March 3 (Reuters) - Shares fell.'),
    );
    expect(article).toMatchObject({
      published: '2022-03-03',
      dateline: 'London',
      source: 'Reuters',
      title: 'Shares fell.',
    });
  });

  it('finds none in ordinary prose', () => {
    expect(readDateline('US Secretaries of State and Defense met.')).toBeNull();
    expect(readDateline('The NATO summit opened.')).toBeNull();
  });
});

describe('markdown', () => {
  it('becomes plain text with its paragraphs, titled by its first # heading', async () => {
    const md =
      '# Talks &amp; *Deals*\n\nA [link](https://example.org) and **bold** text.\n\n- one\n- two `code`\n\n> quoted\n';
    const article = await one('note.md', utf8(md));
    expect(article.title).toBe('Talks & Deals');
    expect(article.text).toBe(
      'Talks & Deals\n\nA link and bold text.\n\none\n\ntwo code\n\nquoted',
    );
    expect(article.mediaType).toBe('text/markdown');
  });
});

describe('encodings', () => {
  const french =
    'Le ministre a déclaré à Genève : « Nous sommes prêts », a-t-il ajouté. Ça coûte 5 €.';
  const japanese =
    '東京で日米の外相と防衛相が会談し、同盟の強化を確認した。北朝鮮の核問題についても協議した。';

  it('decodes windows-1252', async () => {
    expect((await one('fr.txt', iconv.encode(french, 'windows-1252'))).text).toBe(french);
  });

  it('decodes Shift_JIS', async () => {
    expect((await one('ja.txt', iconv.encode(japanese, 'Shift_JIS'))).text).toBe(japanese);
  });

  it('honours UTF-16 byte order marks', async () => {
    const le = iconv.encode(french, 'utf-16le', { addBOM: true });
    const be = iconv.encode(french, 'utf-16be', { addBOM: true });
    expect((await one('le.txt', le)).text).toBe(french);
    expect((await one('be.txt', be)).text).toBe(french);
  });

  it('honours an HTML meta charset', async () => {
    const page = `<html><head><meta charset="windows-1251"><title>Новости</title></head><body><p>Москва заявила о переговорах в Стамбуле на следующей неделе.</p></body></html>`;
    const article = await one('ru.html', iconv.encode(page, 'windows-1251'));
    expect(article.text).toBe('Москва заявила о переговорах в Стамбуле на следующей неделе.');
  });
});

describe('bad input', () => {
  const fails = (name: string, bytes: Uint8Array) =>
    expect(extractArticles({ name, bytes })).rejects;

  it('refuses an empty file', async () => {
    await fails('empty.txt', new Uint8Array()).toMatchObject({
      code: 'invalid-input',
      message: 'empty.txt is empty',
    });
  });

  it('refuses a file over 50 MB, saying how large it is', async () => {
    const bytes = new Uint8Array(Math.round(61.2 * 1024 * 1024));
    expect(bytes.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    await fails('/some/dir/huge.txt', bytes).toMatchObject({
      code: 'invalid-input',
      message: 'huge.txt is 61.2 MB; the limit is 50 MB',
    });
  });

  it('refuses binary content with a text extension', async () => {
    const bytes = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48,
    ]);
    await fails('image.txt', bytes).toMatchObject({
      message: 'image.txt looks like a binary file, not text',
    });
  });

  it('refuses a file of white space', async () => {
    await fails('blank.txt', utf8(' \n\n \t\n')).toMatchObject({
      message: 'blank.txt contains no text',
    });
  });

  it('refuses an unsupported extension and lists the supported ones', async () => {
    await fails('sheet.xlsx', utf8('x')).toMatchObject({
      message:
        'sheet.xlsx is a .xlsx file; Dossier imports .txt, .md, .markdown, .html, .htm, .xhtml, .pdf, .docx, .rss, .atom, .xml',
    });
  });
});

describe('normalizeField', () => {
  it('puts a comma between a title and a body glued together, and leaves names alone', () => {
    expect(normalizeField('Acting Assistant SecretaryBureau of Near Eastern Affairs')).toBe(
      'Acting Assistant Secretary, Bureau of Near Eastern Affairs',
    );
    expect(normalizeField('Yael  Lempert , Deputy DirectorOffice of the Spokesperson')).toBe(
      'Yael Lempert, Deputy Director, Office of the Spokesperson',
    );
    for (const name of ['Ronald McDonald', 'Douglas MacArthur', 'PostOffice Ltd', 'Home Office']) {
      expect(normalizeField(name)).toBe(name);
    }
  });
});
