// Bundles the Electron main process and the preload with esbuild. Needs no Electron binary.
//   electron/main/main.ts       -> dist/main/main.cjs       (lowdb, steno, zod... bundled in)
//   electron/core/import/extract-worker.ts
//                               -> dist/main/extract-worker.cjs (the import's reading processes:
//                                                            started beside the module that
//                                                            starts them, see extract-pool.ts)
//   electron/core/suggest/reading-worker.ts
//                               -> dist/main/reading-worker.cjs (suggestions' process,
//                                                            see reading-pool.ts)
//   electron/core/search/search-worker.ts
//                               -> dist/main/search-worker.cjs (the search index's process,
//                                                            see notebook-search.ts)
//   electron/core/store/stat-worker.ts
//                               -> dist/main/stat-worker.cjs (stats the article files at open,
//                                                            see file-stats.ts)
//   electron/preload/preload.ts -> dist/preload/preload.cjs (a sandboxed preload may require
//                                                            only 'electron': one CJS file)
//
// Options: --production (no source maps; also NODE_ENV=production), --outdir DIR (write DIR/main
// and DIR/preload instead of dist/: the packaging test builds into a temporary folder).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const production = process.env.NODE_ENV === 'production' || args.includes('--production');
const outdirIndex = args.indexOf('--outdir');
const outdir = outdirIndex >= 0 ? path.resolve(args[outdirIndex + 1] ?? 'dist') : 'dist';
const out = (file) => (outdir === 'dist' ? `dist/${file}` : path.join(outdir, file));

/**
 * Dependencies that read their own files at run time, next to their sources: once bundled into
 * dist/main/main.cjs (and app.asar, with no node_modules), those files are not there. jsdom
 * (HTML import) reads its default stylesheet and resolves its sync-XHR worker; css-tree (inside
 * jsdom's CSS) loads JSON through createRequire(import.meta.url). Each is rewritten so that the
 * file is bundled (or, for the worker, which Dossier never uses, not needed). A pattern that no
 * longer matches fails the build, so a dependency update cannot break imports silently.
 */
const runtimeFiles = {
  name: 'dossier-runtime-files',
  setup(bundler) {
    const rewrite = (filter, transform) =>
      bundler.onLoad({ filter }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const contents = await transform(source, args.path);
        if (contents === source)
          throw new Error(`build-electron: nothing to rewrite in ${args.path}`);
        return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
      });
    // css-tree: a plain require() of the JSON, which esbuild bundles.
    rewrite(/[\\/]css-tree[\\/]lib[\\/](data-patch|data|version)\.js$/, (source) =>
      source
        .replace(/^import \{ createRequire \} from 'module';\r?\n/m, '')
        .replace(/^const require = createRequire\(import\.meta\.url\);\r?\n/m, ''),
    );
    // jsdom: the default stylesheet inlined as a string.
    rewrite(
      /[\\/]jsdom[\\/]lib[\\/]jsdom[\\/]living[\\/]css[\\/]helpers[\\/]computed-style\.js$/,
      async (source, file) => {
        const css = await readFile(
          path.resolve(path.dirname(file), '../../../browser/default-stylesheet.css'),
          'utf8',
        );
        return source.replace(
          /fs\.readFileSync\(\s*path\.resolve\(__dirname, "\.\.\/\.\.\/\.\.\/browser\/default-stylesheet\.css"\),\s*\{ encoding: "utf-8" \}\s*\)/,
          JSON.stringify(css),
        );
      },
    );
    // jsdom: synchronous XMLHttpRequest runs a worker script; Dossier's documents never run XHR.
    rewrite(
      /[\\/]jsdom[\\/]lib[\\/]jsdom[\\/]living[\\/]xhr[\\/]XMLHttpRequest-impl\.js$/,
      (source) =>
        source.replace(
          'require.resolve("./xhr-sync-worker.js")',
          '"xhr-sync-worker.js (not bundled: synchronous XHR is not supported)"',
        ),
    );
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  // resvg's prebuilt binary (the Word export's network picture) is copied beside the bundle
  // that loads it: app.asar has no node_modules; electron-builder.yml unpacks it from the asar.
  loader: { '.node': 'copy' },
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
      entryPoints: {
        main: 'electron/main/main.ts',
        'extract-worker': 'electron/core/import/extract-worker.ts',
        'reading-worker': 'electron/core/suggest/reading-worker.ts',
        'search-worker': 'electron/core/search/search-worker.ts',
        'stat-worker': 'electron/core/store/stat-worker.ts',
      },
      outdir: out('main'),
      outExtension: { '.js': '.cjs' },
      plugins: [runtimeFiles],
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
      outfile: out('preload/preload.cjs'),
    }),
  ]);
} catch {
  // esbuild has already printed the errors.
  process.exit(1);
}
process.stderr.write(
  `build-electron: ${out('main/main.cjs')}, ${out('main/extract-worker.cjs')}, ${out('main/reading-worker.cjs')}, ${out('main/search-worker.cjs')}, ${out('main/stat-worker.cjs')}, ${out('preload/preload.cjs')} (${Date.now() - started} ms)\n`,
);
