import type { Page } from '@playwright/test';
import { test, expect, callApi, readOnlyTest } from './fixtures.ts';

const TITLE = 'Ceasefire talks resume in Geneva';
const PARAGRAPHS = [
  'GENEVA — Negotiators from both sides returned to the table on Tuesday, three weeks after talks collapsed over the sequencing of prisoner exchanges.',
  'The UN special envoy said the first session had been “constructive” and that working groups on humanitarian access would meet again on Thursday.',
  'Observers cautioned that the core disagreements remained unresolved.',
];
// Blank lines separate paragraphs; a line broken inside a paragraph is joined again.
const TEXT = `${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]!.replace(' said ', ' said\n')}\n\n\n${PARAGRAPHS[2]}\n`;

function pastePanel(page: Page) {
  return page.getByRole('form', { name: 'Paste an article' });
}

function articleRow(page: Page, title = TITLE) {
  return page.getByRole('table', { name: 'Articles' }).getByRole('row', { name: title });
}

async function pasteArticle(page: Page) {
  const panel = pastePanel(page);
  // Only once the list has loaded: the panel then opens by itself on an empty notebook, and a
  // click on "Paste text" made just before would close it again.
  const loaded = page
    .getByRole('heading', { name: 'No articles yet' })
    .or(page.getByRole('table', { name: 'Articles' }));
  await expect(loaded).toBeVisible();
  if (!(await panel.isVisible())) await page.getByRole('button', { name: 'Paste text' }).click();
  await panel.getByLabel('Title').fill(TITLE);
  await panel.getByLabel('Text').fill(TEXT);
  await panel.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('status')).toContainText(`Article added: “${TITLE}”`);
}

async function expectReaderShowsArticle(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const article = page.getByRole('article');
  await expect(article.locator('p[data-start]')).toHaveText(PARAGRAPHS);
  await expect(article).toContainText('53 words');
}

test('an article pasted into the Library can be read, undone, redone, and outlives the server', async ({
  app,
  startServer,
  server,
}) => {
  await pasteArticle(app);

  // Listed in the Library.
  await expect(articleRow(app)).toBeVisible();
  await expect(articleRow(app)).toContainText('53');
  await expect(app.getByText('No articles yet')).toHaveCount(0);

  // Opens in the Reader with its paragraphs; the heading takes the focus.
  await articleRow(app).getByRole('button', { name: TITLE, exact: true }).click();
  await expect(
    app.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Reader' }),
  ).toHaveAttribute('aria-current', 'page');
  await expectReaderShowsArticle(app);
  await expect(app.getByRole('heading', { level: 1, name: TITLE })).toBeFocused();

  // Undo takes the addition back, everywhere; Redo (Ctrl+Shift+Z) restores it.
  const undo = app.getByRole('button', { name: 'Undo' });
  await expect(undo).toHaveAttribute('title', new RegExp(`^Undo Add “${TITLE}”`));
  await undo.click();
  await expect(app.getByRole('status')).toContainText(`Undone: Add “${TITLE}”`);
  await expect(app.getByText('No article open')).toBeVisible();
  await app.keyboard.press('Alt+1');
  await expect(articleRow(app)).toHaveCount(0);
  await expect(app.getByText('No articles yet')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Redo' })).toHaveAttribute(
    'title',
    new RegExp(`^Redo Add “${TITLE}”`),
  );
  await app.keyboard.press('Control+Shift+Z');
  await expect(articleRow(app)).toBeVisible();

  // Stop the server and start a new one on the same folder: the article is still there.
  await app.goto('about:blank');
  await server.stop();
  const second = await startServer();
  await app.goto(second.url);
  await expect(articleRow(app)).toBeVisible();
  // A click selects the row (its details open beside the table); a double click opens it.
  await articleRow(app).dblclick();
  await expectReaderShowsArticle(app);

  // Delete it from the Library, then Undo (from the message) brings it back.
  await app.keyboard.press('Alt+1');
  await articleRow(app).hover();
  await app.getByRole('button', { name: `Delete “${TITLE}”` }).click();
  await expect(articleRow(app)).toHaveCount(0);
  await expect(app.getByRole('status')).toContainText(`Deleted “${TITLE}”`);
  await app.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(articleRow(app)).toBeVisible();
  // Outside a text field, the keyboard undoes and redoes the notebook: redo the deletion, undo it.
  await app.getByRole('heading', { level: 1, name: 'Library' }).focus();
  await app.keyboard.press('Control+Shift+Z');
  await expect(articleRow(app)).toHaveCount(0);
  await app.keyboard.press('Control+Z');
  await expect(articleRow(app)).toBeVisible();
});

readOnlyTest('an article cannot be added without a title', async ({ app }) => {
  const panel = pastePanel(app);
  const add = panel.getByRole('button', { name: 'Add' });
  await expect(add).toBeDisabled();

  await panel.getByLabel('Text').fill(TEXT);
  await expect(add).toBeDisabled();
  await panel.getByLabel('Title').fill('   ');
  await expect(add).toBeDisabled();

  // Enter in the title field submits the form: it explains instead of adding.
  await panel.getByLabel('Title').press('Enter');
  await expect(panel.getByRole('alert')).toHaveText('Give the article a title before adding it.');
  await expect(app.getByText('No articles yet')).toBeVisible();
  await expect(app.getByRole('table', { name: 'Articles' })).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

// The double-click tests add their articles through the API (pasting is the first test's): the
// same command, Undo label included, without the browser typing each one in.
test('a double-click on a row opens the article, even where the delete button comes under the pointer', async ({
  openApp,
  server,
}) => {
  await callApi(server, 'addText', { title: TITLE, text: TEXT });
  const app = await openApp();
  // In a narrow window the first click selects the row and opens the details pane; the list
  // narrows and the row's delete button lands where the second click falls.
  await app.setViewportSize({ width: 900, height: 800 });
  const row = articleRow(app);
  await expect(row).toHaveAttribute('aria-selected', 'false');
  const box = (await row.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await app.mouse.dblclick(x, y);
  await expectReaderShowsArticle(app);

  // Not deleted, and the delete button is indeed where the pointer was.
  await app
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Library' })
    .click();
  await expect(row).toHaveAttribute('aria-selected', 'true');
  const del = (await row.getByRole('button', { name: `Delete “${TITLE}”` }).boundingBox())!;
  expect(x).toBeGreaterThanOrEqual(del.x - 8);
  expect(x).toBeLessThanOrEqual(del.x + del.width + 8);
  await expect(app.getByRole('button', { name: 'Undo' })).toHaveAttribute(
    'title',
    new RegExp(`^Undo Add “${TITLE}”`),
  );
});

test('a double-click on a title opens that article, not the one the second click lands on in the Reader', async ({
  openApp,
  server,
}) => {
  // The first click on a title opens the Reader; its list of articles then lies under the
  // pointer, where the second click used to open whichever article was there.
  const titles = ['Harbour strike ends', 'Flood defences approved', 'Council budget passed'];
  for (const title of titles)
    await callApi(server, 'addText', { title, text: `${title} after a long week.` });
  const app = await openApp();
  for (const title of titles) {
    await app
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Library' })
      .click();
    await articleRow(app, title).getByRole('button', { name: title }).dblclick();
    await expect(app.getByRole('heading', { level: 1 })).toHaveText(title);
  }
});
