import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliInProcess, startCli } from '../support/cli.ts';
import { tempFolder } from '../support/temp-folder.ts';
import { snapshotFolder } from '../support/folder-snapshot.ts';

const SAMPLE = join(import.meta.dirname, '../fixtures/articles/wire-2021-03-16-blinken-austin.txt');
const GOLD = join(import.meta.dirname, '../fixtures/gold/wire-2021-03-16-blinken-austin.json');

describe('dossier CLI', () => {
  it('adds a text file, lists it and shows it as JSON', async () => {
    const notebook = join(await tempFolder(), 'nb');
    const added = runCli([
      '--notebook',
      notebook,
      'add-text',
      '--title',
      'Blinken and Austin',
      '--file',
      SAMPLE,
      '--published',
      '2021-03-16',
    ]);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const id = added.stdout.trim();
    expect(id).toMatch(/^[a-z0-9]{12}$/);

    const list = runCli(['--notebook', notebook, 'list', '--json']);
    expect(list.code).toBe(0);
    const articles = JSON.parse(list.stdout);
    expect(articles).toEqual([
      expect.objectContaining({
        id,
        title: 'Blinken and Austin',
        published: '2021-03-16',
        source: '',
        url: '',
      }),
    ]);

    const show = runCli(['--notebook', notebook, 'show', id, '--json']);
    expect(show.code).toBe(0);
    const article = JSON.parse(show.stdout);
    expect(article.id).toBe(id);
    expect(article.text).toContain('Antony Blinken and Defense Secretary Lloyd Austin');
    expect(article.text.startsWith('date 2021-03-16')).toBe(true);
  });

  it('uses DOSSIER_NOTEBOOK when --notebook is absent', async () => {
    const notebook = join(await tempFolder(), 'nb');
    const result = await runCliInProcess(['list', '--json'], { DOSSIER_NOTEBOOK: notebook });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('refuses a folder that is not a notebook with one line and exit 1, leaving it alone', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'notes.txt'), 'mine');
    const before = await snapshotFolder(folder);
    const result = await runCliInProcess(['--notebook', folder, 'list']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `dossier: ${folder} is not a Dossier notebook (it has no notebook.json and is not empty); it was left alone.\n`,
    );
    expect(await snapshotFolder(folder)).toEqual(before);
  });

  it('reports user errors in one line without a stack trace', async () => {
    const notebook = join(await tempFolder(), 'nb');
    const cases: [string[], RegExp][] = [
      [['--notebook', notebook, 'frobnicate'], /^dossier: Unknown command: frobnicate/],
      [
        ['--notebook', notebook, 'show', 'nope'],
        /^dossier: Invalid input for getArticle \(id\): not an article id/,
      ],
      [
        ['--notebook', notebook, 'show', 'aaaaaaaaaaaa'],
        /^dossier: No article with id aaaaaaaaaaaa\./,
      ],
      [
        ['--notebook', notebook, 'add-text', '--title', 'T', '--file', '/no/such/file'],
        /^dossier: Cannot read \/no\/such\/file: no such file\./,
      ],
      [
        ['--notebook', notebook, 'add-text', '--title', ' ', '--file', SAMPLE],
        /^dossier: Invalid input for addText \(title\): the title is empty/,
      ],
      [['--notebook', notebook, 'list', '--colour'], /^dossier: Unknown option '--colour'/],
      [['list'], /^dossier: No notebook: pass --notebook DIR or set DOSSIER_NOTEBOOK/],
    ];
    for (const [args, message] of cases) {
      const result = await runCliInProcess(args, { DOSSIER_NOTEBOOK: '' });
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    // The binary itself exits with that code and that one line.
    const binary = runCli(['--notebook', notebook, 'frobnicate']);
    expect(binary.code).toBe(1);
    expect(binary.stderr).toBe('dossier: Unknown command: frobnicate (see dossier --help)\n');
  });

  it('refuses to write a notebook another process has open, and lists it read-only', async () => {
    const notebook = join(await tempFolder(), 'nb');
    await mkdir(notebook);
    const server = await startCli(
      ['--notebook', notebook, 'serve', '--port', '0'],
      /Open (http:\/\/\S+)/,
    );
    try {
      const text = join(notebook, '..', 'a.txt');
      await writeFile(text, 'Some text.');
      const add = runCli(['--notebook', notebook, 'add-text', '--title', 'T', '--file', text]);
      expect(add.code).toBe(1);
      expect(add.stderr).toMatch(
        /^dossier: The notebook .* is open in another process \(dossier serve, pid \d+/,
      );
      const list = runCli(['--notebook', notebook, 'list', '--json']);
      expect(list.code).toBe(0);
      expect(JSON.parse(list.stdout)).toEqual([]);
    } finally {
      await server.stop();
    }
    await expect(readFile(join(notebook, 'notebook.lock'))).rejects.toThrow(/ENOENT/);
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const notebook = join(await tempFolder(), 'nb');
    expect((await runCliInProcess(['--notebook', notebook, 'list'])).code).toBe(0);
    await writeFile(
      join(notebook, 'notebook.lock'),
      JSON.stringify({
        pid: 2 ** 22 + 12345,
        host: (await import('node:os')).hostname(),
        since: '2026-01-01T00:00:00.000Z',
        app: 'crashed',
      }),
    );
    const text = join(notebook, '..', 'a.txt');
    await writeFile(text, 'Some text.');
    const add = await runCliInProcess([
      '--notebook',
      notebook,
      'add-text',
      '--title',
      'T',
      '--file',
      text,
    ]);
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
  });

  it('imports files and folders, one line per file, exit 1 when one failed', async () => {
    const root = await tempFolder();
    const notebook = join(root, 'nb');
    await writeFile(join(root, 'empty.txt'), '');
    const first = await runCliInProcess([
      '--notebook',
      notebook,
      'import',
      SAMPLE,
      join(root, 'empty.txt'),
    ]);
    expect(first.code).toBe(1);
    const lines = first.stdout.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^imported [a-z0-9]{12} ${SAMPLE}$`));
    expect(lines[1]).toBe(`failed ${join(root, 'empty.txt')}: empty.txt is empty`);

    const again = await runCliInProcess(['--notebook', notebook, 'import', SAMPLE, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual([
      { path: SAMPLE, status: 'duplicate', id: lines[0]!.split(' ')[1], title: expect.any(String) },
    ]);
  });

  it('lists and accepts suggestions, then lists entities with their mentions', async () => {
    const notebook = join(await tempFolder(), 'nb');
    const id = (await runCliInProcess(['--notebook', notebook, 'import', SAMPLE])).stdout.split(
      ' ',
    )[1]!;
    const open = await runCliInProcess([
      '--notebook',
      notebook,
      'suggest',
      '--article',
      id,
      '--json',
    ]);
    expect(open.stderr).toBe('');
    expect(open.code).toBe(0);
    const suggestions = JSON.parse(open.stdout);
    expect(suggestions).toContainEqual(
      expect.objectContaining({ articleId: id, text: 'Lloyd Austin', type: 'person' }),
    );

    // By default only those at least 80% likely right; the rest stay open, counted.
    const sure = suggestions.filter((s: { confidence: number }) => s.confidence >= 0.8);
    const unsure = suggestions.length - sure.length;
    expect(sure.length).toBeGreaterThan(0);
    expect(unsure).toBeGreaterThan(0);
    const accept = await runCliInProcess(['--notebook', notebook, 'suggest', '--accept']);
    expect(accept.stdout.trim()).toBe(
      `accepted ${sure.length} suggestions; ${unsure} below 80% left for review`,
    );
    const left = JSON.parse(
      (await runCliInProcess(['--notebook', notebook, 'suggest', '--json'])).stdout,
    );
    expect(left.map((s: { text: string }) => s.text).sort()).toEqual(
      suggestions
        .filter((s: { confidence: number }) => s.confidence < 0.8)
        .map((s: { text: string }) => s.text)
        .sort(),
    );

    const bad = await runCliInProcess([
      '--notebook',
      notebook,
      'suggest',
      '--accept',
      '--min-confidence',
      'most',
    ]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('“most” is not a confidence: give a percentage from 0 to 100');

    const rest = await runCliInProcess([
      '--notebook',
      notebook,
      'suggest',
      '--accept',
      '--min-confidence',
      '0',
    ]);
    expect(rest.stdout.trim()).toBe(`accepted ${unsure} suggestions`);
    expect(
      JSON.parse((await runCliInProcess(['--notebook', notebook, 'suggest', '--json'])).stdout),
    ).toEqual([]);

    const entities = JSON.parse(
      (await runCliInProcess(['--notebook', notebook, 'entities', '--json'])).stdout,
    );
    const austin = entities.find((e: { name: string }) => e.name === 'Lloyd Austin');
    expect(austin).toMatchObject({ type: 'person', aliases: [] });
    expect(austin.mentions.length).toBeGreaterThanOrEqual(2);
    expect(austin.mentions[0]).toMatchObject({
      articleId: id,
      quote: expect.stringContaining('Austin'),
    });
  });

  it('lists event suggestions with --events and accepts them all onto the timeline', async () => {
    const notebook = join(await tempFolder(), 'nb');
    const id = (await runCliInProcess(['--notebook', notebook, 'import', SAMPLE])).stdout.split(
      ' ',
    )[1]!;
    const open = JSON.parse(
      (await runCliInProcess(['--notebook', notebook, 'suggest', '--events', '--json'])).stdout,
    );
    expect(open).toContainEqual(
      expect.objectContaining({
        articleId: id,
        type: 'visit',
        date: expect.objectContaining({ start: '2021-03-16' }),
      }),
    );

    const accept = await runCliInProcess([
      '--notebook',
      notebook,
      'suggest',
      '--events',
      '--accept',
    ]);
    expect(accept.code).toBe(0);
    expect(accept.stdout.trim()).toMatch(/^accepted \d+ event suggestions$/);
    const events = JSON.parse(
      (await runCliInProcess(['--notebook', notebook, 'events', '--json'])).stdout,
    );
    expect(events.length).toBe(Number(accept.stdout.split(' ')[1]));
    expect(events.length).toBeGreaterThanOrEqual(open.length - 1);
    expect(
      JSON.parse(
        (await runCliInProcess(['--notebook', notebook, 'suggest', '--events', '--json'])).stdout,
      ),
    ).toEqual([]);
  });

  it('scores suggestions against gold files as docs/EVAL.md defines', async () => {
    // A folder is read for its .json files.
    const dev = await tempFolder();
    await writeFile(join(dev, 'wire.json'), await readFile(GOLD));
    await writeFile(join(dev, 'notes.txt'), 'not a gold file');
    const result = runCli(['eval', dev, '--json']);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['files', 'entities', 'events', 'dates']);
    expect(report.files).toBe(1);
    expect(Object.keys(report.entities.byType).sort()).toEqual([
      'location',
      'organization',
      'person',
    ]);
    expect(report.entities.f1).toBeGreaterThanOrEqual(0.75);
    expect(report.dates.dated).toBe(4);
    const missing = await runCliInProcess(['eval', '/no/such/gold.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('dossier: /no/such/gold.json: no such file or folder\n');
  });

  it('eval --learn scores each gold file after learning from the ones before it', async () => {
    const gold = join(import.meta.dirname, '../fixtures/gold');
    const files = [
      'state-dept-2022-05-23-blinken-hayashi-meeting.json',
      'state-dept-2022-07-11-kritenbrink-travel.json',
      'state-dept-2021-07-05-algeria-national-day.json',
    ].map((name) => join(gold, name));
    const result = await runCliInProcess(['eval', '--learn', ...files, '--json']);
    expect(result.stderr).toBe('');
    const run = JSON.parse(result.stdout);
    expect(Object.keys(run)).toEqual(['cold', 'learned', 'curve']);
    expect(run.curve).toHaveLength(3);
    for (const report of [run.cold, run.learned]) {
      expect(Object.keys(report)).toEqual(['files', 'entities', 'events', 'dates']);
      expect(report.files).toBe(2); // the second half: files 2 and 3
    }
    const text = await runCliInProcess(['eval', '--learn', ...files.slice(0, 2)]);
    expect(text.stdout).toMatch(
      /^learning curve \(entity F1 of each file before its decisions\): [\d. ]+$/m,
    );
    expect(text.stdout).toMatch(
      /^second half \(last 1 of 2 files\): entity F1 [\d.]+ learned, [\d.]+ cold start$/m,
    );
  });

  it('serve prints the URL to open', async () => {
    const notebook = join(await tempFolder(), 'nb');
    const server = await startCli(
      ['--notebook', notebook, 'serve'],
      /Open (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/,
    );
    await server.stop();
    expect(server.match[1]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/);
  });
});
