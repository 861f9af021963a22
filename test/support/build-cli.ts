import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Builds the CLI bundle once, before any test file starts. Left to the tests, the first dozen
 * CLI calls of files running in parallel each found it stale and built it at once, and under
 * load a `dossier serve` waiting on those builds ran past its test's time limit.
 */
export default function buildCli(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const result = spawnSync(process.execPath, [resolve(root, 'scripts/dossier.mjs'), '--help'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('The dossier CLI did not build (see above).');
}
