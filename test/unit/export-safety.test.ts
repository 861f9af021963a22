import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { runCliInProcess } from '../support/cli.ts';
import { snapshotFolder } from '../support/folder-snapshot.ts';
import { tempFolder } from '../support/temp-folder.ts';

/**
 * Exports and the notebook folder (issue 22): an export never reads through a link inside the
 * notebook (a folder received from someone else could make it carry out a local file), never
 * writes into the notebook's folder, and cleans the leftovers of an export that was killed.
 */

const SECRET = 'the contents of a private file elsewhere on this computer';

/** A closed notebook with one imported article, its original kept in originals/. */
async function notebookWithOriginal(): Promise<{ root: string; folder: string; file: string }> {
  const root = await tempFolder('dossier-export-safety-');
  const folder = join(root, 'nb');
  const source = join(root, 'report.txt');
  await writeFile(source, 'A short report.\n\nIt says what happened on Monday.\n');
  const service = await NotebookService.open(folder);
  const [result] = await service.importPaths([source]);
  expect(result?.status).toBe('imported');
  const [article] = service.store.listArticles();
  await service.close();
  return { root, folder, file: article!.original!.file };
}

async function exportJson(folder: string) {
  const service = await NotebookService.open(folder, { readOnly: true });
  try {
    return await dispatch(service, 'exportBriefing', { format: 'json' });
  } finally {
    await service.close();
  }
}

describe('the JSON export reads no link inside the notebook', () => {
  it('embeds a plain original', async () => {
    const { folder, file } = await notebookWithOriginal();
    const result = await exportJson(folder);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).toContain(file);
  });

  it('refuses an original that is a link to a file elsewhere, naming it', async () => {
    const { root, folder, file } = await notebookWithOriginal();
    const secret = join(root, 'secret.txt');
    await writeFile(secret, SECRET);
    await rm(join(folder, 'originals', file));
    await symlink(secret, join(folder, 'originals', file));
    const result = await exportJson(folder);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'io',
        file: `originals/${file}`,
        message: `The notebook's originals/${file} is a symbolic link; an export never reads through a link (it could carry out a file from elsewhere on this computer). Replace the link by the file itself, or remove it, and export again.`,
      },
    });
    expect(JSON.stringify(result)).not.toContain(Buffer.from(SECRET).toString('base64'));
  });

  it('refuses an originals folder that is a link', async () => {
    const { root, folder, file } = await notebookWithOriginal();
    const elsewhere = join(root, 'elsewhere');
    await mkdir(elsewhere);
    await writeFile(join(elsewhere, file), SECRET);
    await rm(join(folder, 'originals'), { recursive: true });
    await symlink(elsewhere, join(folder, 'originals'));
    const result = await exportJson(folder);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain("The notebook's originals is a symbolic link");
  });

  it('refuses an original that is not a plain file (a FIFO would hang the export)', async () => {
    const { folder, file } = await notebookWithOriginal();
    await rm(join(folder, 'originals', file));
    const made = spawnSync('mkfifo', [join(folder, 'originals', file)]);
    expect(made.status).toBe(0);
    const result = await exportJson(folder);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain(`originals/${file} is not a plain file`);
  });
});

describe('an export never writes into the notebook folder', () => {
  it('refuses --out inside the notebook, also through a link to it, and changes nothing', async () => {
    const { root, folder } = await notebookWithOriginal();
    await symlink(folder, join(root, 'link-to-nb'));
    const before = await snapshotFolder(folder);
    const attempts = [
      ['--format', 'json', '--out', join(folder, 'notebook.json'), '--force'],
      ['--format', 'md', '--out', join(folder, 'articles'), '--force'],
      ['--format', 'csv', '--out', join(folder, 'cache')],
      ['--format', 'json', '--out', join(root, 'link-to-nb', 'notebook.json'), '--force'],
      ['--format', 'md', '--out', folder],
    ];
    for (const args of attempts) {
      const result = await runCliInProcess(['--notebook', folder, 'export', ...args]);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(
        /^dossier: \S+ is inside the notebook \S+; an export is never written into the notebook's folder\. Choose a folder outside it\.\n$/,
      );
    }
    expect(await snapshotFolder(folder)).toEqual(before);
    // Beside the notebook is fine.
    const beside = await runCliInProcess([
      '--notebook',
      folder,
      'export',
      '--format',
      'json',
      '--out',
      root,
    ]);
    expect(beside.code).toBe(0);
    expect(await readdir(root)).toContain('nb.dossier.json');
  });
});

describe('leftovers of a killed export', () => {
  it('are removed by the next export to that folder: only Dossier’s, only when their writer is gone', async () => {
    const { root, folder } = await notebookWithOriginal();
    const out = join(root, 'out');
    await mkdir(out);
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const running = process.pid;
    const leftovers = {
      abandoned: `.briefing.md.${gone}.3.tmp`,
      abandonedElse: `.other.json.${gone}.1.tmp`,
      stillWriting: `.briefing.md.${running}.1.tmp`,
      notOurs: `.briefing.md.${gone}.tmp`,
      usersFile: `notes.${gone}.1.tmp`,
    };
    for (const name of Object.values(leftovers)) await writeFile(join(out, name), 'partial');
    await mkdir(join(out, `.folder.${gone}.2.tmp`));

    const result = await runCliInProcess([
      '--notebook',
      folder,
      'export',
      '--format',
      'md',
      '--out',
      out,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(
      [
        leftovers.stillWriting,
        leftovers.notOurs,
        leftovers.usersFile,
        `.folder.${gone}.2.tmp`,
        'nb.md',
      ].sort(),
    );
    expect(await readFile(join(out, leftovers.stillWriting), 'utf8')).toBe('partial');
  });
});
