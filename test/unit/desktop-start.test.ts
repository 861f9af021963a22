import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import {
  folderKind,
  notebookFolderName,
  sampleArticles,
} from '../../electron/main/notebook-folder.ts';
import { explicitNotebook, startNotebook } from '../../electron/main/notebook-location.ts';
import { ProgressTracker, showProgress } from '../../electron/main/progress.ts';
import { EVERYTHING } from '../../electron/common/api/change.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const temporary: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-start-'));
  temporary.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the notebook the app opens at start', () => {
  const documentsDir = '/home/ana/Documents';
  it('prefers --notebook and $DOSSIER_NOTEBOOK, then the last notebook', () => {
    const explicit = explicitNotebook(['electron', '.', '--notebook', 'x.dossier'], {}, '/w');
    expect(explicit).toEqual({ folder: path.resolve('/w/x.dossier'), source: 'command line' });
    expect(explicitNotebook(['electron', '.'], { DOSSIER_NOTEBOOK: '/e.dossier' }, '/w')).toEqual({
      folder: path.resolve('/e.dossier'),
      source: 'environment',
    });
    const recent = [{ folder: '/last.dossier' }, { folder: '/older.dossier' }];
    expect(startNotebook({ explicit, recent, recentFileExists: true, documentsDir })).toBe(
      explicit,
    );
    expect(startNotebook({ explicit: null, recent, recentFileExists: true, documentsDir })).toEqual(
      {
        folder: '/last.dossier',
        source: 'recent',
      },
    );
  });

  it('opens the sample on the first run only', () => {
    expect(
      startNotebook({ explicit: null, recent: [], recentFileExists: false, documentsDir }),
    ).toEqual({
      folder: path.join(documentsDir, 'Dossier', 'Sample.dossier'),
      source: 'sample',
    });
    expect(
      startNotebook({ explicit: null, recent: [], recentFileExists: true, documentsDir }),
    ).toEqual({
      folder: path.join(documentsDir, 'Dossier', 'Research.dossier'),
      source: 'default',
    });
  });
});

describe('notebook folders', () => {
  it('names a new notebook with .dossier', () => {
    expect(notebookFolderName('/d/Project X')).toBe('/d/Project X.dossier');
    expect(notebookFolderName('/d/Project.dossier')).toBe('/d/Project.dossier');
    expect(notebookFolderName('/d/P.DOSSIER/')).toBe('/d/P.DOSSIER');
  });

  it('tells a notebook from other folders', async () => {
    const dir = tempDir();
    const notebook = path.join(dir, 'N.dossier');
    mkdirSync(notebook);
    writeFileSync(path.join(notebook, 'notebook.json'), '{}');
    mkdirSync(path.join(dir, 'empty'));
    mkdirSync(path.join(dir, 'other'));
    writeFileSync(path.join(dir, 'other', 'a.txt'), 'a');
    writeFileSync(path.join(dir, 'file'), 'f');
    expect(await folderKind(notebook)).toBe('notebook');
    expect(await folderKind(path.join(dir, 'empty'))).toBe('empty');
    expect(await folderKind(path.join(dir, 'other'))).toBe('other-folder');
    expect(await folderKind(path.join(dir, 'file'))).toBe('file');
    expect(await folderKind(path.join(dir, 'missing'))).toBe('missing');
  });

  it('builds the sample notebook from resources/sample-notebook', async () => {
    const files = await sampleArticles(path.join(root, 'resources', 'sample-notebook'));
    expect(files.map((file) => path.basename(file))).toHaveLength(3);
    const service = await NotebookService.open(path.join(tempDir(), 'Sample.dossier'), {
      app: 'test',
    });
    try {
      const results = await service.importPaths(files);
      expect(results.map((result) => result.status)).toEqual(['imported', 'imported', 'imported']);
      const info = await service.info({});
      expect(info.title).toBe('Sample');
      expect(info.articleCount).toBe(3);
      const titles = results.map((result) => result.title);
      expect(titles).toContain('Brazil Signs Artemis Accords');
      expect(titles).toContain('Kingdom of Bahrain Signs the Artemis Accords');
    } finally {
      await service.close();
    }
  });
});

describe('taskbar progress', () => {
  it('adds up the running imports and clears the bar when they are done', () => {
    const tracker = new ProgressTracker();
    const event = (jobId: string, done: number, total: number) =>
      ({ type: 'import-progress', jobId, done, total, current: '' }) as const;
    expect(tracker.update({ type: 'changed', label: 'x', touched: EVERYTHING })).toBeUndefined();
    expect(tracker.update(event('a', 0, 4))).toBe(0);
    expect(tracker.update(event('b', 1, 4))).toBe(1 / 8);
    expect(tracker.update(event('a', 4, 4))).toBe(1 / 4);
    expect(tracker.update(event('b', 4, 4))).toBeNull();

    const bar: number[] = [];
    const target = { isDestroyed: () => false, setProgressBar: (value: number) => bar.push(value) };
    showProgress(target, 0.5);
    showProgress(target, 2);
    showProgress(target, null);
    showProgress(target, Number.NaN);
    showProgress(null, 0.5);
    expect(bar).toEqual([0.5, 1, -1, -1]);
  });
});
