import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  test as base,
  callApi,
  expect,
  seededNotebookDir,
  type DossierServer,
} from './fixtures.ts';
import { SHOTS, shot } from './shots.ts';

/** The notebook holds the sample article with every suggestion accepted (notebook-templates.ts). */
const test = base.extend({ notebookDir: seededNotebookDir('briefing') });

async function openBriefing(page: Page) {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /Briefing/ })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Briefing', exact: true }),
  ).toBeVisible();
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

  // An empty section is left out of the brief, and the editor says so.
  const bottomLine = app
    .getByRole('list', { name: 'Sections' })
    .getByRole('listitem')
    .filter({ hasText: 'Bottom line up front' });
  await expect(bottomLine).toContainText('Empty: not in the brief');
  await expect(preview.getByRole('heading', { name: 'Bottom line up front' })).toHaveCount(0);
  await expect(preview).not.toContainText('This section is empty');

  // The bottom line, typed: the default briefing becomes a stored one and the preview follows.
  const text = app.getByLabel('Section text (Markdown)');
  await text.fill('Blinken and Austin reaffirmed the **alliance** commitments.');
  await expect(preview).toContainText('Blinken and Austin reaffirmed the alliance commitments.');
  await expect(preview.getByRole('heading', { name: 'Bottom line up front' })).toBeVisible();
  await expect(bottomLine).not.toContainText('Empty: not in the brief');
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
  await shot(app, 'briefing');

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
  // No handler ran, however late: the page has since exported, undone and rendered again.
  expect(dialogs).toEqual([]);
});

/** With DOSSIER_SHOTS=<folder>: the page in the light theme, then in the dark one, and back. */
async function shots(page: Page, name: string) {
  if (SHOTS === undefined) return;
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await page.keyboard.press('ControlOrMeta+Shift+L');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await shot(page, `${name}-${theme}`);
  }
  await page.keyboard.press('ControlOrMeta+Shift+L');
}

/** Resolves when the composer's autosave has stored a briefing whose request has `words`. */
function saved(page: Page, words: string) {
  return page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === '/api/updateBriefing' &&
      (response.request().postData() ?? '').includes(words),
  );
}

/** The sample article tagged, with one sentence highlighted; returns the highlight's words. */
async function tagAndHighlight(server: DossierServer): Promise<string> {
  const [article] = await callApi<{ id: string }[]>(server, 'listArticles');
  await callApi(server, 'updateArticle', { id: article!.id, metadata: { tags: ['alliance'] } });
  const { text } = await callApi<{ text: string }>(server, 'getArticle', { id: article!.id });
  const start = text.indexOf('US Secretary of State Antony Blinken');
  const quote = text.slice(start, text.indexOf('.', start) + 1);
  await callApi(server, 'addHighlight', {
    articleId: article!.id,
    start,
    end: start + quote.length,
    quote,
    comment: '',
  });
  return quote;
}

test('a generated section’s filters are chosen from the notebook, saved and undone', async ({
  app,
  server,
}) => {
  await tagAndHighlight(server);
  await app.reload();
  await openBriefing(app);
  const preview = app.getByTestId('briefing-preview');
  const cell = (name: string) => preview.getByRole('cell', { name, exact: true });
  await expect(cell('Joe Biden')).toBeVisible();

  await app.getByRole('button', { name: 'Key actors Key actors' }).click();
  const toggle = app.getByRole('button', { name: /^Filters:/ });
  await expect(toggle).toHaveText(/Filters: none \(the whole notebook\)/);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.focus();
  await app.keyboard.press('Enter');
  const filters = app.getByRole('group', { name: 'Filters' });

  // Only people, at most two of them: the preview follows each saved change.
  await filters.getByRole('checkbox', { name: 'Person' }).check();
  await expect(preview.getByRole('heading', { name: 'Places' })).toHaveCount(0);
  await filters.getByLabel(/At most/).fill('2');
  await expect(cell('Lloyd Austin')).toHaveCount(0);
  await expect(cell('Joe Biden')).toBeVisible();

  // An entity by name, with type-ahead; a tag from the notebook's tags.
  const entity = filters.getByRole('combobox', { name: 'Entities' });
  await entity.fill('Blink');
  await expect(app.getByRole('option', { name: 'Antony Blinken Person' })).toBeVisible();
  await entity.press('Enter');
  await expect(
    filters.getByRole('button', { name: 'Remove entity “Antony Blinken”' }),
  ).toBeVisible();
  await expect(cell('Joe Biden')).toHaveCount(0);
  await expect(cell('Antony Blinken')).toBeVisible();
  await filters.getByRole('combobox', { name: 'Tags' }).selectOption('alliance');
  await expect(app.getByTestId('filter-summary')).toHaveText(
    'tag ‘alliance’, entity ‘Antony Blinken’, entity types: Person, at most 2',
  );

  // A window that ends before it starts is refused with a message and changes nothing. Each
  // change is saved before the next is made, so that each is its own step to undo.
  const fromSaved = saved(app, '"from":"2021-03-01"');
  await filters.getByLabel('From', { exact: true }).fill('2021-03-01');
  await expect(toggle).toContainText('since 2021-03-01');
  await fromSaved;
  await filters.getByLabel('To', { exact: true }).fill('2021-02-01');
  await expect(filters.getByRole('alert')).toHaveText(
    'The window ends (2021-02-01) before it starts (2021-03-01).',
  );
  await expect(toggle).toContainText('since 2021-03-01');
  const toSaved = saved(app, '"to":"2021-03-10"');
  await filters.getByLabel('To', { exact: true }).fill('2021-03-10');
  await expect(filters.getByRole('alert')).toHaveCount(0);
  await expect(toggle).toContainText('from 2021-03-01 to 2021-03-10');
  // The article is of 16 March: no actor is left, and the empty section leaves the brief.
  await expect(cell('Antony Blinken')).toHaveCount(0);
  await expect(preview.getByRole('heading', { name: 'Key actors' })).toHaveCount(0);
  await expect(
    app
      .getByRole('list', { name: 'Sections' })
      .getByRole('listitem')
      .filter({ hasText: 'Key actors' }),
  ).toContainText('Empty: not in the brief');

  await toSaved;
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(toggle).toContainText('since 2021-03-01');
  await expect(cell('Antony Blinken')).toBeVisible();

  // Collapsed, the filter is one line.
  await toggle.click();
  await expect(filters).toHaveCount(0);
  await toggle.click();
  await shots(app, 'briefing-filters');
});

test('the citation picker inserts references at the caret, from the keyboard', async ({
  app,
  server,
}) => {
  const quote = await tagAndHighlight(server);
  await app.reload();
  await openBriefing(app);
  const preview = app.getByTestId('briefing-preview');
  const text = app.getByLabel('Section text (Markdown)');
  await text.fill('Allies met.');
  await text.press('End');
  await text.press('ArrowLeft'); // before the full stop

  await text.press('ControlOrMeta+Shift+K');
  const search = app.getByRole('combobox', { name: 'Search what to cite' });
  await expect(search).toBeFocused();
  await search.fill('blinken');
  const options = app.getByRole('listbox', { name: 'What to cite' }).getByRole('option');
  await expect(options.first()).toContainText('Antony Blinken');
  await search.press('Enter');
  await expect(search).toHaveCount(0);
  await expect(text).toBeFocused();
  await expect(text).toHaveValue(/^Allies met\[@entity:[a-z0-9]{12}\]\.$/);

  // Typing `[@` opens it too; the choice replaces the two characters.
  await text.press('End');
  await text.pressSequentially(' As they said [@');
  await expect(search).toBeFocused();
  await search.fill('secretary of state');
  await expect(options).toHaveCount(2); // the article (by its title) and the quote
  await search.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(1)).toContainText(quote.slice(0, 40));
  await search.press('Enter');
  await expect(text).toHaveValue(/ As they said \[@quote:[a-z0-9]{12}:\d+-\d+\]$/);
  await expect(preview.locator('p', { hasText: 'As they said' }).locator('sup')).toHaveCount(2);

  // Escape closes it and gives the text its focus back; nothing is inserted.
  await app.getByRole('button', { name: /^Cite…/ }).click();
  await expect(search).toBeFocused();
  await expect(options.first()).toBeVisible();
  await shots(app, 'briefing-cite');
  await search.fill('nothing like this');
  await expect(app.getByText('Nothing matches “nothing like this”.')).toBeVisible();
  await search.press('Escape');
  await expect(search).toHaveCount(0);
  await expect(text).toBeFocused();
  await expect(text).toHaveValue(/ As they said \[@quote:[a-z0-9]{12}:\d+-\d+\]$/);
});
