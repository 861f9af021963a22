// Bundles the Electron main process and the preload with esbuild. Needs no Electron binary.
//   electron/main/main.ts       -> dist/main/main.cjs       (lowdb, steno, zod... bundled in)
//   electron/preload/preload.ts -> dist/preload/preload.cjs (a sandboxed preload may require
//                                                            only 'electron': one CJS file)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const production = process.env.NODE_ENV === 'production';

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: production ? false : 'linked',
  minify: false,
  legalComments: 'inline',
  logLevel: 'warning',
};

const started = Date.now();
try {
  await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main/main.ts'],
      outfile: 'dist/main/main.cjs',
      // ESM-only dependencies may read import.meta.url, which is empty in CommonJS: give them
      // the bundle's own URL.
      define: { 'import.meta.url': '__dossierImportMetaUrl' },
      banner: {
        js: "const __dossierImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
      },
    }),
    build({
      ...common,
      entryPoints: ['electron/preload/preload.ts'],
      outfile: 'dist/preload/preload.cjs',
    }),
  ]);
} catch {
  // esbuild has already printed the errors.
  process.exit(1);
}
process.stderr.write(
  `build-electron: dist/main/main.cjs, dist/preload/preload.cjs (${Date.now() - started} ms)\n`,
);
