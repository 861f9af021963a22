import { createRequire } from 'node:module';
import type nlp from 'compromise';

export type Compromise = typeof nlp;

let library: Compromise | undefined;

/**
 * compromise, loaded at its first use. Evaluating it costs about 0.9 s of CPU, which every
 * process that opens a notebook paid at start while it was a static import, though most never
 * suggest (`--help`, `list`, each `serve`). Loaded synchronously because its lexicon is read deep
 * in synchronous code (a company's short name, while a command resolves an entity).
 */
export function compromise(): Compromise {
  library ??= load();
  return library;
}

/** Both ways load the package's CommonJS build. */
function load(): Compromise {
  // The app's CommonJS bundles: esbuild bundles a plain require (app.asar has no node_modules).
  // `module`, not `require` alone: in an ES module bundle esbuild makes `require` a function that
  // throws.
  if (typeof module === 'object' && typeof require === 'function') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
    return require('compromise') as Compromise;
  }
  // ES modules (tsx, the CLI's bundle, whose packages are external): resolved from this file.
  return createRequire(import.meta.url)('compromise') as Compromise;
}
