import { test as base, expect, seededNotebookDir } from './fixtures.ts';
import { HOSTILE } from './notebook-templates.ts';

/** HOSTILE's articles, imported, every suggestion accepted (notebook-templates.ts). */
const test = base.extend({ notebookDir: seededNotebookDir('hostile') });

test('hostile articles are shown in the Reader and the briefing without running anything or reaching out', async ({
  app,
  server,
}) => {
  const dialogs: string[] = [];
  const requests: string[] = [];
  const origin = new URL(server.url).origin;
  app.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  app.on('request', (request) => {
    if (!request.url().startsWith(origin)) requests.push(request.url());
  });
  await app.reload();

  const table = app.getByRole('table', { name: 'Articles' });
  const links = table.locator('[role="row"][data-index] .row-link');
  await expect(links).toHaveCount(Object.keys(HOSTILE).length);
  const titles = await links.allTextContents();
  for (const title of titles) {
    await app
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: /Library/ })
      .click();
    await table.getByRole('row', { name: title }).dblclick();
    await expect(app.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }
  await app
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /Briefing/ })
    .click();
  await expect(app.getByRole('heading', { level: 1, name: 'Briefing', exact: true })).toBeVisible();
  await expect(app.locator('.briefing-preview, [aria-label*="preview" i]').first()).toContainText(
    'Sources',
    {
      timeout: 20_000,
    },
  );

  // Still responsive: navigation answers at once.
  await app
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /Entities/ })
    .click();
  await expect(app.getByRole('heading', { level: 1, name: 'Entities' })).toBeVisible();

  expect(dialogs, 'a script ran').toEqual([]);
  expect(requests, 'a request left the machine').toEqual([]);
  await expect(app.locator('iframe, script:not([src]), [onerror], [onload]')).toHaveCount(0);
});
