import type { Locator, Page } from '@playwright/test';
import { callApi, expect, test } from './fixtures.ts';
import { shot } from './shots.ts';

test.use({ warmSuggestions: true });

const TITLE = 'Envoy briefs reporters in Geneva';

/** Two people named Kim: the envoy, titled, and a reporter who asks one question. */
const TEXT = [
  'Special Representative Ambassador Sung Kim met reporters in Geneva on Monday.',
  'Reporter Jinmyung Kim asked about the sanctions.',
  'Ambassador Kim said the talks would resume in March.',
  'Kim added that the delegation would travel to Tokyo.',
  'AMBASSADOR KIM: We are ready to meet.',
  'Tokyo, he said, comes next.',
].join('\n\n');

function suggestionOf(page: Page, words: string, what: RegExp): Locator {
  return page
    .locator('.article-text')
    .getByRole('button', { name: new RegExp(`^${words}: Suggested person ${what.source}`) });
}

/** Select characters from..to of the nth paragraph, across its segments, as a drag would. */
async function selectInParagraph(page: Page, nth: number, from: number, to: number) {
  await page.evaluate(
    ([index, start, end]) => {
      const paragraph = document.querySelectorAll('.article-text p')[index]!;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let offset = 0;
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const length = (node as Text).length;
        if (start >= offset && start <= offset + length) range.setStart(node, start - offset);
        if (end >= offset && end <= offset + length) {
          range.setEnd(node, end - offset);
          break;
        }
        offset += length;
      }
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    [nth, from, to] as const,
  );
}

function mentionOf(page: Page, words: string, name: string): Locator {
  return page
    .locator('.article-text')
    .getByRole('button', { name: new RegExp(`^${words}: ${name} · Person`) });
}

test('two people named Kim: Accept all leaves the ambiguous one for review, which files it under the right person', async ({
  openApp,
  server,
}) => {
  test.setTimeout(120_000);
  await callApi(server, 'addText', { title: TITLE, text: TEXT });
  const app = await openApp();
  await app.getByRole('button', { name: TITLE, exact: true }).first().click();
  await expect(app.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // Each suggestion says whom it joins; the lone "Kim" asks which.
  await expect(suggestionOf(app, 'Kim', /→ Sung Kim \(new\)/)).toHaveCount(1);
  await expect(suggestionOf(app, 'KIM', /→ Sung Kim \(new\)/)).toHaveCount(1);
  const which = suggestionOf(app, 'Kim', /which Kim\? Sung Kim or Jinmyung Kim/);
  await expect(which).toHaveCount(1);
  const side = app.getByRole('complementary', { name: 'Suggestions and notes' });
  await expect(side.getByRole('list', { name: 'Open suggestions' })).toContainText(
    '→ Sung Kim (new)',
  );

  // A drag that starts inside a suggested word offers to mark the whole words it touches.
  const geneva = app.locator('.article-text .sug', { hasText: 'Geneva' }).first();
  const box = (await geneva.boundingBox())!;
  await app.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await app.mouse.down();
  await app.mouse.move(box.x + box.width + 60, box.y + box.height / 2, { steps: 8 });
  await app.mouse.up();
  await expect(app.getByRole('toolbar', { name: /^Mark “Geneva on/ })).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('toolbar')).toHaveCount(0);

  // Accept all files the sure ones and leaves "which Kim?" open.
  await side.getByRole('button', { name: 'Accept all', exact: true }).click();
  await expect(app.getByRole('status')).toContainText('1 ambiguous one left for you to choose');
  await expect(mentionOf(app, 'Kim', 'Sung Kim')).toHaveCount(1);
  await expect(mentionOf(app, 'KIM', 'Sung Kim')).toHaveCount(1);
  await expect(mentionOf(app, 'Jinmyung Kim', 'Jinmyung Kim')).toHaveCount(1);
  await expect(which).toHaveCount(1);
  await which.click();
  const popover = app.getByRole('dialog', { name: 'Suggestion “Kim”' });
  await expect(popover.getByRole('group', { name: 'Which Kim?' })).toContainText('Sung Kim');
  await expect(popover.getByRole('group', { name: 'Which Kim?' })).toContainText('Jinmyung Kim');
  await expect(popover.getByRole('button', { name: /^Accept Enter$/ })).toHaveCount(0);
  await shot(app, 'linking-which-kim-light');
  await app.keyboard.press('Escape');

  // The review queue lists it first, with its candidates; the keyboard files it.
  await app.keyboard.press('Alt+6');
  await expect(app.getByRole('heading', { level: 1, name: 'Review' })).toBeFocused();
  const groups = app.getByRole('list', { name: 'Suggestion groups' });
  const first = groups.locator(':scope > li').first();
  await expect(first).toContainText('Which Kim?');
  await expect(first).toContainText('Kim added that the delegation');
  await expect(first.getByRole('group', { name: 'Decide “Kim”' })).toContainText('Sung Kim');
  await shot(app, 'review-queue-light');
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.getByRole('button', { name: /theme/i }).first().click();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await shot(app, 'review-queue-dark');
  const name = first.getByRole('button', { name: /^Kim/ });
  await name.focus();
  // E opens the entity picker; Escape closes it and gives the focus back to the group.
  await app.keyboard.press('e');
  await expect(first.getByRole('combobox')).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(first.getByRole('combobox')).toHaveCount(0);
  await expect(name).toBeFocused();
  const sung = first.getByRole('button', { name: /Sung Kim/ });
  const key = (await sung.getAttribute('aria-keyshortcuts'))!;
  await app.keyboard.press(key);
  await expect(app.getByRole('status')).toContainText('Accept “Kim” as Sung Kim');
  await expect(groups.getByText('Which Kim?')).toHaveCount(0);

  // Back in the Reader, that Kim is Sung Kim's, and Sung Kim has every envoy mention.
  await app.keyboard.press('Alt+2');
  await expect(mentionOf(app, 'Kim', 'Sung Kim')).toHaveCount(2);
  const entities = await callApi<{ name: string; mentionCount: number }[]>(server, 'listEntities');
  expect(entities.find((e) => e.name === 'Sung Kim')?.mentionCount).toBe(4);
  expect(entities.find((e) => e.name === 'Jinmyung Kim')?.mentionCount).toBe(1);

  // Linking a place's mention to a person asks first, and Cancel changes nothing.
  await app
    .locator('.article-text')
    .getByRole('button', { name: /^Geneva: Geneva · Location/ })
    .click();
  const mention = app.getByRole('dialog', { name: 'Mention of Geneva' });
  await mention.getByRole('button', { name: 'Link to another entity…' }).click();
  await mention.getByRole('combobox').fill('Sung');
  await mention.getByRole('option', { name: /Sung Kim/ }).click();
  await expect(mention).toContainText(
    'Sung Kim is a person; link this location mention to it anyway?',
  );
  await shot(app, 'linking-type-question-dark');
  await mention.getByRole('button', { name: 'Cancel' }).click();
  await expect(mention.getByRole('button', { name: 'Link to another entity…' })).toBeVisible();
});

test('a selection naming an entity offers it first; one of only punctuation is refused with a message', async ({
  openApp,
  server,
}) => {
  const { id } = await callApi<{ id: string }>(server, 'addText', { title: TITLE, text: TEXT });
  const first = TEXT.indexOf('Tokyo');
  const { entityId } = await callApi<{ entityId: string }>(server, 'markMention', {
    articleId: id,
    start: first,
    end: first + 5,
    quote: 'Tokyo',
    target: { type: 'location' },
  });
  const app = await openApp();
  await app.getByRole('button', { name: TITLE, exact: true }).first().click();
  await expect(app.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // "Tokyo," with its comma: the toolbar offers the registered Tokyo first; Enter takes it.
  await selectInParagraph(app, 5, 0, 6);
  const offer = app.getByRole('toolbar', { name: 'Mark “Tokyo,”' });
  await expect(offer.getByRole('button').first()).toHaveText(/^Tokyo\s*Location\s*Enter$/);
  await app.keyboard.press('Enter');
  await expect(offer).toHaveCount(0);
  const marked = await callApi<{ mentions: { quote: string; entityId: string }[] }>(
    server,
    'getArticle',
    { id },
  );
  expect(marked.mentions.map((m) => [m.quote, m.entityId])).toEqual([
    ['Tokyo', entityId],
    ['Tokyo', entityId],
  ]);

  const colon = TEXT.split('\n\n')[4]!.indexOf(':');
  await selectInParagraph(app, 4, colon, colon + 1);
  const toolbar = app.getByRole('toolbar', { name: 'Mark “:”' });
  await expect(toolbar).toBeVisible();
  await app.keyboard.press('p');
  await expect(toolbar.getByRole('alert')).toHaveText(
    'The selection holds only punctuation or white space; select the words of a name.',
  );
  const article = await callApi<{ mentions: unknown[] }>(server, 'getArticle', { id });
  expect(article.mentions).toHaveLength(2);
});
