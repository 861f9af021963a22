// Whether a build output is older than the sources it is built from (by modification time), for
// the scripts and tests that build only what is out of date.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    0,
  );
}

/** True when `output` is missing or a file or folder of `sources` (under `root`) is newer. */
export function isStale(root, output, sources) {
  if (!existsSync(output)) return true;
  const present = sources.map((source) => join(root, source)).filter(existsSync);
  return Math.max(...present.map(newestMtime)) > statSync(output).mtimeMs;
}
