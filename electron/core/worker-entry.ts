import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The code of a worker (thread or process) beside the module that starts it, in the same form:
 * `<name>.cjs` or `.mjs` beside a bundle (every bundle that contains the module builds the worker
 * as an entry of its own: scripts/build-electron.mjs, scripts/dossier.mjs), or, among the
 * TypeScript sources, `<name>-tsx.mjs`, which loads `<name>.ts` through tsx. `here` is the
 * caller's `import.meta.url`.
 */
export function workerEntry(here: string, name: string): URL {
  const extension = extname(fileURLToPath(here));
  return new URL(extension === '.ts' ? `./${name}-tsx.mjs` : `./${name}${extension}`, here);
}
