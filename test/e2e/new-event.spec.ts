import { test as base, expect, seededNotebookDir } from './fixtures.ts';
import { SEOUL } from './notebook-templates.ts';
import { selectText } from './text-selection.ts';

const TITLE = SEOUL.title;

/** The notebook starts with SEOUL's story (notebook-templates.ts). */
const test = base.extend({ notebookDir: seededNotebookDir('new-event') });
test.use({ warmSuggestions: true });

test('New event from a selection is prefilled from that selection, each time', async ({ app }) => {
  await app.getByRole('button', { name: TITLE, exact: true }).click();
  await expect(app.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Event suggestions' })).toBeVisible();

  await selectText(app, 'Aiko Sato visited Canberra');
  await app.getByRole('toolbar').getByRole('button', { name: 'New event' }).click();
  const form = app.getByRole('form', { name: 'New event' });
  await expect(form.getByLabel('Title')).toHaveValue(
    'Sato visits Canberra for talks with Australian officials',
  );
  await expect(form.getByLabel('Date, in words')).toHaveValue('March 12');
  await expect(form.getByRole('button', { name: 'Remove the place Canberra' })).toBeVisible();
  await expect(form.getByRole('button', { name: 'Remove Aiko Sato' })).toBeVisible();

  // Another selection: the form starts again from that sentence, not from the first one.
  await selectText(app, 'met Foreign Minister');
  await app.getByRole('toolbar').getByRole('button', { name: 'New event' }).click();
  await expect(form.getByLabel('Date, in words')).toHaveValue('Thursday');
  await expect(form.getByLabel('Title')).toHaveValue('Mori meets Lee Min-ho in Seoul');
  await expect(form.getByRole('button', { name: 'Remove the place Seoul' })).toBeVisible();
  await expect(form.getByRole('button', { name: 'Remove Aiko Sato' })).toBeHidden();
  await form.getByRole('button', { name: 'Save event' }).click();
  await expect(form).toBeHidden();
});
