#!/usr/bin/env node
// `npm run -s dossier -- <command>`: builds what the CLI needs when it is missing or older than
// its sources (the CLI bundle; the renderer for `serve`), then runs it. Build messages go to
// stderr: stdout stays the command's own.
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bundleExternals } from './bundle-externals.mjs';
import { isStale } from './build-freshness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cliBundle = join(root, 'dist/cli/dossier.mjs');

if (
  process.argv.includes('serve') &&
  isStale(root, join(root, 'dist/renderer/index.html'), [
    'renderer',
    'electron/common',
    'vite.config.ts',
  ])
) {
  process.stderr.write('Building the renderer…\n');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) {
    process.stderr.write('dossier: the renderer did not build (see above).\n');
    process.exit(1);
  }
}

if (
  isStale(root, cliBundle, [
    'electron/common',
    'electron/core',
    'electron/cli',
    'electron/serve',
    'scripts/bundle-externals.mjs',
    'package.json',
    'package-lock.json',
  ])
) {
  // Split so that heavy format readers (jsdom, pdfjs) load only when a command needs them.
  // Chunks have content-hashed names; the entry is renamed into place last, so a second
  // `dossier` started meanwhile never reads half a build.
  const { outputFiles } = await build({
    entryPoints: {
      dossier: join(root, 'electron/cli/main.ts'),
      // The import's reading processes, started beside the chunk that starts them (extract-pool.ts).
      'extract-worker': join(root, 'electron/core/import/extract-worker.ts'),
      // Suggestions' process, likewise (reading-pool.ts).
      'reading-worker': join(root, 'electron/core/suggest/reading-worker.ts'),
      // The search index's process, likewise (notebook-search.ts).
      'search-worker': join(root, 'electron/core/search/search-worker.ts'),
      // Stats the article files at open, likewise (file-stats.ts).
      'stat-worker': join(root, 'electron/core/store/stat-worker.ts'),
    },
    outdir: dirname(cliBundle),
    write: false,
    bundle: true,
    splitting: true,
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: bundleExternals(join(root, 'package.json')),
    logLevel: 'warning',
  });
  mkdirSync(dirname(cliBundle), { recursive: true });
  const ordered = [
    ...outputFiles.filter((file) => file.path !== cliBundle),
    ...outputFiles.filter((file) => file.path === cliBundle),
  ];
  for (const file of ordered) {
    const temp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temp, file.contents);
    renameSync(temp, file.path);
  }
}

await import(pathToFileURL(cliBundle).href);
