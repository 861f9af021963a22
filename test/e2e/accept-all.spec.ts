import { callApi, expect, test } from './fixtures.ts';
import { shot } from './shots.ts';

test.use({ warmSuggestions: true });

const TITLE = 'Harbour inquiry opens after collision';

const TEXT = [
  'OSLO — The Harbour Authority of Nordvik said on Monday that Maria Lindqvist would lead the inquiry into the collision.',
  'Lindqvist, a former official of the Norwegian Maritime Directorate, met Erik Haugen in Bergen on Tuesday.',
  'Haugen said Statkraft and Equinor had offered divers. Nordvik officials declined to comment, and Brightwell did not answer.',
  'The International Federation of Red Cross and Red Crescent Societies sent two nurses to Bergen.',
  'The Directorate said its report would go to the Storting in March. Oslo police opened a separate case.',
].join('\n\n');

interface Open {
  text: string;
  confidence: number;
  candidates?: unknown[];
}

test('Accept all keeps to the threshold the analyst sees and sets; the rest stay for review; one Undo restores all', async ({
  openApp,
  server,
}) => {
  test.setTimeout(120_000);
  const { id } = await callApi<{ id: string }>(server, 'addText', { title: TITLE, text: TEXT });
  const open = await callApi<Open[]>(server, 'listSuggestions', { articleId: id });
  const sureAt = (t: number) => open.filter((s) => !s.candidates && s.confidence >= t);
  const belowAt = (t: number) => open.filter((s) => !s.candidates && s.confidence < t);
  // The text has both kinds at the default, and more below 90% than below 80%.
  expect(sureAt(0.8).length).toBeGreaterThan(0);
  expect(belowAt(0.8).length).toBeGreaterThan(0);
  expect(belowAt(0.9).length).toBeGreaterThan(belowAt(0.8).length);

  const app = await openApp();
  await app.setViewportSize({ width: 1024, height: 760 });
  await app.getByRole('button', { name: TITLE, exact: true }).first().click();
  await expect(app.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const side = app.getByRole('complementary', { name: 'Suggestions and notes' });
  const acceptAll = side.getByRole('button', { name: 'Accept all', exact: true });
  const threshold = side.getByRole('combobox', { name: 'Accept all at or above this confidence' });
  const count = side.locator('.accept-all-count');
  const list = side.getByRole('list', { name: 'Open suggestions' });

  // The default, 80%, and what it will do, before the click.
  await expect(threshold).toHaveValue('0.8');
  await expect(count).toHaveText(
    `${sureAt(0.8).length} to accept · ${belowAt(0.8).length} below 80% stay for review`,
  );
  // The confidence reads whole at this width: nothing clipped.
  const confidence = list.locator('.suggestion-confidence').first();
  await expect(confidence).toContainText('likely right');
  expect(
    await confidence.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const item = el.closest('li')!.getBoundingClientRect();
      return box.right <= item.right && el.scrollWidth <= Math.ceil(box.width);
    }),
  ).toBe(true);
  await shot(app, 'accept-all-1024');
  await app.setViewportSize({ width: 900, height: 760 });
  await shot(app, 'accept-all-900');
  await app.setViewportSize({ width: 1024, height: 760 });

  // Reached by the keyboard from Accept all; a change is counted at once.
  await acceptAll.focus();
  await app.keyboard.press('Tab');
  await expect(threshold).toBeFocused();
  await threshold.selectOption('0.9');
  await expect(count).toHaveText(
    `${sureAt(0.9).length} to accept · ${belowAt(0.9).length} below 90% stay for review`,
  );
  await threshold.selectOption('0.8');

  await acceptAll.click();
  await expect(app.getByRole('status')).toContainText(
    `Accepted ${sureAt(0.8).length} suggestions in this article; ${belowAt(0.8).length} below 80% left for review`,
  );
  // Those below stay open, listed; none of the sure ones does.
  for (const s of belowAt(0.8)) await expect(list).toContainText(s.text);
  await expect(side.locator('.side-count').first()).toHaveText(
    String(open.length - sureAt(0.8).length),
  );
  const left = await callApi<Open[]>(server, 'listSuggestions', { articleId: id });
  expect(left.map((s) => s.text).sort()).toEqual(
    open
      .filter((s) => s.candidates || s.confidence < 0.8)
      .map((s) => s.text)
      .sort(),
  );
  await app.setViewportSize({ width: 1440, height: 900 });
  await shot(app, 'accept-all-after-1440');

  // One Undo puts every accepted one back.
  await app.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  await expect(side.locator('.side-count').first()).toHaveText(String(open.length));
  expect(await callApi<Open[]>(server, 'listSuggestions', { articleId: id })).toHaveLength(
    open.length,
  );
  expect(await callApi<unknown[]>(server, 'listEntities', {})).toEqual([]);
});
