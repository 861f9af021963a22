import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { runCli } from '../support/cli.ts';
import { tempFolder } from '../support/temp-folder.ts';

/**
 * Errors of the operating system (issue 22): disk full, permissions, a read-only disk, a folder
 * where the notebook's file should be. Each is one line naming the file and what to do, code
 * `io` from the API and exit 1 from the CLI, never "internal error" with a stack trace.
 */

/** The fault to inject into the next durable write whose temporary file matches. */
let fault: { code: string; where: 'open' | 'write'; match: RegExp } | null = null;

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
  return { ...real, open, default: { ...real, open } };
});

afterEach(() => {
  fault = null;
});

const CASES = [
  { code: 'ENOSPC', where: 'write', says: 'the disk is full. Free some space and try again.' },
  { code: 'EACCES', where: 'open', says: 'permission denied. Check that you may write to it' },
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
    for (const command of [['list'], ['add-text', '--title', 'T', '--file', '/dev/null']]) {
      const result = runCli(['--notebook', folder, ...command]);
      expect(result.code, command[0]).toBe(1);
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
      const readOnly = runCli(['--notebook', folder, 'add-text', '--title', 'T', '--file', text]);
      expect(readOnly.code).toBe(1);
      expect(readOnly.stderr).toMatch(/^dossier: .*the disk is read-only\. Copy the notebook/);
      expect(readOnly.stderr.split('\n')).toHaveLength(2);
    } finally {
      execFileSync('umount', [mountPoint]);
    }
  });
});
