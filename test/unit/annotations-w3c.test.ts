import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotatedNotebook, ANNOTATED_TEXT } from '../support/annotated-notebook.ts';
import { notebookWithArticle, type NotebookWithArticle } from '../support/notebook-with-article.ts';
import { runCli, runCliInProcess } from '../support/cli.ts';
import { tempFolder } from '../support/temp-folder.ts';
import type { NotebookApi } from '../../electron/common/api/contract.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';

/**
 * W3C Web Annotations (issue 19): the export is expanded by a JSON-LD processor (jsonld.js)
 * with the W3C context vendored (nothing downloads); `import-annotations` anchors Dossier's
 * own export back exactly and once, and reads Hypothesis's and Recogito's exports, reporting
 * what it cannot place.
 */

const W3C = join(import.meta.dirname, '../fixtures/w3c');
const CONTEXT = JSON.parse(readFileSync(join(W3C, 'anno.jsonld'), 'utf8')) as unknown;
const URL = 'https://example.org/summit-report';

const jsonld = createRequire(import.meta.url)('jsonld') as {
  expand(
    doc: unknown,
    options: { documentLoader(url: string): Promise<unknown> },
  ): Promise<Record<string, unknown>[]>;
};

/** The vendored W3C context, and nothing else: any other address fails the test. */
async function documentLoader(url: string) {
  if (url !== 'http://www.w3.org/ns/anno.jsonld') throw new Error(`would download ${url}`);
  return { contextUrl: null, documentUrl: url, document: CONTEXT };
}

const OA = 'http://www.w3.org/ns/oa#';
let nb: NotebookWithArticle;

beforeEach(async () => {
  nb = await annotatedNotebook();
  await nb.api.updateArticle({ id: nb.id, metadata: { url: URL } });
});

afterEach(async () => {
  await nb?.service.close();
});

async function exported(api: NotebookApi): Promise<string> {
  const { files } = await api.exportBriefing({ format: 'w3c' });
  expect(files).toHaveLength(1);
  return files[0]!.content;
}

/** What a notebook's marks say, without its ids: to compare two notebooks. */
async function marksOf(api: NotebookApi) {
  const [article] = (await api.listArticles({})).filter((a) => a.url === URL);
  const { mentions, highlights, entities } = await api.getArticle({ id: article!.id });
  const events = await api.listEvents({});
  return {
    mentions: mentions
      .map((m) => `${m.start}-${m.end} ${entities[m.entityId]!.type}:${entities[m.entityId]!.name}`)
      .sort(),
    highlights: highlights.map((h) => `${h.start}-${h.end} ${h.comment}`).sort(),
    evidence: events
      .flatMap((e) => e.evidence.map((ev) => `${ev.start}-${ev.end} ${e.type}:${e.title}`))
      .sort(),
  };
}

/** `read` of the notebook in `folder`, opened after the CLI has closed it. */
async function opened<T>(folder: string, read: (api: NotebookApi) => Promise<T>): Promise<T> {
  const service = await NotebookService.open(folder);
  try {
    return await read(localApi(service));
  } finally {
    await service.close();
  }
}

/** `import-annotations` of a sample file into the annotated notebook. */
async function importSample(name: string) {
  await nb.service.close();
  return await runCliInProcess(['--notebook', nb.folder, 'import-annotations', join(W3C, name)]);
}

describe('W3C Web Annotations', () => {
  it('are JSON-LD a processor expands: every mark an oa:Annotation with both selectors', async () => {
    const expanded = await jsonld.expand(JSON.parse(await exported(nb.api)), { documentLoader });
    const annotations = JSON.stringify(expanded);
    const items = (
      expanded[0]![`http://www.w3.org/ns/activitystreams#first`] as Record<string, unknown>[]
    )[0]!['http://www.w3.org/ns/activitystreams#items'] as { '@list': Record<string, unknown>[] }[];
    const list = items[0]!['@list'];
    // 4 mentions, 1 highlight, 2 pieces of evidence.
    expect(list).toHaveLength(7);
    for (const annotation of list) {
      expect(annotation['@type']).toEqual([`${OA}Annotation`]);
      const target = (annotation[`${OA}hasTarget`] as Record<string, unknown>[])[0]!;
      expect(target[`${OA}hasSource`]).toEqual([{ '@id': URL }]);
      const selectors = (target[`${OA}hasSelector`] as { '@type': string[] }[]).map(
        (s) => s['@type'][0],
      );
      expect(selectors).toEqual([`${OA}TextQuoteSelector`, `${OA}TextPositionSelector`]);
    }
    expect(annotations).toContain(`"${OA}hasPurpose":[{"@id":"${OA}identifying"}]`);
    expect(annotations).toContain(`"${OA}hasPurpose":[{"@id":"${OA}commenting"}]`);
    expect(annotations).toContain(`"${OA}hasPurpose":[{"@id":"${OA}tagging"}]`);
    expect(annotations).toContain(`{"@value":"Antony Blinken"}`);
    // The emoji counts two UTF-16 units, as Dossier's offsets do.
    expect(annotations).toContain(
      `"${OA}start":[{"@type":"http://www.w3.org/2001/XMLSchema#nonNegativeInteger","@value":${ANNOTATED_TEXT.indexOf('Antony Blinken')}}]`,
    );
  });

  it('import into another notebook with the same article gives the same marks, once', async () => {
    const file = join(await tempFolder(), 'marks.jsonld');
    await writeFile(file, await exported(nb.api));
    const before = await marksOf(nb.api);
    const other = await notebookWithArticle(ANNOTATED_TEXT);
    await other.api.updateArticle({ id: other.id, metadata: { url: URL } });
    await other.service.close();

    const first = await runCliInProcess(['--notebook', other.folder, 'import-annotations', file]);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe('added 7, already there 0, not imported 0\n');
    expect(first.code).toBe(0);
    const second = await runCliInProcess(['--notebook', other.folder, 'import-annotations', file]);
    expect(second.stdout).toBe('added 0, already there 7, not imported 0\n');

    expect(await opened(other.folder, marksOf)).toEqual(before);
  });

  it('reads a Hypothesis export, reporting the page it does not have and words not in the article', async () => {
    const result = await importSample('hypothesis-export.json');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      'added 1, already there 0, not imported 2',
      'not imported: hyp-elsewhere: no article of this notebook is https://example.org/another-page',
      'not imported: hyp-missing-words: “President Biden”: its words are not in the article',
      '',
    ]);
    const { highlights } = await opened(nb.folder, (api) => api.getArticle({ id: nb.id }));
    const note = highlights.find((h) => h.quote === 'on Tuesday');
    expect(note?.comment).toBe('Note the day.\n\nTags: schedule');
    expect(note?.start).toBe(ANNOTATED_TEXT.indexOf('on Tuesday'));
  });

  it('reads a Recogito export: its position chooses between equal quotes, and no position is no guess', async () => {
    const result = await importSample('recogito-export.jsonld');
    expect(result.stdout.split('\n')).toEqual([
      'added 2, already there 0, not imported 1',
      'not imported: #9e3a6b2c-5d1f-4a8b-b7c4-1d2e3f4a5b03: “Motegi”: its words and context are in 2 places and its position names none of them',
      '',
    ]);
    const { mentions, highlights, entities } = await opened(nb.folder, (api) =>
      api.getArticle({ id: nb.id }),
    );
    const second = mentions.find((m) => m.start === ANNOTATED_TEXT.lastIndexOf('Motegi'));
    expect(entities[second!.entityId]).toMatchObject({ type: 'person', name: 'Motegi' });
    expect(highlights.find((h) => h.quote === 'Secretary of State')?.comment).toBe(
      'Who holds the office now?\n\nTags: office',
    );
  });

  it('refuses a file that is not JSON with one line, changing nothing', async () => {
    await nb.service.close();
    const file = join(await tempFolder(), 'bad.json');
    await writeFile(file, '{"annotations": [');
    const result = runCli(['--notebook', nb.folder, 'import-annotations', file]);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('is not JSON');
  });
});
