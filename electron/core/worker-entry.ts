import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * A folder of the workers bundled from the current sources (the unit tests set it to the CLI
 * bundle that their global setup builds): a worker started from the TypeScript sources runs
 * that build instead of loading its sources through tsx, which costs seconds of CPU each time.
 */
export const WORKER_BUNDLES_ENV = 'DOSSIER_WORKER_BUNDLES';

/**
 * The code of a worker (thread or process) beside the module that starts it, in the same form:
 * `<name>.cjs` or `.mjs` beside a bundle (every bundle that contains the module builds the worker
 * as an entry of its own: scripts/build-electron.mjs, scripts/dossier.mjs), or, among the
 * TypeScript sources, `<name>-tsx.mjs`, which loads `<name>.ts` through tsx (or `<name>.mjs` in
 * the folder WORKER_BUNDLES_ENV names). `here` is the caller's `import.meta.url`.
 */
export function workerEntry(here: string, name: string): URL {
  const extension = extname(fileURLToPath(here));
  if (extension !== '.ts') return new URL(`./${name}${extension}`, here);
  const bundles = process.env[WORKER_BUNDLES_ENV];
  if (bundles) return pathToFileURL(join(bundles, `${name}.mjs`));
  return new URL(`./${name}-tsx.mjs`, here);
}
