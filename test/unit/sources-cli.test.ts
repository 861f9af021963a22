import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliInProcess } from '../support/cli.ts';
import { tempFolder } from '../support/temp-folder.ts';
import { snapshotFolder } from '../support/folder-snapshot.ts';

const PAGE = join(import.meta.dirname, '../fixtures/state-dept/algeria-national-day.html');
/** The title the State Department's feed gives itself (test/fixtures/feeds). */
const FEED_TITLE = 'Press Releases – United States Department of State';

/** The notebook's own files: not the backups a writing command takes on open, nor caches. */
async function notebookFiles(folder: string): Promise<Record<string, string>> {
  const files = await snapshotFolder(folder);
  return Object.fromEntries(
    Object.entries(files).filter(([name]) => !/^(backups|cache)\//.test(name)),
  );
}

describe('dossier sources, grade-source, import of a copy, briefings', () => {
  it('lists one source for the State Department, grades it, and refuses a bad grade', async () => {
    const work = await tempFolder();
    const notebook = join(work, 'nb');
    expect((await runCliInProcess(['--notebook', notebook, 'import', PAGE])).code).toBe(0);
    const feedItem = join(work, 'item.txt');
    await writeFile(feedItem, 'An item of the press releases feed.');
    const added = await runCliInProcess([
      '--notebook',
      notebook,
      'add-text',
      '--title',
      'Item',
      '--file',
      feedItem,
      '--source',
      FEED_TITLE,
    ]);
    expect(added.code).toBe(0);

    const listed = await runCliInProcess(['--notebook', notebook, 'sources', '--json']);
    expect(listed.code).toBe(0);
    const sources = JSON.parse(listed.stdout);
    expect(sources).toEqual([
      {
        id: expect.stringMatching(/^[a-z0-9]{12}$/),
        name: 'U.S. Department of State',
        aliases: ['Press Releases – United States Department of State'],
        reliability: null,
        articles: expect.any(Array),
      },
    ]);

    const before = await notebookFiles(notebook);
    for (const grade of ['G', '']) {
      const bad = await runCliInProcess([
        '--notebook',
        notebook,
        'grade-source',
        'U.S. Department of State',
        '--reliability',
        grade,
      ]);
      expect(bad.code).toBe(1);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
      expect(bad.stderr).toContain('grade-source needs --reliability A, B, C, D, E or F');
    }
    const unknown = await runCliInProcess([
      '--notebook',
      notebook,
      'grade-source',
      'Nobody',
      '--reliability',
      'A',
    ]);
    expect(unknown).toMatchObject({
      code: 1,
      stderr: 'dossier: No source is named or has the id “Nobody”.\n',
    });
    expect(await notebookFiles(notebook)).toEqual(before);

    const graded = await runCliInProcess([
      '--notebook',
      notebook,
      'grade-source',
      FEED_TITLE,
      '--reliability',
      'b',
    ]);
    expect(graded).toMatchObject({ code: 0, stdout: 'graded U.S. Department of State B\n' });
    const byId = await runCliInProcess([
      '--notebook',
      notebook,
      'grade-source',
      sources[0].id,
      '--reliability',
      'A',
    ]);
    expect(byId.code).toBe(0);
    expect(
      JSON.parse(runCli(['--notebook', notebook, 'sources', '--json']).stdout)[0],
    ).toMatchObject({
      reliability: 'A',
    });
  }, 120_000);

  it('import says which article a wire copy copies, and how much of the text is the same', async () => {
    const work = await tempFolder();
    const notebook = join(work, 'nb');
    const first = await runCliInProcess(['--notebook', notebook, 'import', PAGE]);
    const id = first.stdout.split(' ')[1]!;
    const text = JSON.parse(
      (await runCliInProcess(['--notebook', notebook, 'show', id, '--json'])).stdout,
    ).text;
    const copy = join(work, 'republished.txt');
    await writeFile(copy, `${text}\n\nThis story was republished by UrduPoint News.`);
    const imported = await runCliInProcess(['--notebook', notebook, 'import', copy]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(
      new RegExp(`^imported [a-z0-9]{12} ${copy} \\(copy of ${id}, 9\\d% the same text\\)\\n$`),
    );
    expect(
      JSON.parse((await runCliInProcess(['--notebook', notebook, 'list', '--json'])).stdout),
    ).toHaveLength(2);
    expect(await readFile(copy, 'utf8')).toContain('UrduPoint');
  }, 120_000);

  it('briefings --json lists the briefings with their ids', async () => {
    const notebook = join(await tempFolder(), 'nb');
    expect(JSON.parse(runCli(['--notebook', notebook, 'briefings', '--json']).stdout)).toEqual([]);
  });
});
