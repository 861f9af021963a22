// The Electron executable, found as node_modules/electron/index.js would find it but without
// loading the `electron` package: loading it tries to download the binary, which fails at once
// on a machine without network. Shared by `npm start` and the Electron end-to-end test.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The Electron executable under the project folder `root`, or null when it is not installed. */
export function electronBinary(root) {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = path.join(override, relative || 'electron');
    return existsSync(binary) ? binary : null;
  }
  if (relative === '') return null;
  const binary = path.join(packageDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}
