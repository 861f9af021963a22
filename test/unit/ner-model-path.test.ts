import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { shippedModelPath } from '../../electron/core/suggest/ner-model-path.ts';

const model = join('ner-model', 'ner-model.json.gz');
let folder = '';

/** A file at `path` under a new temporary folder (made once per test). */
function place(path: string): string {
  folder ||= mkdtempSync(join(tmpdir(), 'dossier-model-path-'));
  const file = join(folder, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, '');
  return file;
}

const moduleAt = (path: string) => pathToFileURL(join(folder, path)).href;

afterEach(() => {
  if (folder !== '') rmSync(folder, { recursive: true, force: true });
  folder = '';
});

describe('where the recognizer finds its shipped model', () => {
  it('in a packaged app: the resources folder beside app.asar, named by Electron', () => {
    const shipped = place(join('Dossier/resources', model));
    const main = moduleAt('Dossier/resources/app.asar/dist/main/main.cjs');
    expect(shippedModelPath(join(folder, 'Dossier/resources'), main)).toBe(shipped);
  });

  it('in a packaged app’s worker, should Electron not name it: found from app.asar upwards', () => {
    const shipped = place(join('Dossier/resources', model));
    const worker = moduleAt('Dossier/resources/app.asar/dist/main/reading-worker.cjs');
    expect(shippedModelPath(undefined, worker)).toBe(shipped);
  });

  it('in development: the repository’s resources/, from the sources or a bundle in dist/', () => {
    const shipped = place(join('repo/resources', model));
    // `electron .` names Electron's own resources folder, which has no model.
    const electronResources = join(folder, 'repo/node_modules/electron/dist/resources');
    for (const module of [
      'repo/electron/core/suggest/ner-model-path.ts',
      'repo/dist/main/main.cjs',
    ])
      expect(shippedModelPath(electronResources, moduleAt(module))).toBe(shipped);
  });

  it('nowhere: a path that does not exist, which loading reports as a missing model', () => {
    place('elsewhere/readme.txt');
    expect(shippedModelPath(undefined, moduleAt('app/dist/main/main.cjs'))).toBe(
      join('resources', model),
    );
  });
});
