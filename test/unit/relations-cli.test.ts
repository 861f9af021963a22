import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { notebookWithArticle, span as spanIn } from '../support/notebook-with-article.ts';
import { tempFolder } from '../support/temp-folder.ts';
import { runCli, runCliInProcess } from '../support/cli.ts';

const TEXT =
  'Tim Cook, Apple\'s chief executive, met Ursula von der Leyen & aides in Brussels on March 16. "R&D <matters>", Cook said.';
const span = (quote: string) => spanIn(TEXT, quote);

/** A notebook with two relations and one event between three entities, closed for the CLI. */
async function notebook() {
  const { api, service, folder, id } = await notebookWithArticle(TEXT);
  const mark = async (quote: string, type: string) =>
    (await api.markMention({ articleId: id, ...span(quote), target: { type } })).entityId;
  const cook = await mark('Tim Cook', 'person');
  const apple = await mark('Apple', 'organization');
  const leyen = await mark('Ursula von der Leyen', 'person');
  const brussels = await mark('Brussels', 'location');
  const sentence = TEXT.slice(0, TEXT.indexOf('.') + 1);
  const { relationId } = await api.createRelation({
    type: 'leads',
    from: cook,
    to: apple,
    evidence: [{ articleId: id, ...span("Tim Cook, Apple's chief executive") }],
  });
  await api.createRelation({
    type: 'met-with',
    from: cook,
    to: leyen,
    evidence: [
      { articleId: id, ...span(sentence) },
      { articleId: id, ...span('"R&D <matters>", Cook said.') },
    ],
    date: { text: 'March 16' },
  });
  await api.createEvent({
    title: 'Cook meets von der Leyen',
    type: 'meeting',
    participants: [
      { entityId: cook, role: '' },
      { entityId: leyen, role: '' },
    ],
    locationId: brussels,
    evidence: [{ articleId: id, ...span(sentence) }],
  });
  await api.gradeRelationEvidence({ relationId, index: 0, credibility: 2 });
  await service.close();
  return { folder, id, cook, apple, leyen, brussels, relationId };
}

describe('relations on the command line', () => {
  it('`relations --json` lists each relation with its ends, evidence (graded or null) and date', async () => {
    const { folder, id, cook, apple, leyen, relationId } = await notebook();
    const result = runCli(['--notebook', folder, 'relations', '--json']);
    expect(result.stderr).toBe('');
    const relations = JSON.parse(result.stdout);
    expect(relations).toEqual([
      expect.objectContaining({
        id: relationId,
        type: 'leads',
        from: { id: cook, name: 'Tim Cook' },
        to: { id: apple, name: 'Apple' },
        evidence: [{ articleId: id, ...span("Tim Cook, Apple's chief executive"), credibility: 2 }],
        date: null,
      }),
      expect.objectContaining({
        type: 'met-with',
        from: { id: cook, name: 'Tim Cook' },
        to: { id: leyen, name: 'Ursula von der Leyen' },
        date: expect.objectContaining({ start: '2021-03-16', end: '2021-03-16' }),
      }),
    ]);
    expect(relations[1].evidence.map((e: { credibility: unknown }) => e.credibility)).toEqual([
      null,
      null,
    ]);
    const text = await runCliInProcess(['--notebook', folder, 'relations']);
    expect(text.stdout).toMatch(/Tim Cook → leads → Apple {2}\[1 evidence\]/);
  });

  it('exports the network as GraphML and GEXF that graph readers load back', async () => {
    const { folder, cook, apple, leyen, brussels } = await notebook();
    const out = await tempFolder();
    for (const format of ['graphml', 'gexf']) {
      const path = join(out, `network.${format}`);
      const result = await runCliInProcess([
        '--notebook',
        folder,
        'export',
        '--format',
        format,
        '--out',
        path,
      ]);
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe(`wrote ${path}\n`);
      const xml = await readFile(path, 'utf8');
      const graph = format === 'graphml' ? parseGraphml(Graph, xml) : parseGexf(Graph, xml);
      expect(graph.order).toBe(4);
      expect(graph.getNodeAttributes(cook)).toMatchObject({ label: 'Tim Cook', type: 'person' });
      expect(graph.getNodeAttributes(brussels)).toMatchObject({ type: 'location' });
      const edges = graph.mapEdges((_key, attributes, source, target) => ({
        source,
        target,
        relation: attributes.relation,
        kind: attributes.kind,
        evidence: Number(attributes.evidence),
      }));
      expect(edges).toEqual(
        expect.arrayContaining([
          { source: cook, target: apple, relation: 'leads', kind: 'relation', evidence: 1 },
          { source: cook, target: leyen, relation: 'met-with', kind: 'relation', evidence: 2 },
          { source: cook, target: leyen, relation: 'meeting', kind: 'event', evidence: 1 },
        ]),
      );
      expect(edges).toHaveLength(3);
    }
  });

  it('exports Markdown to the file named, its network image beside it under its own name', async () => {
    const { folder } = await notebook();
    const out = await tempFolder();
    const path = join(out, 'brief.md');
    const result = await runCliInProcess([
      '--notebook',
      folder,
      'export',
      '--format',
      'md',
      '--out',
      path,
    ]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`wrote ${path}\nwrote ${join(out, 'network.svg')}\n`);
    const md = await readFile(path, 'utf8');
    expect(md).toMatch(/^# /);
    expect(md).toContain('](network.svg)');
    expect(await readFile(join(out, 'network.svg'), 'utf8')).toMatch(/^<svg /);
  });

  it('refuses an unknown export format with the list of formats', async () => {
    const { folder } = await notebook();
    const result = await runCliInProcess([
      '--notebook',
      folder,
      'export',
      '--format',
      'dot',
      '--out',
      '/tmp/x',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /Unknown format “dot”: use md, pdf, docx, .*, graphml, gexf \(see/,
    );
  });
});
