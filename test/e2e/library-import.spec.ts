import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { settled, shot } from './shots.ts';

/**
 * Importing into the Library (file input and drag and drop), the result list, and the table:
 * sorting, filtering, editing metadata and tags, deleting, all undoable. Screenshots for review
 * go to DOSSIER_SHOTS when it is set (shots.ts).
 */
const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const SAMPLES = resolve(repoRoot, 'test/fixtures/state-dept');
const STATE = 'U.S. Department of State';

const SYRIA = { file: 'joint-statement-on-syria.html', title: 'Joint Statement on Syria' };
const TIMOR = {
  file: 'timor-leste-presidential-election.html',
  title: 'Timor-Leste Presidential Election',
};
const LAPID = {
  file: 'visit-by-israeli-foreign-minister-yair-lapid-to-morocco-for-the-reopening-of-the.html',
  title:
    'Visit by Israeli Foreign Minister Yair Lapid to Morocco for the Reopening of the Israeli Liaison Office',
};
const ANNIVERSARY = {
  file: '20th-anniversary-of-timor-lestes-restoration-of-independence.html',
  title: '20th Anniversary of Timor-Leste’s Restoration of Independence',
};

async function sample(file: string) {
  return { name: file, mimeType: 'text/html', buffer: await readFile(join(SAMPLES, file)) };
}

function table(page: Page) {
  return page.getByRole('table', { name: 'Articles' });
}

function row(page: Page, title: string) {
  return table(page).getByRole('row', { name: title });
}

/** The titles of the rows in the table, top to bottom. */
async function titles(page: Page): Promise<string[]> {
  return table(page).locator('[role="row"][data-index] .row-link').allTextContents();
}

test('imports files, reports each one, and lists, sorts, filters, edits and deletes articles', async ({
  app,
}) => {
  await expect(app.getByText('No articles yet')).toBeVisible();
  await expect(
    app.getByText('Import files or paste an article to start. Drop files anywhere on this window.'),
  ).toBeVisible();

  // Hold the upload until the progress panel has been seen.
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await app.route('**/api/importFiles', async (route) => {
    await held;
    await route.continue();
  });
  await app.getByLabel('Choose files to import').setInputFiles([
    await sample(SYRIA.file),
    await sample(TIMOR.file),
    await sample(LAPID.file),
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    {
      name: 'slides.pptx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('PK\u0003\u0004'),
    },
  ]);
  const progress = app.getByRole('region', { name: 'Importing' });
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await expect(progress).toContainText(/\d of 5/);
  await expect(progress.getByRole('button', { name: 'Cancel' })).toBeEnabled();
  // The page stays usable meanwhile: the paste panel (open on an empty notebook) closes.
  await app.getByRole('button', { name: 'Paste text' }).click();
  await expect(app.getByRole('form', { name: 'Paste an article' })).toHaveCount(0);
  release();

  const results = app.getByRole('region', { name: 'Import finished' });
  await expect(results).toContainText('3 imported, 2 failed');
  const items = results.getByRole('listitem');
  await expect(items).toHaveCount(5);
  // Failed files first, each with its reason.
  await expect(items.nth(0)).toContainText('Failed');
  await expect(items.nth(0)).toContainText('empty.txt is empty');
  await expect(items.nth(1)).toContainText('Failed');
  await expect(items.nth(1)).toContainText('.pptx');
  await expect(items.nth(2)).toContainText('Imported');
  await expect(results.getByRole('button', { name: 'Undo import' })).toBeEnabled();

  // The table lists them with their source and their dates.
  await expect(table(app)).toHaveAttribute('aria-rowcount', '4');
  for (const [article, date] of [
    [SYRIA, '13 May 2022'],
    [TIMOR, '21 Apr 2022'],
    [LAPID, '12 Aug 2021'],
  ] as const) {
    await expect(row(app, article.title)).toContainText(STATE);
    await expect(row(app, article.title)).toContainText(date);
  }
  await expect(app.getByRole('main').getByText('No articles yet')).toHaveCount(0);

  // The same file again is a duplicate, not a second copy.
  await app.getByLabel('Choose files to import').setInputFiles([await sample(TIMOR.file)]);
  await expect(results).toContainText('1 duplicate');
  await expect(results.getByRole('listitem')).toContainText('Duplicate');
  await expect(results.getByRole('listitem')).toContainText(TIMOR.title);
  await expect(table(app)).toHaveAttribute('aria-rowcount', '4');
  await results.getByRole('button', { name: 'Dismiss import results' }).click();
  await expect(results).toHaveCount(0);

  // Sort by date: newest first, then oldest first.
  const dateHeader = table(app).getByRole('columnheader', { name: 'Date' });
  await dateHeader.getByRole('button').click();
  await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
  expect(await titles(app)).toEqual([SYRIA.title, TIMOR.title, LAPID.title]);
  await dateHeader.getByRole('button').click();
  await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
  expect(await titles(app)).toEqual([LAPID.title, TIMOR.title, SYRIA.title]);

  // Filter by text (debounced), then by a date range.
  const search = app.getByRole('searchbox', { name: 'Filter by title, source or tag' });
  await search.fill('timor');
  await expect.poll(() => titles(app)).toEqual([TIMOR.title]);
  await expect(app.locator('#library-count')).toHaveText('1 of 3');
  await search.fill('no such words');
  await expect(app.getByText('No article matches these filters')).toBeVisible();
  await app.getByRole('main').getByRole('button', { name: 'Clear filters' }).last().click();
  await expect.poll(() => titles(app)).toHaveLength(3);
  await app.getByLabel('Published from').fill('2022');
  await app.getByLabel('Published to').fill('2022-04');
  await expect.poll(() => titles(app)).toEqual([TIMOR.title]);
  await app.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => titles(app)).toHaveLength(3);

  // Select a row: its details open beside the table. Edit the title; Undo restores it.
  await row(app, SYRIA.title).getByRole('cell').nth(1).click();
  const details = app.getByRole('complementary', { name: 'Details' });
  await expect(details).toBeVisible();
  await expect(details).toContainText(SYRIA.file);
  await expect(details).toContainText('text/html');
  await expect(details.getByLabel('Source')).toHaveValue(STATE);
  const titleField = details.getByLabel('Title');
  await expect(titleField).toHaveValue(SYRIA.title);
  await titleField.fill('Joint Statement on Syria (Brussels VI)');
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(row(app, 'Joint Statement on Syria (Brussels VI)')).toBeVisible();

  // A date the API refuses is explained next to its field, and nothing is saved.
  await details.getByLabel('Published').fill('13/05/2022');
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(details.getByRole('alert')).toHaveText(
    'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD.',
  );
  await details.getByLabel('Published').fill('2022-02-30');
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(details.getByRole('alert')).toHaveText('No such date: 2022-02-30.');
  await expect(details.getByLabel('Published')).toHaveAttribute('aria-invalid', 'true');
  await details.getByRole('button', { name: 'Cancel' }).click();
  await expect(details.getByLabel('Published')).toHaveValue('2022-05-13');

  await app.getByRole('banner').getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(titleField).toHaveValue(SYRIA.title);
  await expect(row(app, SYRIA.title)).toBeVisible();

  // Tags: Enter adds a chip; the table shows it; the tag filter finds it.
  const tagInput = details.getByLabel('Add a tag');
  await tagInput.fill('syria');
  await tagInput.press('Enter');
  await tagInput.fill('brussels');
  await tagInput.press('Enter');
  await expect(details.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText([
    'syria',
    'brussels',
  ]);
  await expect(row(app, SYRIA.title)).toContainText('syria');
  // Backspace in the empty field removes the last tag; × removes any.
  await tagInput.press('Backspace');
  await expect(details.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText([
    'syria',
  ]);
  await app.getByRole('combobox', { name: 'Tag' }).selectOption('syria');
  await expect.poll(() => titles(app)).toEqual([SYRIA.title]);
  await search.fill('syria');
  await expect.poll(() => titles(app)).toEqual([SYRIA.title]);
  await app.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => titles(app)).toHaveLength(3);
  await shot(app, 'library-details');

  // Keyboard: arrows move between rows, Delete deletes (undoable), Enter opens the Reader.
  const syriaRow = row(app, SYRIA.title);
  await syriaRow.getByRole('cell').nth(1).click();
  await expect(syriaRow).toHaveAttribute('aria-selected', 'true');
  await expect(syriaRow).toBeFocused();
  await app.keyboard.press('ArrowUp');
  await expect(row(app, TIMOR.title)).toBeFocused();
  await expect(row(app, TIMOR.title)).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Delete');
  await expect(row(app, TIMOR.title)).toHaveCount(0);
  await expect(app.getByRole('status', { name: 'Messages' })).toContainText(
    `Deleted “${TIMOR.title}”`,
  );
  await expect(table(app)).toHaveAttribute('aria-rowcount', '3');
  await app.keyboard.press('Control+Z');
  await expect(row(app, TIMOR.title)).toBeVisible();
  await row(app, LAPID.title).getByRole('cell').nth(2).click();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: LAPID.title })).toBeVisible();
});

test('a file dropped on the window is imported', async ({ app }) => {
  const data = (await readFile(join(SAMPLES, ANNIVERSARY.file))).toString('base64');
  const dataTransfer = await app.evaluateHandle(
    ({ name, data }) => {
      const transfer = new DataTransfer();
      const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
      transfer.items.add(new File([bytes], name, { type: 'text/html' }));
      return transfer;
    },
    { name: ANNIVERSARY.file, data },
  );
  const main = app.getByRole('main');
  await main.dispatchEvent('dragenter', { dataTransfer });
  await expect(app.getByText('Drop to import')).toBeVisible();
  await main.dispatchEvent('drop', { dataTransfer });
  await expect(app.getByText('Drop to import')).toHaveCount(0);
  const results = app.getByRole('region', { name: 'Import finished' });
  await expect(results).toContainText('1 imported');
  await expect(row(app, ANNIVERSARY.title)).toContainText('19 May 2022');

  // Imported titles open in the Reader.
  await results.getByRole('button', { name: ANNIVERSARY.title }).click();
  await expect(app.getByRole('heading', { level: 1, name: ANNIVERSARY.title })).toBeVisible();
});

test('imports 150 press releases in one undoable step', async ({ app }) => {
  test.setTimeout(120_000);
  const files = (await readdir(SAMPLES)).filter((name) => name.endsWith('.html')).sort();
  expect(files.length).toBe(150);
  await app
    .getByLabel('Choose files to import')
    .setInputFiles(await Promise.all(files.map((file) => sample(file))));
  const results = app.getByRole('region', { name: 'Import finished' });
  await expect(results).toContainText('150 imported', { timeout: 90_000 });
  await expect(table(app)).toHaveAttribute('aria-rowcount', '151');
  // Only the rows in view are in the page.
  expect(await table(app).locator('[role="row"][data-index]').count()).toBeLessThan(60);
  await shot(app, 'import-results');

  await results.getByRole('button', { name: 'Dismiss import results' }).click();
  await table(app).getByRole('columnheader', { name: 'Date' }).getByRole('button').click();
  await shot(app, 'library-150');

  // End jumps to the last row, rendering it on the way.
  await table(app).locator('[role="row"][data-index]').first().click();
  await app.keyboard.press('End');
  await expect(table(app).locator('[role="row"][aria-rowindex="151"]')).toBeFocused();
  await app.keyboard.press('ArrowUp');
  await expect(table(app).locator('[role="row"][aria-rowindex="150"]')).toBeFocused();
  await expect(app.getByRole('complementary', { name: 'Details' })).toBeVisible();
  await shot(app, 'library-150-details');

  await app.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await settled(app); // the colour transitions
  await shot(app, 'library-150-dark');
  await app.getByRole('button', { name: 'Switch to light theme' }).click();

  // Undo takes the whole import back at once.
  const undo = app.getByRole('banner').getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toHaveAttribute('title', /^Undo Import 150 articles/);
  await undo.click();
  await expect(app.getByText('No articles yet')).toBeVisible();
});
