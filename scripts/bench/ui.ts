// Rendering at scale in browser mode (Debian Chromium through playwright-core): the Library with
// every article of FOLDER, scrolling it, and the Reader on an article with 1,000 mentions.
// Usage: tsx scripts/bench/ui.ts FOLDER [ARTICLE_ID]   (npm run bench -- --ui runs it on the
// 10,000-article notebook). Prints one JSON line last; each figure is null with a reason when
// the page did not show what was expected.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { startServer } from '../../electron/serve/server.ts';
import { stats } from './stats.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const folder = process.argv[2]!;
const articleId = process.argv[3] ?? '';
const log = (line: string) => process.stderr.write(`  [ui] ${line}\n`);

async function main(): Promise<void> {
  const result: Record<string, unknown> = {};
  if (!existsSync(join(root, 'dist/renderer/index.html'))) {
    log('building the renderer…');
    spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  }
  const service = await NotebookService.open(folder, { app: 'bench ui' });
  const server = await startServer({ service, staticDir: join(root, 'dist/renderer'), port: 0 });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const rows = page.locator('table[aria-label="Articles"] tbody tr[data-index]');
    // Library: from navigation to the first rows of the list.
    const t0 = Date.now();
    await page.goto(server.url);
    try {
      await rows.first().waitFor({ timeout: 60_000 });
      result.library_first_rows_ms = Date.now() - t0;
      result.library_rows_in_dom = await rows.count();
    } catch (error) {
      result.library_first_rows_ms = null;
      result.library_note = `no article rows appeared: ${String(error).slice(0, 160)}`;
    }
    log(
      `library first rows ${result.library_first_rows_ms} ms (${result.library_rows_in_dom} rows in the DOM)`,
    );

    // Scroll: frame times while the list scrolls 60 times by a screenful.
    if (result.library_first_rows_ms !== null) {
      const frames = await page.evaluate(async () => {
        const table = document.querySelector('table[aria-label="Articles"]');
        let box: HTMLElement | null = table as HTMLElement | null;
        while (box !== null && box.scrollHeight <= box.clientHeight + 1) box = box.parentElement;
        if (box === null) return [];
        const times: number[] = [];
        let last = performance.now();
        for (let i = 0; i < 60; i++) {
          box.scrollTop += box.clientHeight;
          await new Promise((done) => requestAnimationFrame(() => done(null)));
          const now = performance.now();
          times.push(now - last);
          last = now;
        }
        return times;
      });
      result.library_scroll_frame_ms = frames.length > 0 ? stats(frames) : null;
      log(`scroll frames ${JSON.stringify(result.library_scroll_frame_ms)}`);
    }

    // Reader: the article with 1,000 mentions, from the double-click to its marks on screen.
    if (articleId !== '' && result.library_first_rows_ms !== null) {
      const times: number[] = [];
      const summary = await service.getArticle({ id: articleId as never });
      for (let i = 0; i < 3; i++) {
        await page.goto('about:blank');
        await page.goto(server.url);
        await rows.first().waitFor({ timeout: 60_000 });
        const filter = page.getByPlaceholder('Filter by title, source or tag');
        await filter.fill(summary.title);
        const row = rows.filter({ hasText: summary.title }).first();
        await row.waitFor({ timeout: 30_000 });
        const start = Date.now();
        await row.dblclick();
        try {
          await page.waitForFunction(
            (count) => document.querySelectorAll('[data-mark-start]').length >= count,
            Math.min(900, summary.mentions.length),
            { timeout: 30_000, polling: 'raf' },
          );
          times.push(Date.now() - start);
        } catch (error) {
          result.reader_note = `the marks did not appear: ${String(error).slice(0, 160)}`;
          break;
        }
      }
      result.reader_mentions = summary.mentions.length;
      result.reader_open_ms = times.length > 0 ? stats(times) : null;
      log(
        `reader with ${summary.mentions.length} mentions ${JSON.stringify(result.reader_open_ms)}`,
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
