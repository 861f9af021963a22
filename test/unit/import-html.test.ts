import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticles, type ExtractedArticle } from '../../electron/core/import/extract.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const pages = resolve(repoRoot, 'test/fixtures/state-dept');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function page(file: string): Promise<ExtractedArticle> {
  const [article] = await extractArticles({
    name: resolve(pages, file),
    bytes: readFileSync(resolve(pages, file)),
  });
  return article!;
}

/** Chrome every State Department page carries around its press release. */
const JUNK = [
  'This is an official U.S. Government website',
  'Press Releases',
  ' · ',
  '+0000',
  '<',
  'data-filter',
];

describe('U.S. Department of State press releases', () => {
  it.each([
    [
      'algeria-national-day.html',
      'Algeria National Day',
      '2021-07-05',
      'I extend my best wishes to Algeria for its Independence Day.',
    ],
    [
      '400-million-in-new-u-s-military-assistance-for-ukraine.html',
      '$400 million in New U.S. Military Assistance for Ukraine',
      '2022-07-09',
      'I am authorizing our fifteenth drawdown of arms',
    ],
    [
      'department-press-briefing-may-17-2022.html',
      'Department Press Briefing – May 17, 2022',
      '2022-05-17',
      'MR PRICE: Good afternoon, everyone',
    ],
    [
      'protests-in-iran.html',
      'Protests in Iran',
      '2021-07-28',
      'Protests in Iran that began with a water shortage',
    ],
    [
      'turkeys-conviction-of-osman-kavala.html',
      'Turkey’s Conviction of Osman Kavala',
      '2022-04-26',
      'deeply troubled and disappointed',
    ],
    [
      'japan-u-s-extended-deterrence-dialogue.html',
      'Japan-U.S. Extended Deterrence Dialogue',
      '2022-06-24',
      'Extended Deterrence Dialogue (EDD)',
    ],
    [
      'election-of-pakistan-prime-minister-shehbaz-sharif.html',
      'Election of Pakistan Prime Minister Shehbaz Sharif',
      '2022-04-13',
      'important partner on wide-ranging mutual interests',
    ],
    [
      'azerbaijan-republic-day.html',
      'Azerbaijan Republic Day',
      '2021-05-28',
      'congratulate the people of Azerbaijan',
    ],
    [
      'department-of-state-presence-in-ukraine.html',
      'Department of State Presence in Ukraine',
      '2022-02-22',
      'U.S. Embassy Bulgaria: https://bg.usembassy.gov/u-s-citizen-services/',
    ],
    [
      'secretary-blinkens-call-with-slovak-foreign-minister-korcok.html',
      'Secretary Blinken’s Call with Slovak Foreign Minister Korcok',
      '2022-03-03',
      'The below is attributable to Spokesperson Ned Price:',
    ],
    [
      'u-s-pakistan-health-dialogue-launched-to-deepen-health-sector-cooperation.html',
      'U.S.-Pakistan Health Dialogue Launched to Deepen Health Sector Cooperation',
      '2022-07-25',
      'On Monday, July 25, 2022, the United States and Pakistan',
    ],
    [
      'second-statement-on-russias-war-on-ukraine-international-sport.html',
      'Second Statement on Russia’s War on Ukraine & International Sport',
      null,
      null,
    ],
  ])('%s', async (file, title, published, excerpt) => {
    const files = readdirSync(pages);
    const name = files.includes(file)
      ? file
      : files.find((candidate) => candidate.startsWith(file.slice(0, 40)));
    const article = await page(name!);
    expect(article.title).toBe(title);
    if (published !== null) expect(article.published).toBe(published);
    if (excerpt !== null) expect(article.text).toContain(excerpt);
    expect(article.source).toBe('U.S. Department of State');
    expect(article.language).toBe('en');
    expect(article.url).toMatch(/^https:\/\/www\.state\.gov\//);
    expect(article.mediaType).toBe('text/html');
    for (const junk of JUNK) expect(article.text).not.toContain(junk);
  });

  it('reads all 150 with the page title, date, author and no site chrome', async () => {
    const files = readdirSync(pages).filter((file) => file.endsWith('.html'));
    expect(files).toHaveLength(150);
    for (const file of files) {
      const html = readFileSync(resolve(pages, file), 'utf8');
      const article = await page(file);
      const ogTitle = /property="og:title" content="([^"]*)"/
        .exec(html)?.[1]
        ?.replace(/&amp;/g, '&');
      const date = /article:published_time" content="(\d{4}-\d{2}-\d{2})/.exec(html)?.[1];
      expect(article.title, file).toBe(ogTitle);
      expect(article.title, file).not.toMatch(/United States Department of State$/);
      expect(article.published, file).toBe(date);
      expect(article.authors.length, file).toBe(1);
      expect(article.text.length, file).toBeGreaterThan(100);
      for (const junk of JUNK) expect(article.text, file).not.toContain(junk);
    }
  });

  it('reads each page to the very text it always has (gold offsets and mentions point into it)', async () => {
    // A DOM or Readability change may land only if every byte stays (digest: jsdom 29.1.1's
    // texts, which parse5 into linkedom gives too).
    const digest = createHash('sha256');
    for (const file of readdirSync(pages)
      .filter((name) => name.endsWith('.html'))
      .sort()) {
      digest.update(`${file}\n${(await page(file)).text}\n`);
    }
    expect(digest.digest('hex')).toBe(
      '886c7ee9a1917e1f2439064e64a4acde02fbbce960c4b2ca65e4fac5ef01d0c3',
    );
  });
});

describe('web pages in general', () => {
  const saved = `<!doctype html><html lang="fr"><head>
    <title>Un sommet à Bruxelles | Le Quotidien</title>
    <script>window.tracker = 'Skip to content';</script>
    <style>body { color: red }</style>
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"ignored"},
      {"@type":"NewsArticle","headline":"Un sommet à Bruxelles","datePublished":"2022-06-23T22:30:00-05:00",
       "author":[{"@type":"Person","name":"Marie Dupont"},{"@type":"Person","name":"Jean Martin"}],
       "publisher":{"@type":"Organization","name":"Le Quotidien"}}]}</script>
    <link rel="canonical" href="https://example.org/sommet">
    </head><body>
    <a href="#main">Skip to content</a>
    <header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li></ul></nav></header>
    <main><article>
      <h1>Un sommet à Bruxelles</h1>
      <p>Les dirigeants européens se sont réunis jeudi à Bruxelles pour discuter de l'élargissement de l'Union et de l'aide à l'Ukraine.</p>
      <p>Les discussions ont duré plus de dix heures, selon plusieurs diplomates présents, et se poursuivront vendredi matin.</p>
      <img src="https://tracker.example/pixel.gif" width="1" height="1" alt="tracking pixel">
      <ul><li>Premier point : l'élargissement.</li><li>Second point : l'aide militaire et financière.</li></ul>
      <div class="share"><button>Partager</button></div>
    </article></main>
    <footer><p>© Le Quotidien — Mentions légales</p></footer>
    <script>document.write('injected')</script>
    </body></html>`;

  it('reads a page without its <html>, <head> and <body> tags as a browser would', async () => {
    // Tags a browser implies: a DOM that does not imply them reads the title as the whole page.
    const bare =
      '<!doctype html><title>Talks in Vienna</title><h1>Talks in Vienna</h1>' +
      '<p>Negotiators met in Vienna on Monday for a third round of talks on the nuclear deal, officials said.</p>';
    const [article] = await extractArticles({ name: 'bare.html', bytes: utf8(bare) });
    expect(article).toMatchObject({ title: 'Talks in Vienna' });
    expect(article!.text).toContain('Negotiators met in Vienna on Monday');
  });

  it('takes JSON-LD metadata and only the article text, never running the scripts', async () => {
    const [article] = await extractArticles({ name: 'sommet.htm', bytes: utf8(saved) });
    expect(article).toMatchObject({
      title: 'Un sommet à Bruxelles',
      source: 'Le Quotidien',
      authors: ['Marie Dupont', 'Jean Martin'],
      published: '2022-06-23', // the publisher's calendar day, not UTC's
      url: 'https://example.org/sommet',
      language: 'fr',
    });
    expect(article!.text).toContain('Les dirigeants européens se sont réunis jeudi à Bruxelles');
    expect(article!.text).toContain("Second point : l'aide militaire et financière.");
    for (const junk of [
      'Skip to content',
      'Accueil',
      'Partager',
      'Mentions légales',
      'injected',
      'tracking',
      'color: red',
    ]) {
      expect(article!.text).not.toContain(junk);
    }
  });

  it('refuses a page with no article text', async () => {
    const broken =
      '<html><head><title>x</title><script>var a = "<p>not text</p>";</script></head><body><nav>Home</nav><div><img src=x>';
    await expect(
      extractArticles({ name: 'broken.html', bytes: utf8(broken) }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'broken.html contains no article text',
    });
  });
});
