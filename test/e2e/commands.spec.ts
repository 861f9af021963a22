import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, callApi, readOnlyTest } from './fixtures.ts';

/**
 * Issue 9 (commands) and issue 7 (backups UI): the command palette, the shortcut sheet, undo that
 * respects text fields, and restoring a backup from the page.
 */

const TITLE = 'Ceasefire talks resume in Geneva';
const TEXT =
  'GENEVA — Negotiators from both sides returned to the table on Tuesday.\n\nThe UN special envoy said the first session had been constructive.';

function articleRow(page: Page, title = TITLE) {
  return page.getByRole('table', { name: 'Articles' }).getByRole('row', { name: title });
}

function palette(page: Page) {
  return page.getByRole('dialog', { name: 'Command palette' });
}

readOnlyTest(
  'Ctrl+K opens the palette; "ent" and Enter go to Entities; Escape gives the focus back',
  async ({ app }) => {
    const libraryButton = app
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Library' });
    await libraryButton.focus();
    await app.keyboard.press('Control+K');
    const input = palette(app).getByRole('combobox');
    await expect(input).toBeFocused();
    // Every command is listed with its shortcut.
    await expect(palette(app).getByRole('option', { name: /Command palette/ })).toContainText(
      'Ctrl+K',
    );
    await app.keyboard.press('Escape');
    await expect(palette(app)).toHaveCount(0);
    await expect(libraryButton).toBeFocused();

    await app.keyboard.press('Control+K');
    await app.keyboard.type('ent');
    await expect(palette(app).getByRole('option').first()).toContainText('Go to Entities');
    await expect(palette(app).getByRole('option', { selected: true })).toContainText(
      'Go to Entities',
    );
    await app.keyboard.press('Enter');
    await expect(palette(app)).toHaveCount(0);
    await expect(app.getByRole('heading', { level: 1, name: 'Entities' })).toBeFocused();

    // Arrow keys move through the results; Enter runs the one chosen.
    await app.keyboard.press('Control+K');
    await app.keyboard.type('go to');
    const options = palette(app).getByRole('option');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await app.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await app.keyboard.press('ArrowUp');
    await app.keyboard.press('ArrowUp');
    await expect(options.last()).toHaveAttribute('aria-selected', 'true');
    const last = (await options.last().locator('.palette-label').textContent())!;
    await app.keyboard.press('Enter');
    await expect(
      app.getByRole('heading', { level: 1, name: last.replace('Go to ', '') }),
    ).toBeFocused();
  },
);

readOnlyTest('a view key pressed before the shell has rendered is not lost', async ({ app }) => {
  // The moment the page's script has run (DOMContentLoaded) and the shell has not rendered yet,
  // a view key comes: the page gets to that view once the shell is up. A key typed by Playwright
  // cannot be timed into that moment, so the page presses it on itself.
  await app.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const shellUp = document.querySelector('nav') !== null;
      document.body.dataset.keyBeforeShell = String(!shellUp);
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', { key: '4', code: 'Digit4', altKey: true, bubbles: true }),
      );
    });
  });
  await app.reload();
  await expect(app.locator('body')).toHaveAttribute('data-key-before-shell', 'true');
  await expect(app.getByRole('heading', { level: 1, name: 'Timeline', exact: true })).toBeFocused();
});

readOnlyTest(
  'palette commands: "Paste text…" focuses the paste panel, "Export briefing…" its buttons',
  async ({ app }) => {
    await app.keyboard.press('Alt+3');
    await app.keyboard.press('Control+K');
    await app.keyboard.type('paste');
    await app.keyboard.press('Enter');
    await expect(
      app.getByRole('form', { name: 'Paste an article' }).getByLabel('Title'),
    ).toBeFocused();
    await app.keyboard.press('Control+K');
    await app.keyboard.type('export');
    await app.keyboard.press('Enter');
    await expect(
      app.getByRole('heading', { level: 1, name: 'Briefing', exact: true }),
    ).toBeVisible();
    await expect(
      app.getByRole('group', { name: 'Export' }).getByRole('button').first(),
    ).toBeFocused();
  },
);

// One notebook for the palette and Ctrl+F, which both need an article listed.
test('the palette finds an article by its title and opens it in the Reader; Ctrl+F searches or focuses the view’s filter', async ({
  app,
  server,
}) => {
  await callApi(server, 'addText', { title: TITLE, text: TEXT, source: 'Reuters' });
  await callApi(server, 'addText', { title: 'EU ministers weigh sanctions', text: 'Brussels.' });
  await expect(articleRow(app)).toBeVisible();
  await app.keyboard.press('Control+K');
  await app.keyboard.type('geneva');
  const option = palette(app).getByRole('option', { name: new RegExp(TITLE) });
  await expect(option).toBeVisible();
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(palette(app).getByRole('group', { name: 'Articles' })).toBeVisible();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(
    app.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Reader' }),
  ).toHaveAttribute('aria-current', 'page');

  // Ctrl+F: the Reader has no filter, so the palette opens to search; the Library's is focused.
  const search = app.getByRole('dialog', { name: 'Search everywhere' });
  await app.keyboard.press('Control+F');
  await expect(search).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(search).toHaveCount(0);
  await app.keyboard.press('Alt+1');
  await expect(articleRow(app)).toBeVisible();
  await app.keyboard.press('Control+F');
  await expect(
    app.getByRole('searchbox', { name: 'Filter by title, source or tag' }),
  ).toBeFocused();
});

readOnlyTest(
  'Ctrl+/ opens the shortcut sheet, generated from the commands; Escape closes it',
  async ({ app }) => {
    await app.keyboard.press('Control+/');
    const sheet = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    const row = sheet.locator('.sheet-row', { hasText: 'Command palette' }).first();
    await expect(row).toContainText('Ctrl+K');
    for (const group of ['Navigation', 'Editing', 'Reader', 'Timeline']) {
      await expect(sheet.getByRole('heading', { level: 3, name: group })).toBeVisible();
    }
    await expect(sheet.locator('.sheet-row', { hasText: 'Go to Timeline' })).toContainText('Alt+4');
    await expect(sheet.locator('.sheet-row', { hasText: /^Redo/ })).toContainText('Ctrl+Shift+Z');
    await app.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);
  },
);

test('Ctrl+Z in a text field undoes the field, and elsewhere the notebook', async ({ app }) => {
  // One notebook change to undo.
  // The paste panel starts open on an empty notebook.
  const panel = app.getByRole('form', { name: 'Paste an article' });
  await panel.getByLabel('Title').fill(TITLE);
  await panel.getByLabel('Text').fill(TEXT);
  await panel.getByRole('button', { name: 'Add' }).click();
  await expect(app.getByRole('status')).toContainText(`Article added: “${TITLE}”`);
  await expect(articleRow(app)).toBeVisible();
  // Every notebook undo the page asks for.
  const undos: string[] = [];
  app.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/undo') undos.push(request.url());
  });

  // In the title field, Ctrl+Z is the field's own undo: the notebook keeps its article.
  const title = panel.getByLabel('Title');
  await title.click();
  await title.pressSequentially('Draft');
  await expect(title).toHaveValue('Draft');
  await app.keyboard.press('Control+Z');
  await expect(title).not.toHaveValue('Draft');
  await expect(articleRow(app)).toBeVisible();

  // Outside a field, it is the notebook's undo.
  await app.getByRole('heading', { level: 1, name: 'Library' }).focus();
  const undone = app.waitForResponse((r) => new URL(r.url()).pathname === '/api/undo');
  await app.keyboard.press('Control+Z');
  await undone;
  await expect(app.getByRole('status')).toContainText(`Undone: Add “${TITLE}”`);
  await expect(articleRow(app)).toHaveCount(0);
  // That was the only one: an undo asked for by the field's Ctrl+Z, earlier, would be listed.
  expect(undos).toHaveLength(1);
});

test('the backups panel lists a backup, restores it, and the restore can be undone', async ({
  app,
  server,
  startServer,
}) => {
  await callApi(server, 'addText', { title: TITLE, text: TEXT });
  // A notebook with content is backed up when it opens.
  await app.goto('about:blank');
  await server.stop();
  const second = await startServer();
  await app.goto(second.url);
  await expect(articleRow(app)).toBeVisible();
  // Lose the article, then get it back from the backup.
  const [article] = (await callApi(second, 'listArticles')) as { id: string }[];
  await callApi(second, 'deleteArticle', { id: article!.id });
  await expect(articleRow(app)).toHaveCount(0);

  await app.keyboard.press('Control+K');
  await app.keyboard.type('backups');
  await app.keyboard.press('Enter');
  const panel = app.getByRole('region', { name: 'Backups' });
  await expect(panel.getByRole('heading', { name: 'Backups' })).toBeFocused();
  const list = panel.getByRole('list', { name: 'Backups, newest first' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('When the notebook was opened');
  await list.getByRole('button', { name: /^Restore the backup of/ }).click();
  const confirm = panel.getByRole('group', { name: 'Confirm the restore' });
  await expect(confirm).toContainText(
    /^Replace the notebook with the backup of \d{1,2} \w{3} \d\d:\d\d\? The current state is backed up first and this can be undone\./,
  );
  await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(panel.getByRole('status')).toContainText(
    /^Restored the backup of .* files? written/,
  );
  await expect(articleRow(app)).toBeVisible();
  // The state before the restore was backed up too.
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').first()).toContainText('Before a restore');

  // Undo (outside any field) brings back the state before the restore.
  await app.getByRole('heading', { level: 1, name: 'Library' }).focus();
  await app.keyboard.press('Control+Z');
  await expect(app.getByRole('status', { name: 'Messages' })).toContainText(
    'Undone: Restore the backup',
  );
  await expect(articleRow(app)).toHaveCount(0);

  await panel.getByRole('button', { name: 'Close backups' }).click();
  await expect(panel).toHaveCount(0);
});

test('the damaged-file banner offers the latest backup, and restoring it mends the notebook', async ({
  app,
  server,
  startServer,
  notebookDir,
}) => {
  const { id } = (await callApi(server, 'addText', { title: TITLE, text: TEXT })) as { id: string };
  await app.goto('about:blank');
  await server.stop();
  // Opening a notebook with content backs it up; then one of its files is garbled.
  const second = await startServer();
  await callApi(second, 'info');
  await second.stop();
  const file = join(notebookDir, 'articles', `${id}.json`);
  await writeFile(file, '{"garbled": ', 'utf8');
  const third = await startServer();
  await app.goto(third.url);
  const banner = app.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(banner).toContainText(`articles/${id}.json`);
  await banner.getByRole('button', { name: 'Restore the latest backup' }).click();
  const panel = app.getByRole('region', { name: 'Backups' });
  const confirm = panel.getByRole('group', { name: 'Confirm the restore' });
  await expect(confirm).toContainText('Replace the notebook with the backup of');
  await expect(confirm.getByRole('button', { name: 'Restore', exact: true })).toBeFocused();
  await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(panel.getByRole('status')).toContainText('Restored the backup of');
  await expect(banner).toHaveCount(0);
  await expect(articleRow(app)).toBeVisible();
});
