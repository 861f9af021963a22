import { readOnlyTest as test, expect } from './fixtures.ts';

const VIEWS = [
  { name: 'Library', empty: 'Import files or paste an article to start.' },
  { name: 'Reader', empty: 'Open an article from the Library (Alt+1) to read it here.' },
  { name: 'Entities', empty: 'Mark people, organizations and places in the Reader' },
  { name: 'Timeline', empty: 'Events you accept or create in the Reader appear here' },
  { name: 'Briefing', empty: 'Compose a briefing here' },
  { name: 'Review', empty: 'The names suggested in every article wait here' },
  { name: 'Link chart', empty: 'their relations show here' },
] as const;

test.describe('the application shell', () => {
  test('shows the notebook and an empty Library first', async ({ app, notebookDir }) => {
    const folderName = notebookDir.split('/').at(-1)!;
    await expect(app.getByRole('banner')).toContainText('Dossier');
    await expect(app.getByRole('banner')).toContainText(folderName.replace(/\.dossier$/, ''));
    await expect(app.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(app.getByText('No articles yet')).toBeVisible();
    await expect(app.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await expect(app.getByRole('button', { name: 'Redo' })).toBeDisabled();
  });

  test('navigates between all seven views by clicking', async ({ app }) => {
    const nav = app.getByRole('navigation', { name: 'Views' });
    for (const view of VIEWS) {
      const link = nav.getByRole('button', { name: view.name });
      await link.click();
      await expect(link).toHaveAttribute('aria-current', 'page');
      await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
      const heading = app.getByRole('heading', { level: 1, name: view.name });
      await expect(heading).toBeVisible();
      await expect(heading).toBeFocused();
      await expect(app.getByRole('main').getByText(view.empty)).toBeVisible();
    }
  });

  test('navigates with Alt+1…7 and with Tab and Enter', async ({ app }) => {
    const nav = app.getByRole('navigation', { name: 'Views' });
    for (const [index, view] of [...VIEWS.entries()].reverse()) {
      await app.keyboard.press(`Alt+${index + 1}`);
      await expect(app.getByRole('heading', { level: 1, name: view.name })).toBeFocused();
      await expect(nav.getByRole('button', { name: view.name })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await expect(app.getByRole('main').getByText(view.empty)).toBeVisible();
    }
    // From the top of the page, Tab reaches the navigation; Enter opens a view.
    await app.keyboard.press('Alt+1');
    await app.locator('body').focus();
    const timeline = nav.getByRole('button', { name: 'Timeline' });
    for (let presses = 0; presses < 20; presses++) {
      await app.keyboard.press('Tab');
      if (await timeline.evaluate((element) => element === document.activeElement)) break;
    }
    await expect(timeline).toBeFocused();
    await app.keyboard.press('Enter');
    await expect(app.getByRole('heading', { level: 1, name: 'Timeline' })).toBeFocused();
  });

  test('switches the theme and remembers it after a reload', async ({ app }) => {
    const html = app.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'light');
    await app.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await app.reload();
    await expect(app.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await app.getByRole('button', { name: 'Switch to light theme' }).click();
    await expect(html).toHaveAttribute('data-theme', 'light');
  });

  test.describe('on a system in dark mode', () => {
    test.use({ colorScheme: 'dark' });
    test('starts in the dark theme', async ({ app }) => {
      await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
    });
  });

  test('keeps the session token out of the address bar, and works after a reload', async ({
    app,
  }) => {
    expect(new URL(app.url()).hash).toBe('');
    await app.reload();
    await expect(app.getByText('No articles yet')).toBeVisible();
    await expect(app.getByRole('alert')).toHaveCount(0);
  });
});
