import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test as base, expect } from './fixtures.ts';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const SAMPLES = resolve(repoRoot, '../shared/samples/articles');
const SHOTS = '/tmp/shots';

function dossier(dir: string, ...args: string[]): string {
  return execFileSync(process.execPath, ['scripts/dossier.mjs', '--notebook', dir, ...args], {
    cwd: repoRoot,
    stdio: 'pipe',
    encoding: 'utf8',
  });
}

/** The notebook holds the sample article with every suggestion accepted, before the server. */
const test = base.extend({
  // eslint-disable-next-line no-empty-pattern
  notebookDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-briefing-'));
    dossier(dir, 'import', SAMPLES);
    dossier(dir, 'suggest', '--accept');
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
});

async function openBriefing(page: Page) {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /Briefing/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Briefing' })).toBeVisible();
}

test('the briefing previews live, stays safe and exports Markdown with footnotes', async ({
  app,
}) => {
  const dialogs: string[] = [];
  app.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openBriefing(app);

  const preview = app.getByTestId('briefing-preview');
  await expect(preview.getByRole('heading', { name: 'Key actors' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(preview.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(app.getByRole('combobox', { name: 'Briefing' })).toHaveValue('');

  // The bottom line, typed: the default briefing becomes a stored one and the preview follows.
  const text = app.getByLabel('Section text (Markdown)');
  await text.fill('Blinken and Austin reaffirmed the **alliance** commitments.');
  await expect(preview).toContainText('Blinken and Austin reaffirmed the alliance commitments.');
  await expect(preview.locator('strong', { hasText: 'alliance' })).toBeVisible();
  await expect(app.getByRole('combobox', { name: 'Briefing' })).not.toHaveValue('');

  // Sections move with the keyboard.
  const up = app.getByRole('button', { name: 'Move “Timeline” up' });
  await up.focus();
  await app.keyboard.press('Enter');
  await expect(
    app.getByRole('list', { name: 'Sections' }).getByRole('listitem').nth(1),
  ).toContainText('Timeline');

  // HTML in the analyst's text is never live.
  await text.fill('Bottom line <img src=x onerror=alert(1)> stays text.');
  await expect(preview).toContainText('stays text.');
  await expect(preview.locator('img')).toHaveCount(0);
  await app.waitForTimeout(500);
  expect(dialogs).toEqual([]);

  await mkdir(SHOTS, { recursive: true });
  await app.screenshot({ path: join(SHOTS, 'briefing.png') });

  // Markdown export downloads a file with footnotes.
  const downloading = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Markdown' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  const markdown = await readFile((await download.path())!, 'utf8');
  expect(markdown).toContain('[^1]');
  expect(markdown).toContain('stays text.');
  // Escaped (`\<img`): Markdown readers show it as text, never as an element.
  expect(markdown).not.toMatch(/(^|[^\\])<img/i);

  // The app's Undo takes the last edit back; composer and preview follow.
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(preview).not.toContainText('stays text.');
  await expect(preview).toContainText('reaffirmed the alliance commitments.');
  await expect(text).toHaveValue('Blinken and Austin reaffirmed the **alliance** commitments.');
});
