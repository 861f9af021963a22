import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORKER_BUNDLES_ENV } from '../../electron/core/worker-entry.ts';

/**
 * Builds the CLI bundle once, before any test file starts. Left to the tests, the first dozen
 * CLI calls of files running in parallel each found it stale and built it at once, and under
 * load a `dossier serve` waiting on those builds ran past its test's time limit.
 *
 * The bundle builds every worker (import, suggestions, search, stats) as an entry of its own:
 * the tests' workers run those (worker-entry.ts), and each start takes about a second of CPU
 * less than loading the worker's sources through tsx (the recognizer's worker 1.8 s against
 * 3.6 s, a reading process 0.9 s against 2.5 s).
 */
export default function buildCli(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const result = spawnSync(process.execPath, [resolve(root, 'scripts/dossier.mjs'), '--help'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('The dossier CLI did not build (see above).');
  process.env[WORKER_BUNDLES_ENV] = resolve(root, 'dist/cli');
}
