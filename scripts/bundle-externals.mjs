// What the CLI's bundle (scripts/dossier.mjs) and the tests' child processes bundled with esbuild
// (test/unit/reliability-crash.test.ts) leave to node_modules.
import { readFileSync } from 'node:fs';

/**
 * Bundled in: the pure-JS libraries every command loads at its start. Loaded from node_modules
 * they took half of a start's CPU (resolving and reading their many module files): a `dossier
 * serve` started in about 1.0 s of CPU, 0.5 s with them bundled; every e2e test starts one. The
 * other packages stay external: they load only when a command needs them (the format readers, the
 * recognizer, the exporters), and some read their own files at run time.
 */
const bundled = new Set([
  'zod',
  'lowdb',
  'steno',
  'chrono-node',
  'countries-list',
  'city-timezones',
]);

/** esbuild's `external`: every other package of package.json, with its subpaths. */
export function bundleExternals(packageJsonPath) {
  const { dependencies, devDependencies } = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
  return Object.keys({ ...dependencies, ...devDependencies })
    .filter((name) => !bundled.has(name))
    .flatMap((name) => [name, `${name}/*`]);
}
