import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, dossier, expect } from './fixtures.ts';

const TITLE = 'Foreign ministers meet in Seoul';
/** A wire story written for this test: two sentences, each with its own date, people and place. */
const STORY = [
  'SEOUL, March 18 (Harbor Wire) - Foreign Minister Kenji Mori met Foreign Minister Lee Min-ho in Seoul on Thursday, officials said.',
  'On March 12, Defense Minister Aiko Sato visited Canberra for talks with Australian officials.',
].join('\n\n');

/** The notebook starts with the story, added through the CLI before the server starts. */
const test = base.extend({
  // eslint-disable-next-line no-empty-pattern
  notebookDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-new-event-'));
    const file = join(dir, '..', `${dir.split('/').pop()}.txt`);
    await writeFile(file, STORY);
    dossier(dir, 'add-text', '--title', TITLE, '--published', '2021-03-18', '--file', file);
    await use(dir);
    await rm(dir, { recursive: true, force: true });
    await rm(file, { force: true });
  },
});

/** Select `words` in the article's text, as a drag would, and release the mouse. */
async function select(page: Page, words: string) {
  await page.evaluate((wanted) => {
    const root = document.querySelector('.article-text')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`“${wanted}” is not in one text node of the article`);
  }, words);
}

test('New event from a selection is prefilled from that selection, each time', async ({ app }) => {
  await app.getByRole('button', { name: TITLE, exact: true }).click();
  await expect(app.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Event suggestions' })).toBeVisible();

  await select(app, 'Aiko Sato visited Canberra');
  await app.getByRole('toolbar').getByRole('button', { name: 'New event' }).click();
  const form = app.getByRole('form', { name: 'New event' });
  await expect(form.getByLabel('Title')).toHaveValue(
    'Sato visits Canberra for talks with Australian officials',
  );
  await expect(form.getByLabel('Date, in words')).toHaveValue('March 12');
  await expect(form.getByRole('button', { name: 'Remove the place Canberra' })).toBeVisible();
  await expect(form.getByRole('button', { name: 'Remove Aiko Sato' })).toBeVisible();

  // Another selection: the form starts again from that sentence, not from the first one.
  await select(app, 'met Foreign Minister');
  await app.getByRole('toolbar').getByRole('button', { name: 'New event' }).click();
  await expect(form.getByLabel('Date, in words')).toHaveValue('Thursday');
  await expect(form.getByLabel('Title')).toHaveValue('Mori meets Lee Min-ho in Seoul');
  await expect(form.getByRole('button', { name: 'Remove the place Seoul' })).toBeVisible();
  await expect(form.getByRole('button', { name: 'Remove Aiko Sato' })).toBeHidden();
  await form.getByRole('button', { name: 'Save event' }).click();
  await expect(form).toBeHidden();
});
