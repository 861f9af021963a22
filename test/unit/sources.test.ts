import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NotebookApi } from '../../electron/common/api/contract.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { outletOf, sourceKey } from '../../electron/core/sources/outlets.ts';
import { tempFolder } from '../support/temp-folder.ts';
import { span } from '../support/notebook-with-article.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const PAGE = join(FIXTURES, 'state-dept/algeria-national-day.html');
const OTHER_PAGE = join(FIXTURES, 'state-dept/brazil-signs-artemis-accords.html');
const FEED = join(FIXTURES, 'feeds/state-dept-press-releases-2022-08-03.rss');

async function notebook(): Promise<{ api: NotebookApi; service: NotebookService; folder: string }> {
  const folder = join(await tempFolder(), 'nb');
  const service = await NotebookService.open(folder);
  return { api: localApi(service), service, folder };
}

async function importText(api: NotebookApi, name: string, text: string) {
  const data = Buffer.from(text).toString('base64');
  return (await api.importFiles({ files: [{ name, data }] })).results;
}

async function importFile(api: NotebookApi, path: string) {
  const data = (await readFile(path)).toString('base64');
  return (await api.importFiles({ files: [{ name: path.split('/').at(-1)!, data }] })).results;
}

describe('sources', () => {
  it('reads an outlet and the wire it republishes, and one key for the spellings of one outlet', () => {
    expect(outletOf('UrduPoint News / Sputnik')).toEqual({
      origin: 'Sputnik',
      via: 'UrduPoint News',
    });
    expect(outletOf('Sputnik via UrduPoint')).toEqual({ origin: 'Sputnik', via: 'UrduPoint' });
    expect(sourceKey('Press Releases – United States Department of State')).toBe(
      sourceKey('U.S. Department of State'),
    );
    expect(sourceKey('Reuters')).not.toBe(sourceKey('Sputnik'));
    // No outlet: the URL's host, or a name that says so.
    expect(outletOf('', 'https://www.state.gov/x/').origin).toBe('state.gov');
    expect(outletOf('   ').origin).toBe('Unknown source');
  });

  it('the State Department of the pages and of the feed is one source, with both names', async () => {
    const { api, service } = await notebook();
    await importFile(api, PAGE);
    const fromFeed = await importFile(api, FEED);
    const sources = await api.listSources({});
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({
      name: 'U.S. Department of State',
      aliases: ['Press Releases – United States Department of State'],
      reliability: null,
    });
    expect(sources[0]!.articles).toHaveLength(1 + fromFeed.length);
    await service.close();
  });

  it('grades, renames and merges sources; each is one undo step, and the article keeps its source', async () => {
    const { api, service } = await notebook();
    const { id } = await api.addText({
      title: 'Talks',
      text: 'The talks went on.',
      source: 'UrduPoint News / Sputnik',
    });
    await api.addText({ title: 'More', text: 'More talks.', source: 'Sputnik News Agency' });
    const names = async () => (await api.listSources({})).map((s) => [s.name, s.articles.length]);
    expect(await names()).toEqual([
      ['Sputnik', 1],
      ['Sputnik News Agency', 1],
      ['UrduPoint News', 1],
    ]);
    // UrduPoint republished the Sputnik story: the Library says "Sputnik via UrduPoint News".
    const urdupoint = (await api.listSources({})).find((s) => s.name === 'UrduPoint News')!;
    expect(urdupoint.republished).toEqual([id]);

    const { source } = await api.updateSource({ id: 'Sputnik', reliability: 'C' });
    expect(source).toMatchObject({
      name: 'Sputnik',
      reliability: 'C',
      articles: [id],
      republished: [],
    });

    await api.mergeSources({ targetId: source.id, sourceIds: ['Sputnik News Agency'] });
    expect(await names()).toEqual([
      ['Sputnik', 2],
      ['UrduPoint News', 1],
    ]);
    await api.updateSource({ id: source.id, name: 'RIA Sputnik' });
    const renamed = (await api.listSources({})).find((s) => s.id === source.id)!;
    expect(renamed).toMatchObject({
      name: 'RIA Sputnik',
      aliases: expect.arrayContaining(['Sputnik', 'Sputnik News Agency']),
      reliability: 'C',
    });
    expect((await api.getArticle({ id })).source).toBe('UrduPoint News / Sputnik');

    await api.undo({});
    await api.undo({});
    expect(await names()).toEqual([
      ['Sputnik', 1],
      ['Sputnik News Agency', 1],
      ['UrduPoint News', 1],
    ]);
    await service.close();
  });

  it('refuses a grade outside A–F, merging a source into itself and a name another source has; nothing changes', async () => {
    const { api, service, folder } = await notebook();
    await api.addText({ title: 'A', text: 'Words.', source: 'Reuters' });
    await api.addText({ title: 'B', text: 'Other words.', source: 'Sputnik' });
    const [reuters] = await api
      .listSources({})
      .then((all) => all.filter((s) => s.name === 'Reuters'));
    await expect(api.updateSource({ id: reuters!.id, reliability: 'G' as never })).rejects.toThrow(
      /reliability is a letter from A .* to F/,
    );
    await expect(
      api.mergeSources({ targetId: 'Reuters', sourceIds: [reuters!.id] }),
    ).rejects.toThrow('A source cannot be merged into itself (“Reuters”).');
    await expect(api.updateSource({ id: 'Reuters', name: 'Sputnik' })).rejects.toThrow(
      '“Sputnik” already names the source “Sputnik”; merge the two sources instead.',
    );
    await expect(api.updateSource({ id: 'Nobody', reliability: 'A' })).rejects.toThrow(
      'No source is named or has the id “Nobody”.',
    );
    await expect(stat(join(folder, 'sources.json'))).rejects.toThrow(/ENOENT/);
    expect((await api.info({})).undoLabel).toBe('Add “B”');
    await service.close();
  });

  it('a notebook from before sources finds them in its articles, and keeps a grade across a reopen', async () => {
    const { api, service, folder } = await notebook();
    await api.addText({ title: 'A', text: 'Words.', source: 'Reuters' });
    await api.updateSource({ id: 'Reuters', reliability: 'B' });
    await service.close();
    const reopened = await NotebookService.open(folder);
    expect((await localApi(reopened).listSources({}))[0]).toMatchObject({
      name: 'Reuters',
      reliability: 'B',
    });
    await reopened.close();
    // Without sources.json (an older notebook) the outlet is still a source, ungraded.
    await rm(join(folder, 'sources.json'));
    const older = await NotebookService.open(folder);
    expect((await localApi(older).listSources({}))[0]).toMatchObject({
      name: 'Reuters',
      reliability: null,
    });
    await older.close();
  });
});

describe('sources in a JSON export', () => {
  it('a grade survives a JSON export and its import into an empty notebook', async () => {
    const { api, service } = await notebook();
    await api.addText({ title: 'A', text: 'Words.', source: 'Reuters' });
    await api.updateSource({ id: 'Reuters', reliability: 'B' });
    const { files } = await api.exportBriefing({ format: 'json' });
    await service.close();
    const target = await notebook();
    await target.service.importJson(files[0]!.content);
    expect((await target.api.listSources({}))[0]).toMatchObject({
      name: 'Reuters',
      reliability: 'B',
    });
    await target.service.close();
  });
});

describe('wire copies', () => {
  it('an article that is largely another’s text is kept and says whose copy it is', async () => {
    const { api, service } = await notebook();
    const [original] = await importFile(api, PAGE);
    const text = (await api.getArticle({ id: original!.id! })).text;
    const [copy] = await importText(
      api,
      'republished.txt',
      `Republished by UrduPoint News\n\n${text}\n\nCopyright UrduPoint News.`,
    );
    expect(copy).toMatchObject({ status: 'imported', copyOf: { articleId: original!.id } });
    expect(copy!.copyOf!.similarity).toBeGreaterThan(0.8);
    expect((await api.getArticle({ id: copy!.id! })).copyOf?.articleId).toBe(original!.id);
    const [other] = await importFile(api, OTHER_PAGE);
    expect(other).toMatchObject({ status: 'imported' });
    expect(other!.copyOf).toBeUndefined();
    expect(await api.listArticles({})).toHaveLength(3);
    await service.close();
  });

  it('deleting the article a copy copies keeps the copies, the oldest now the first; undo restores the links', async () => {
    const { api, service } = await notebook();
    const [original] = await importFile(api, PAGE);
    const text = (await api.getArticle({ id: original!.id! })).text;
    const [first] = await importText(api, 'first.txt', `${text}\n\nVia UrduPoint News.`);
    const [second] = await importText(api, 'second.txt', `${text}\n\nVia Asia Times.`);
    expect(second!.copyOf?.articleId).toBe(original!.id);
    await api.deleteArticle({ id: original!.id! });
    expect((await api.getArticle({ id: first!.id! })).copyOf).toBeNull();
    expect((await api.getArticle({ id: second!.id! })).copyOf?.articleId).toBe(first!.id);
    await api.undo({});
    expect((await api.getArticle({ id: first!.id! })).copyOf?.articleId).toBe(original!.id);
    expect((await api.getArticle({ id: second!.id! })).copyOf?.articleId).toBe(original!.id);
    await service.close();
  });

  it('copies of one story count once among an event’s independent sources', async () => {
    const { api, service } = await notebook();
    const story = 'Antony Blinken met Lloyd Austin in Tokyo on March 16 to discuss the alliance.';
    const long = `${story}\n\n${'The officials discussed trade, security and the region at length. '.repeat(20)}`;
    const [wire] = await importText(api, 'wire.txt', long);
    const [copy] = await importText(api, 'copy.txt', `${long}\n\nVia UrduPoint.`);
    const [own] = await importText(api, 'own.txt', `Reports said ${story}`);
    expect(copy!.copyOf?.articleId).toBe(wire!.id);
    await api.updateArticle({ id: wire!.id!, metadata: { source: 'Sputnik' } });
    await api.updateArticle({ id: copy!.id!, metadata: { source: 'UrduPoint News / Sputnik' } });
    await api.updateArticle({ id: own!.id!, metadata: { source: 'Reuters' } });
    const evidence = [wire!, copy!, own!].map((r) => ({ articleId: r.id!, ...span(story, story) }));
    evidence[2] = { articleId: own!.id!, ...span(`Reports said ${story}`, story) };
    const { eventId } = await api.createEvent({ title: 'Meeting', type: 'meeting', evidence });
    const [event] = await api.listEvents({});
    expect(event).toMatchObject({ id: eventId, independentSources: 2, credibility: null });
    expect(event!.evidence.map((e) => e.credibility)).toEqual([null, null, null]);
    expect(event!.sources.map((s) => s.outlet)).toEqual([
      'Sputnik',
      'UrduPoint News / Sputnik',
      'Reuters',
    ]);
    await api.updateSource({ id: 'Sputnik', reliability: 'C' });
    expect((await api.listEvents({}))[0]!.sources[1]!.outlet).toBe('UrduPoint News / Sputnik [C]');
    await service.close();
  });
});

describe('credibility and corroboration', () => {
  it('grades evidence 1–6 and the event, refuses anything else, and flags places that differ', async () => {
    const { api, service } = await notebook();
    const a = 'Blinken met Motegi in Tokyo.';
    const b = 'Blinken met Motegi in Seoul.';
    const { id: first } = await api.addText({ title: 'A', text: a, source: 'Reuters' });
    const { id: second } = await api.addText({ title: 'B', text: b, source: 'AP' });
    await api.markMention({ articleId: first, ...span(a, 'Tokyo'), target: { type: 'location' } });
    await api.markMention({ articleId: second, ...span(b, 'Seoul'), target: { type: 'location' } });
    const { eventId } = await api.createEvent({
      title: 'Meeting',
      type: 'meeting',
      evidence: [
        { articleId: first, ...span(a, a) },
        { articleId: second, ...span(b, b) },
      ],
    });
    await api.gradeEvidence({ eventId, index: 1, credibility: 3 });
    await api.gradeEvent({ eventId, credibility: 2 });
    await expect(api.gradeEvidence({ eventId, index: 0, credibility: 7 })).rejects.toThrow(
      /credibility is a number from 1 \(confirmed\) to 6/,
    );
    await expect(api.gradeEvidence({ eventId, index: 5, credibility: 1 })).rejects.toThrow(
      'The event “Meeting” has no evidence number 6.',
    );
    const [event] = await api.listEvents({});
    expect(event!.evidence.map((e) => e.credibility)).toEqual([null, 3]);
    expect(event).toMatchObject({ credibility: 2, independentSources: 2, suggestedCredibility: 3 });
    expect(event!.discrepancies).toEqual([
      {
        field: 'place',
        values: [
          { articleId: first, evidenceIndex: 0, value: 'Tokyo' },
          { articleId: second, evidenceIndex: 1, value: 'Seoul' },
        ],
      },
    ]);
    await service.close();
  });
});

describe('counts that differ between accounts of one event', () => {
  it('flags an event whose evidence reports different numbers, the values side by side', async () => {
    const { api, service } = await notebook();
    const a = 'A blast in Kabul on Monday: 12 killed, officials said.';
    const b = 'Police said 15 people were killed in the Kabul blast on Monday.';
    const { id: first } = await api.addText({ title: 'A', text: a, source: 'Reuters' });
    const { id: second } = await api.addText({ title: 'B', text: b, source: 'AP' });
    await api.createEvent({
      title: 'Blast',
      type: 'attack',
      evidence: [
        { articleId: first, ...span(a, a) },
        { articleId: second, ...span(b, b) },
      ],
    });
    const [event] = await api.listEvents({});
    expect(event!.discrepancies).toEqual([
      {
        field: 'number',
        values: [
          { articleId: first, evidenceIndex: 0, value: '12 killed' },
          { articleId: second, evidenceIndex: 1, value: '15 people were killed' },
        ],
      },
    ]);
    // Two independent sources that disagree: "possibly true", not "probably".
    expect(event).toMatchObject({ independentSources: 2, suggestedCredibility: 3 });
    await service.close();
  });
});

describe('citations that point at the words', () => {
  it('a cited quote puts its words in the text; its footnote gives paragraph, quote, outlet with grade and credibility', async () => {
    const { api, service } = await notebook();
    const text =
      'Blinken arrived in Tokyo.\n\nA senior Pentagon official framed the trip as a signal of resolve.';
    const { id } = await api.addText({
      title: 'Tokyo talks',
      text,
      source: 'UrduPoint News / Sputnik',
      published: '2021-03-16',
    });
    await api.updateSource({ id: 'Sputnik', reliability: 'C' });
    const words = span(text, 'a signal of resolve');
    const { eventId } = await api.createEvent({
      title: 'Trip',
      type: 'visit',
      evidence: [{ articleId: id, ...words }],
    });
    await api.gradeEvidence({ eventId, index: 0, credibility: 2 });
    const { id: briefingId } = await api.createBriefing({});
    const cited = `[@quote:${id}:${words.start}-${words.end}]`;
    const markdown = `A senior Pentagon official framed the trip as ${cited}.`;
    await api.updateBriefing({
      id: briefingId,
      sections: [{ kind: 'text', heading: '', markdown }],
    });
    const rendered = await api.renderBriefing({ id: briefingId });
    expect(rendered.markdown).toContain('framed the trip as “a signal of resolve”[^1].');
    expect(rendered.markdown).toContain(
      '[^1]: “Tokyo talks,” UrduPoint News / Sputnik [C], 16 Mar 2021, para. 2: “a signal of resolve”; credibility 2',
    );
    expect(rendered.html).toContain('framed the trip as “a signal of resolve”');
    await service.close();
  });
});
