import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch, localApi } from '../../electron/core/api/dispatch.ts';
import { maybeSnapshot } from '../../electron/core/store/backups.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { runCli, runCliInProcess } from '../support/cli.ts';
import { tempFolder } from '../support/temp-folder.ts';

/**
 * Errors of the operating system (issue 22): disk full, permissions, a read-only disk, a folder
 * where the notebook's file should be. Each is one line naming the file and what to do, code
 * `io` from the API and exit 1 from the CLI, never "internal error" with a stack trace.
 */

/** The fault to inject into the file operations whose path matches. */
let fault: { code: string; where: 'open' | 'write' | 'mkdir'; match: RegExp } | null = null;

function errno(code: string, syscall: string, path?: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: injected, ${syscall}`);
  error.code = code;
  error.syscall = syscall;
  if (path !== undefined) error.path = path;
  return error;
}

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const open: typeof real.open = async (path, flags, mode) => {
    const injected = fault !== null && flags === 'w' && fault.match.test(String(path));
    if (injected && fault!.where === 'open') throw errno(fault!.code, 'open', String(path));
    const handle = await real.open(path, flags, mode);
    if (!injected) return handle;
    const code = fault!.code;
    // As a real full disk does: the write fails on the open file, and names no path.
    handle.writeFile = () => Promise.reject(errno(code, 'write'));
    return handle;
  };
  const mkdir: typeof real.mkdir = (async (path: string, options?: object) => {
    if (fault?.where === 'mkdir' && fault.match.test(String(path)))
      throw errno(fault.code, 'mkdir', String(path));
    return real.mkdir(path, options);
  }) as typeof real.mkdir;
  return { ...real, open, mkdir, default: { ...real, open, mkdir } };
});

afterEach(() => {
  fault = null;
});

const CASES = [
  { code: 'ENOSPC', where: 'write', says: 'the disk is full. Free some space and try again.' },
  {
    code: 'EACCES',
    where: 'open',
    says: 'permission denied. Check its permissions and those of its folder',
  },
  { code: 'EPERM', where: 'open', says: 'the operation is not permitted. Check its permissions' },
  { code: 'EROFS', where: 'open', says: 'the disk is read-only. Copy the notebook to a writable' },
] as const;

describe('an OS error while saving, through the API', () => {
  for (const { code, where, says } of CASES) {
    it(`${code}: one line naming the file and what to do; nothing half-written; the notebook works on`, async () => {
      const folder = join(await tempFolder('dossier-oserr-'), 'nb');
      const service = await NotebookService.open(folder);
      try {
        fault = { code, where, match: /\/articles\/\.[^/]+\.json\.\d+\.\d+\.tmp$/ };
        const result = await dispatch(service, 'addText', { title: 'Report', text: 'Some text.' });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe('io');
        expect(result.error.message.startsWith(`Cannot write ${folder}/articles/`)).toBe(true);
        expect(result.error.message).toMatch(/\/articles\/[a-z0-9]{12}\.json: /);
        expect(result.error.message).toContain(says);
        expect(result.error.message).not.toMatch(/\n|\.tmp|at .*\.ts:\d+/);
        fault = null;
        expect(await readdir(join(folder, 'articles'))).toEqual([]);
        const again = await dispatch(service, 'addText', { title: 'Report', text: 'Some text.' });
        expect(again.ok).toBe(true);
      } finally {
        fault = null;
        await service.close();
      }
    });
  }
});

describe('an OS error, from the CLI', () => {
  it('notebook.json replaced by a folder: one line naming it, exit 1', async () => {
    const folder = join(await tempFolder('dossier-oserr-'), 'nb');
    await (await NotebookService.open(folder)).close();
    await rename(join(folder, 'notebook.json'), join(folder, 'notebook.json.moved'));
    await mkdir(join(folder, 'notebook.json'));
    // The binary for one command; the second's message is the same in-process.
    const list = runCli(['--notebook', folder, 'list']);
    const addText = ['add-text', '--title', 'T', '--file', '/dev/null'];
    const add = await runCliInProcess(['--notebook', folder, ...addText]);
    for (const [command, result] of [
      ['list', list],
      ['add-text', add],
    ] as const) {
      expect(result.code, command).toBe(1);
      expect(result.stderr).toBe(
        `dossier: Cannot read ${folder}/notebook.json: it is a folder, not a file. Move that folder out of the way (dossier restore brings back a backup), and try again.\n`,
      );
    }
  });

  it('a full disk, then a read-only one (a 64 KB tmpfs; needs root to mount)', async ({ skip }) => {
    const mountPoint = await tempFolder('dossier-tmpfs-');
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], {
        stdio: 'pipe',
      });
    } catch (error) {
      return skip(`mount is not permitted here (${String(error).split('\n')[0]})`);
    }
    try {
      const folder = join(mountPoint, 'nb');
      const text = join(await tempFolder('dossier-text-'), 'big.txt');
      await writeFile(text, 'A long report. '.repeat(20_000));
      const full = runCli(['--notebook', folder, 'add-text', '--title', 'Big', '--file', text]);
      expect(full.code).toBe(1);
      expect(full.stderr).toMatch(
        /^dossier: Cannot write \S+: the disk is full\. Free some space and try again\.\n$/,
      );
      execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
      const readOnly = await runCliInProcess([
        '--notebook',
        folder,
        'add-text',
        '--title',
        'T',
        '--file',
        text,
      ]);
      expect(readOnly.code).toBe(1);
      expect(readOnly.stderr).toMatch(/^dossier: .*the disk is read-only\. Copy the notebook/);
      expect(readOnly.stderr.split('\n')).toHaveLength(2);
    } finally {
      execFileSync('umount', [mountPoint]);
    }
  });
});

describe('backups that cannot be taken', () => {
  it('are reported by the API (info().backupProblem) until one is taken again', async () => {
    const folder = join(await tempFolder('dossier-oserr-'), 'nb');
    const first = await NotebookService.open(folder);
    await localApi(first).addText({ title: 'Report', text: 'Some text.' });
    await first.close();

    fault = { code: 'EACCES', where: 'mkdir', match: /\/backups\/\d{8}-\d{6}/ };
    const service = await NotebookService.open(folder);
    try {
      const api = localApi(service);
      const { backupProblem } = await api.info({});
      expect(backupProblem).toMatch(
        new RegExp(
          `^No backup of the notebook could be taken: Cannot create ${folder}/backups/\\d{8}-\\d{6}\\S*: permission denied\\. .* Your changes themselves are saved\\.$`,
        ),
      );
      // The change itself is saved, and said to be.
      await api.addText({ title: 'Another', text: 'More text.' });
      expect((await api.info({})).backupProblem).toBe(backupProblem);
      fault = null;
      expect(
        await maybeSnapshot(folder, service.store.backupState, {
          now: new Date(Date.now() + 3_600_000),
        }),
      ).not.toBe(null);
      expect((await api.info({})).backupProblem).toBe(null);
    } finally {
      fault = null;
      await service.close();
    }
  });

  it('read-only backups/: the CLI saves the change and warns on stderr', async ({ skip }) => {
    const folder = join(await tempFolder('dossier-oserr-'), 'nb');
    const first = await NotebookService.open(folder);
    await localApi(first).addText({ title: 'Report', text: 'Some text.' });
    await first.close();
    const backups = join(folder, 'backups');
    // Root ignores permissions: it needs the immutable attribute instead.
    const root = process.getuid?.() === 0;
    const lock = root ? ['chattr', ['+i', backups]] : ['chmod', ['555', backups]];
    const unlock = root ? ['chattr', ['-i', backups]] : ['chmod', ['755', backups]];
    try {
      execFileSync(lock[0] as string, lock[1] as string[], { stdio: 'pipe' });
    } catch (error) {
      return skip(`cannot make a folder read-only here (${String(error).split('\n')[0]})`);
    }
    const text = join(await tempFolder('dossier-text-'), 'note.txt');
    await writeFile(text, 'A second report.');
    try {
      const result = runCli(['--notebook', folder, 'add-text', '--title', 'T', '--file', text]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^[a-z0-9]{12}\n$/);
      expect(result.stderr).toMatch(
        /^dossier: warning: No backup of the notebook could be taken: Cannot create \S+\/backups\/\S+: .+ Your changes themselves are saved\.\n$/,
      );
    } finally {
      execFileSync(unlock[0] as string, unlock[1] as string[]);
    }
  });
});
