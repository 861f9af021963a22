import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../electron/core/import/extract.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const feedPath = resolve(repoRoot, 'test/fixtures/feeds/state-dept-press-releases-2022-08-03.rss');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('RSS', () => {
  it('makes one article per item of the State Department feed, without its scripts', async () => {
    const items = await extractArticles({ name: feedPath, bytes: readFileSync(feedPath) });
    expect(items).toHaveLength(10);
    const [first] = items;
    expect(first).toMatchObject({
      title: 'Art in Embassies Announces New Temporary Exhibitions for Chief of Mission Residences',
      url: 'https://www.state.gov/art-in-embassies-announces-new-temporary-exhibitions-for-chief-of-mission-residences/',
      published: '2022-08-03',
      authors: ['Office of the Spokesperson'],
      source: 'Press Releases – United States Department of State',
      language: 'en-US',
      mediaType: 'application/rss+xml',
      part: 'item 1 of state-dept-press-releases-2022-08-03.rss',
    });
    expect(first!.text).toMatch(
      /^Office of the Spokesperson\n\nArt in Embassies \(AIE\) recently completed/,
    );
    for (const item of items) {
      expect(item.text).not.toMatch(/jQuery|addEventListener|<\/?p>/);
      expect(item.published).toMatch(/^2022-0[78]-\d\d$/);
    }
    expect(items[2]!.part).toBe('item 3 of state-dept-press-releases-2022-08-03.rss');
  });

  it('refuses broken XML, naming the line', async () => {
    const broken =
      '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<title>x</title>\n<item><title>a</item>\n</channel></rss>';
    await expect(
      extractArticles({ name: 'broken.rss', bytes: utf8(broken) }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/^broken\.rss is not well-formed XML \(line 4: .+\)$/),
    });
  });

  it('refuses a feed with no items', async () => {
    const empty = '<rss version="2.0"><channel><title>Quiet</title></channel></rss>';
    await expect(extractArticles({ name: 'quiet.xml', bytes: utf8(empty) })).rejects.toMatchObject({
      message: 'quiet.xml is a feed with no items',
    });
  });

  it('refuses XML that is not a feed', async () => {
    await expect(
      extractArticles({ name: 'data.xml', bytes: utf8('<catalog><book/></catalog>') }),
    ).rejects.toMatchObject({
      message: 'data.xml is XML but not an RSS or Atom feed',
    });
  });
});

describe('Atom', () => {
  it('reads entries: title, alternate link, published, author, HTML content as text', async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
        <title>Example Wire</title>
        <entry>
          <title>Ministers meet in Tokyo</title>
          <link rel="self" href="https://example.org/api/1"/>
          <link rel="alternate" href="https://example.org/tokyo"/>
          <published>2021-03-16T09:00:00+09:00</published>
          <updated>2021-03-17T10:00:00Z</updated>
          <author><name>Jane Doe</name></author>
          <content type="html">&lt;p&gt;TOKYO (Example Wire) — Ministers met on Tuesday.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;p&gt;They agreed to meet again.&lt;/p&gt;</content>
        </entry>
        <entry>
          <title>Second</title>
          <link href="https://example.org/second"/>
          <updated>2021-03-18T10:00:00Z</updated>
          <summary>Only a summary.</summary>
        </entry>
      </feed>`;
    const entries = await extractArticles({ name: 'wire.atom', bytes: utf8(atom) });
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: 'Ministers meet in Tokyo',
      url: 'https://example.org/tokyo',
      published: '2021-03-16',
      authors: ['Jane Doe'],
      source: 'Example Wire',
      language: 'en',
      dateline: 'Tokyo',
      text: 'TOKYO (Example Wire) — Ministers met on Tuesday.\n\nThey agreed to meet again.',
      mediaType: 'application/atom+xml',
      part: 'item 1 of wire.atom',
    });
    expect(entries[1]).toMatchObject({
      url: 'https://example.org/second',
      published: '2021-03-18',
      text: 'Only a summary.',
    });
  });
});
