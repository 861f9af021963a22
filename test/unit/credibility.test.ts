import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { startServer } from '../../electron/serve/server.ts';
import { post } from '../support/api-post.ts';
import { runCliInProcess } from '../support/cli.ts';
import { snapshotFolder } from '../support/folder-snapshot.ts';
import { notebookWithArticle, span } from '../support/notebook-with-article.ts';
import { tempFolder } from '../support/temp-folder.ts';

// Credibility (Admiralty 1–6) of quotes the analyst highlighted and of relations' evidence.

const TEXT =
  'Blinken arrived in Tokyo.\n\nA senior Pentagon official framed the trip as a signal of resolve.';
const WORDS = span(TEXT, 'a signal of resolve');

/** Bad grades: outside 1–6, fractions, letters, numbers as text. */
const BAD_GRADES = [0, 7, -1, 2.5, 'A', '2', true] as never[];

async function highlighted() {
  const made = await notebookWithArticle(TEXT);
  const { highlightId } = await made.api.addHighlight({ articleId: made.id, ...WORDS });
  return { ...made, highlightId };
}

async function briefingCiting(
  api: Awaited<ReturnType<typeof highlighted>>['api'],
  markdown: string,
): Promise<string> {
  const { id } = await api.createBriefing({});
  await api.updateBriefing({ id, sections: [{ kind: 'text', heading: '', markdown }] });
  return (await api.renderBriefing({ id })).markdown;
}

describe('credibility of a highlighted quote', () => {
  it('is kept on disk, listed, undone, and shown in the footnote of the cited quote', async () => {
    const { api, service, folder, id, highlightId } = await highlighted();
    expect((await api.listHighlights({}))[0]!.credibility).toBeNull();
    await api.gradeHighlight({ articleId: id, highlightId, credibility: 2 });
    await service.close();

    const reopened = await NotebookService.open(folder);
    const api2 = localApi(reopened);
    expect((await api2.getArticle({ id })).highlights[0]!.credibility).toBe(2);
    expect((await api2.listHighlights({}))[0]!.credibility).toBe(2);
    const cited = `As ${`[@quote:${id}:${WORDS.start}-${WORDS.end}]`}.`;
    expect(await briefingCiting(api2, cited)).toContain(
      '[^1]: “Trip,” 16 Mar 2021, para. 2: “a signal of resolve”; credibility 2',
    );

    await api2.gradeHighlight({ articleId: id, highlightId, credibility: null });
    expect((await api2.listHighlights({}))[0]!.credibility).toBeNull();
    await api2.undo({});
    expect((await api2.listHighlights({}))[0]!.credibility).toBe(2);
    await reopened.close();
  });

  it('refuses a grade outside 1–6 or an unknown highlight with one clear line, changing nothing', async () => {
    const { api, service, folder, id, highlightId } = await highlighted();
    await api.gradeHighlight({ articleId: id, highlightId, credibility: 4 });
    const before = await snapshotFolder(join(folder, 'articles'));
    for (const credibility of BAD_GRADES) {
      await expect(api.gradeHighlight({ articleId: id, highlightId, credibility })).rejects.toThrow(
        /credibility is a (whole )?number from 1 \(confirmed\) to 6 \(cannot be judged\)/,
      );
    }
    await expect(
      api.gradeHighlight({ articleId: id, highlightId: 'zzzzzzzzzzzz' as never, credibility: 1 }),
    ).rejects.toThrow('No highlight with id zzzzzzzzzzzz in “Trip”.');
    expect(await snapshotFolder(join(folder, 'articles'))).toEqual(before);
    expect((await api.listHighlights({}))[0]!.credibility).toBe(4);
    await service.close();
  });
});

describe('credibility of a relation’s evidence', () => {
  async function related() {
    const made = await notebookWithArticle(TEXT);
    const { api, id } = made;
    const mark = async (quote: string, type: string) =>
      (await api.markMention({ articleId: id, ...span(TEXT, quote), target: { type } })).entityId;
    const blinken = await mark('Blinken', 'person');
    const tokyo = await mark('Tokyo', 'location');
    const { relationId } = await api.createRelation({
      type: 'related-to',
      from: blinken,
      to: tokyo,
      evidence: [
        { articleId: id, ...span(TEXT, 'Blinken arrived in Tokyo.') },
        { articleId: id, ...WORDS },
      ],
    });
    return { ...made, relationId };
  }

  it('grades one piece 1–6, undoably, and the footnote of its cited words shows it', async () => {
    const { api, service, id, relationId } = await related();
    await api.gradeRelationEvidence({ relationId, index: 1, credibility: 3 });
    const grades = async () =>
      (await api.listRelations({}))[0]!.evidence.map((e) => e.credibility ?? null);
    expect(await grades()).toEqual([null, 3]);
    expect((await api.linkChart({})).relations[0]!.evidence[1]!.credibility).toBe(3);
    const cited = `As [@quote:${id}:${WORDS.start}-${WORDS.end}].`;
    expect(await briefingCiting(api, cited)).toContain('“a signal of resolve”; credibility 3');
    await api.undo({}); // the briefing's edit
    await api.undo({}); // its creation
    await api.undo({});
    expect(await grades()).toEqual([null, null]);
    await service.close();
  });

  it('refuses a grade outside 1–6 and evidence it does not have, changing nothing', async () => {
    const { api, service, folder, relationId } = await related();
    const relationsFile = () => readFile(join(folder, 'relations.json'), 'utf8');
    const before = await relationsFile();
    for (const credibility of BAD_GRADES) {
      await expect(
        api.gradeRelationEvidence({ relationId, index: 0, credibility }),
      ).rejects.toThrow(/credibility is a (whole )?number from 1 \(confirmed\) to 6/);
    }
    await expect(
      api.gradeRelationEvidence({ relationId, index: 2, credibility: 1 }),
    ).rejects.toThrow('The relation “Blinken related-to Tokyo” has no evidence number 3.');
    await expect(
      api.gradeRelationEvidence({ relationId, index: -1, credibility: 1 }),
    ).rejects.toThrow(/index/);
    expect(await relationsFile()).toBe(before);
    await service.close();
  });
});

describe('dossier show --json', () => {
  it('gives each highlight its credibility, null when ungraded', async () => {
    const { api, service, folder, id, highlightId } = await highlighted();
    await api.addHighlight({ articleId: id, ...span(TEXT, 'Blinken') });
    await api.gradeHighlight({ articleId: id, highlightId, credibility: 5 });
    await service.close();
    const shown = await runCliInProcess(['--notebook', folder, 'show', id, '--json']);
    expect(shown.stderr).toBe('');
    const article = JSON.parse(shown.stdout) as { highlights: { quote: string }[] };
    expect(article.highlights).toEqual([
      expect.objectContaining({ quote: 'Blinken', credibility: null }),
      expect.objectContaining({ quote: 'a signal of resolve', credibility: 5 }),
    ]);
  });
});

describe('every grading path, over HTTP as the page calls it', () => {
  it('refuses a credibility outside 1–6 and a reliability outside A–F with one line, changing nothing', async () => {
    const { api, service, folder, id, highlightId } = await highlighted();
    const mark = async (quote: string, type: string) =>
      (await api.markMention({ articleId: id, ...span(TEXT, quote), target: { type } })).entityId;
    const { relationId } = await api.createRelation({
      type: 'related-to',
      from: await mark('Blinken', 'person'),
      to: await mark('Tokyo', 'location'),
      evidence: [{ articleId: id, ...WORDS }],
    });
    const { eventId } = await api.createEvent({
      title: 'Trip',
      type: 'visit',
      evidence: [{ articleId: id, ...WORDS }],
    });
    const server = await startServer({ service, staticDir: await tempFolder(), port: 0 });
    try {
      const files = async () =>
        Object.fromEntries(
          Object.entries(await snapshotFolder(folder)).filter(
            ([name]) => !/^(backups|cache)\//.test(name),
          ),
        );
      const before = await files();
      const credibility = (grade: unknown) => ({
        gradeHighlight: { articleId: id, highlightId, credibility: grade },
        gradeRelationEvidence: { relationId, index: 0, credibility: grade },
        gradeEvidence: { eventId, index: 0, credibility: grade },
        gradeEvent: { eventId, credibility: grade },
      });
      for (const grade of [0, 7, 2.5, '3', 'A', true, -1, 1e9]) {
        for (const [method, input] of Object.entries(credibility(grade))) {
          const answer = await post(server, `/api/${method}`, JSON.stringify(input));
          const { error } = JSON.parse(answer.body) as { error: { message: string } };
          expect(error.message).toMatch(
            new RegExp(
              `^Invalid input for ${method} \\(credibility\\): a credibility is a (whole )?number from 1 \\(confirmed\\) to 6 \\(cannot be judged\\)\\.$`,
            ),
          );
        }
      }
      for (const grade of ['G', 'a', 'AB', 1, '', 'F+']) {
        const answer = await post(
          server,
          '/api/updateSource',
          JSON.stringify({ id: 'Trip', reliability: grade }),
        );
        expect(JSON.parse(answer.body).error.message).toBe(
          'Invalid input for updateSource (reliability): a reliability is a letter from A (completely reliable) to F (cannot be judged).',
        );
      }
      expect(await files()).toEqual(before);
    } finally {
      await server.close();
      await service.close();
    }
  });
});
