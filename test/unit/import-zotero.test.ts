import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { runCliInProcess } from '../support/cli.ts';
import { tempFolder } from '../support/temp-folder.ts';
import { FIXTURES } from '../support/briefing-notebook.ts';

/**
 * `import` of a Zotero export folder (issue 19): a RIS file whose L1 lines name the exported
 * files, as Zotero writes it with "Export Files"; the attachment is read by the import's
 * readers and the article takes the item's metadata; a missing, hostile or unreadable
 * attachment leaves the item with its metadata and a message, and the other items import.
 */

const PAGE = '20th-anniversary-of-timor-lestes-restoration-of-independence.html';

const record = (lines: string[]) => [...lines, 'ER  - ', ''].join('\r\n');

async function zoteroFolder(): Promise<string> {
  const folder = join(await tempFolder(), 'Exported Items');
  await mkdir(join(folder, 'files', '1'), { recursive: true });
  await mkdir(join(folder, 'files', '4'), { recursive: true });
  await copyFile(join(FIXTURES, 'state-dept', PAGE), join(folder, 'files', '1', 'page.html'));
  await writeFile(join(folder, 'files', '4', 'broken.pdf'), '%PDF-1.7 not really a PDF');
  await writeFile(join(folder, '..', 'secret.html'), '<p>outside the export</p>');
  await writeFile(
    join(folder, 'Exported Items.ris'),
    [
      record([
        'TY  - ELEC',
        'TI  - Timor-Leste anniversary statement',
        'AU  - Blinken, Antony J.',
        'T2  - U.S. Department of State',
        'DA  - 2022/05/19/',
        'UR  - https://www.state.gov/20th-anniversary-of-timor-lestes-restoration-of-independence/',
        'L1  - files/1/page.html',
      ]),
      record([
        'TY  - NEWS',
        'TI  - A story whose PDF was not exported',
        'AB  - What the story says, in short.',
        'PY  - 2021',
        'L1  - files/2/story.pdf',
      ]),
      record(['TY  - NEWS', 'TI  - Reaching out', 'L1  - ../secret.html']),
      record(['TY  - NEWS', 'TI  - A broken file', 'L1  - files/4/broken.pdf']),
      record(['TY  - NEWS', 'AB  - No title at all.']),
    ].join('\r\n'),
  );
  return folder;
}

describe('Zotero import', () => {
  it('imports each item of a RIS export with its metadata and attached file, and says what was missing', async () => {
    const folder = await zoteroFolder();
    const notebook = join(await tempFolder(), 'nb');
    const result = await runCliInProcess(['--notebook', notebook, 'import', folder]);
    const lines = result.stdout.trim().split('\n');
    const ris = join(folder, 'Exported Items.ris');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(
      new RegExp(`^imported \\w+ ${escape(ris)} \\(Timor-Leste anniversary statement\\)$`),
    );
    expect(lines[1]).toMatch(/\(metadata only: files\/2\/story\.pdf is missing\)$/);
    expect(lines[2]).toMatch(
      /\(metadata only: \.\.\/secret\.html is outside the export folder, and was not read\)$/,
    );
    expect(lines[3]).toMatch(/\(metadata only: files\/4\/broken\.pdf could not be read: .+\)$/);
    expect(lines[4]).toBe(`failed ${ris} (item 5): the item has no title`);
    expect(result.code).toBe(1);

    const service = await NotebookService.open(notebook);
    try {
      const api = localApi(service);
      const articles = await api.listArticles({});
      expect(articles).toHaveLength(4);
      const page = articles.find((a) => a.title === 'Timor-Leste anniversary statement')!;
      expect(page).toMatchObject({
        source: 'U.S. Department of State',
        authors: ['Antony J. Blinken'],
        published: '2022-05-19',
        url: 'https://www.state.gov/20th-anniversary-of-timor-lestes-restoration-of-independence/',
      });
      // The text is the page's, read by the HTML reader, not the metadata.
      expect((await api.getArticle({ id: page.id })).text).toContain('Timor-Leste');
      expect(page.wordCount).toBeGreaterThan(50);
      const story = articles.find((a) => a.title === 'A story whose PDF was not exported')!;
      expect((await api.getArticle({ id: story.id })).text).toBe('What the story says, in short.');
      expect(story.published).toBe('2021');
      expect(
        JSON.stringify(await Promise.all(articles.map((a) => api.getArticle({ id: a.id })))),
      ).not.toContain('outside the export');
    } finally {
      await service.close();
    }
  });

  it('imports a Zotero RDF export with its snapshot attached', async () => {
    const folder = join(await tempFolder(), 'rdf');
    await mkdir(join(folder, 'files', '12'), { recursive: true });
    await copyFile(
      join(FIXTURES, 'state-dept', PAGE),
      join(folder, 'files', '12', 'snapshot.html'),
    );
    await writeFile(
      join(folder, 'Exported Items.rdf'),
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns:z="http://www.zotero.org/namespaces/export#" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:dcterms="http://purl.org/dc/terms/" xmlns:bib="http://purl.org/net/biblio#"
 xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:link="http://purl.org/rss/1.0/modules/link/">
  <bib:Document rdf:about="https://www.state.gov/timor-leste/">
    <z:itemType>webpage</z:itemType>
    <dcterms:isPartOf><z:Website><dc:title>U.S. Department of State</dc:title></z:Website></dcterms:isPartOf>
    <bib:authors><rdf:Seq><rdf:li><foaf:Person>
      <foaf:surname>Blinken</foaf:surname><foaf:givenName>Antony J.</foaf:givenName>
    </foaf:Person></rdf:li></rdf:Seq></bib:authors>
    <link:link rdf:resource="#item_12"/>
    <dc:title>Timor-Leste &amp; its anniversary</dc:title>
    <dc:date>2022-05-19</dc:date>
    <dc:identifier><dcterms:URI><rdf:value>https://www.state.gov/timor-leste/</rdf:value></dcterms:URI></dc:identifier>
  </bib:Document>
  <z:Attachment rdf:about="#item_12">
    <z:itemType>attachment</z:itemType>
    <rdf:resource rdf:resource="files/12/snapshot.html"/>
    <dc:title>Snapshot</dc:title>
    <link:type>text/html</link:type>
  </z:Attachment>
</rdf:RDF>`,
    );
    const notebook = join(await tempFolder(), 'nb');
    const result = await runCliInProcess(['--notebook', notebook, 'import', folder]);
    expect(result.stdout).toMatch(/^imported \w+ .*\(Timor-Leste & its anniversary\)\n$/);
    const service = await NotebookService.open(notebook);
    try {
      const api = localApi(service);
      const [article] = await api.listArticles({});
      expect(article).toMatchObject({
        title: 'Timor-Leste & its anniversary',
        source: 'U.S. Department of State',
        authors: ['Antony J. Blinken'],
        published: '2022-05-19',
        url: 'https://www.state.gov/timor-leste/',
      });
      expect(article!.wordCount).toBeGreaterThan(50);
    } finally {
      await service.close();
    }
  });

  it('imports a CSL-JSON export with its metadata', async () => {
    const folder = join(await tempFolder(), 'csl');
    await mkdir(folder);
    await writeFile(
      join(folder, 'Exported Items.json'),
      JSON.stringify([
        {
          id: 'item-1',
          type: 'article-newspaper',
          title: 'Talks in Tokyo',
          'container-title': 'Harbor Wire',
          author: [{ family: 'Doe', given: 'Jane' }, { literal: 'Wire staff' }],
          issued: { 'date-parts': [[2021, 3, 16]] },
          URL: 'https://example.org/tokyo',
        },
      ]),
    );
    const notebook = join(await tempFolder(), 'nb');
    const result = await runCliInProcess(['--notebook', notebook, 'import', folder]);
    expect(result.stdout).toMatch(
      /^imported \w+ .*\(Talks in Tokyo\) \(metadata only: it has no attached file\)\n$/,
    );
    const service = await NotebookService.open(notebook);
    try {
      const [article] = await localApi(service).listArticles({});
      expect(article).toMatchObject({
        title: 'Talks in Tokyo',
        source: 'Harbor Wire',
        authors: ['Jane Doe', 'Wire staff'],
        published: '2021-03-16',
        url: 'https://example.org/tokyo',
      });
    } finally {
      await service.close();
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
