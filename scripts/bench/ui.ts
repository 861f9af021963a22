// Rendering at scale in browser mode (Debian Chromium through playwright-core), on FOLDER (the
// 10,000-article notebook of `npm run bench -- --ui`): the Library's first rows and scrolling,
// the Reader on the article with 1,000 mentions, the entity registry, the timeline (list and
// zoom), the link chart (opened, layout done) and the command palette's search. Usage:
// tsx scripts/bench/ui.ts FOLDER [ARTICLE_ID] [--only=library,reader,registry,timeline,chart,search]
// (by default all of them) [--profile] (the chart's opening profiled, not measured).
// Prints one JSON line last (docs/PERFORMANCE.md says what each figure is); a figure is null,
// with a note saying why, when the page did not show what was expected.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { startServer } from '../../electron/serve/server.ts';
import { stats } from './stats.ts';
import { measureChart, profileChartOpen, seedChartRelations } from './ui-chart.ts';
import { measureLibrary, openLibrary } from './ui-library.ts';
import { frameStats, log, showView } from './ui-measure.ts';
import { measureReader } from './ui-reader.ts';
import { searchInPalette } from './ui-search.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../electron/core/briefing/chromium.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [folder, articleId = ''] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const onlyArg = process.argv.find((arg) => arg.startsWith('--only='));
const sections = new Set(
  onlyArg === undefined
    ? ['library', 'reader', 'registry', 'timeline', 'chart', 'search']
    : onlyArg.slice('--only='.length).split(','),
);
/** One opening of the chart under the profiler, printed bottom-up (see profileChartOpen). */
const profile = process.argv.includes('--profile');
const QUERY = 'nuclear security';

async function main(): Promise<void> {
  const result: Record<string, unknown> = {
    load_average: loadavg().map((l) => Math.round(l * 100) / 100),
  };
  if (!existsSync(join(root, 'dist/renderer/index.html'))) {
    log('building the renderer…');
    spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  }
  if (sections.has('chart')) await seedChartRelations(folder!);
  const service = await NotebookService.open(folder!, { app: 'bench ui' });
  // The search index is loaded (or built) by the first search, not measured here.
  await service.search({ query: QUERY, limit: 8 });
  const server = await startServer({ service, staticDir: join(root, 'dist/renderer'), port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // tsx keeps function names with a helper the page does not have: give it a stand-in.
    await page.addInitScript('window.__name = (f) => f');
    page.on('pageerror', (error) => log(`page error: ${error.message}`));

    // Library: from navigation to the first rows, then scrolling a screenful per frame.
    await measureLibrary(page, server.url, sections.has('library'), result);

    // Reader: the article with 1,000 mentions, opened from the Library.
    if (sections.has('reader') && articleId !== '' && result.library_first_rows_ms !== null) {
      const summary = await service.getArticle({ id: articleId as never });
      const article = { title: summary.title, mentions: summary.mentions.length };
      await measureReader(page, server.url, article, result);
    }

    // The entity registry and the timeline, each reached from the Library.
    if (sections.has('registry')) {
      await openLibrary(page, server.url);
      await showView(page, 'Entities');
      await page.locator('.entity-list-scroll li').first().waitFor({ timeout: 60_000 });
      await frameStats(page, 'registry_scroll', '.entity-list-scroll', result);
    }
    if (sections.has('timeline')) {
      await openLibrary(page, server.url);
      await showView(page, 'Timeline');
      await page.locator('.tl-canvas').waitFor({ timeout: 60_000 });
      await frameStats(page, 'timeline_scroll', '.tl-list', result);
      await frameStats(page, 'timeline_zoom', '.tl-axis-body', result, [
        'button[aria-label="Zoom in"]',
        'button[aria-label="Zoom out"]',
      ]);
    }

    // The link chart, from the Library to the nodes where the layout (in its worker) put them.
    if (sections.has('chart')) {
      if (!profile) await measureChart(page, server.url, folder!, result);
      else
        for (const row of await profileChartOpen(page, server.url, folder!))
          log(`${String(row.selfMs).padStart(8)} ms  ${row.fn}`);
    }

    // Search in the command palette, from the Library.
    if (sections.has('search')) {
      await openLibrary(page, server.url);
      const search = await searchInPalette(page, QUERY);
      result.palette_keystroke_ms = stats(search.keystrokes);
      result.search_results_ms = search.results;
      log(
        `palette_keystroke_ms ${JSON.stringify(result.palette_keystroke_ms)}, search_results_ms ${Math.round(search.results)}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    await service.close();
  }
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
