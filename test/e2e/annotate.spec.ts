import type { Locator, Page } from '@playwright/test';
import { test as base, expect, seededNotebookDir } from './fixtures.ts';
import { WIRE_TITLE as TITLE } from './notebook-templates.ts';
import { shot } from './shots.ts';
import { selectText } from './text-selection.ts';

/** The notebook starts with the sample wire article (notebook-templates.ts). */
const test = base.extend({ notebookDir: seededNotebookDir('annotate') });
test.use({ warmSuggestions: true });
// The page opens only once the suggestions are warm (the recognizer's load: 16 s at a load of
// 30), and that counts against a test's limit: a limit set in a test's body came after it, and
// both tests ran out of the default minute at a load of 26-30 (one while opening the page).
test.describe.configure({ timeout: 120_000 });

function articleText(page: Page): Locator {
  return page.locator('.article-text');
}

/** An annotation's keyboard stop, by its words and what it is ("Antony Blinken · Person"). */
function annotation(page: Page, words: string, what: string | RegExp): Locator {
  const pattern =
    typeof what === 'string'
      ? new RegExp(`^${escape(words)}: ${escape(what)}`)
      : new RegExp(`^${escape(words)}: ${what.source}`);
  return articleText(page).getByRole('button', { name: pattern });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function openArticle(page: Page) {
  await page.keyboard.press('Alt+1');
  await page.getByRole('button', { name: TITLE, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
}

function topUndo(page: Page): Locator {
  return page.getByRole('banner').getByRole('button', { name: 'Undo' });
}

test('annotating an article and managing the entity registry', async ({ app }) => {
  app.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await openArticle(app);

  // Suggestions appear distinctly, and in the side panel grouped by text.
  const austin = annotation(app, 'Lloyd Austin', /Suggested person/);
  await expect(austin).toBeVisible();
  await expect(austin).toHaveClass(/\bsug\b/);
  await expect(austin).not.toHaveClass(/\bmention\b/);
  const side = app.getByRole('complementary', { name: 'Suggestions and notes' });
  await expect(side.getByRole('list', { name: 'Open suggestions' })).toContainText('Lloyd Austin');

  // Accept one from its popover with Enter.
  await austin.click();
  const popover = app.getByRole('dialog', { name: 'Suggestion “Lloyd Austin”' });
  await expect(popover).toBeVisible();
  await expect(austin).toHaveClass(/\bactive\b/);
  await expect(popover.getByRole('button', { name: /^Accept/ }).first()).toBeFocused();
  await shot(app, 'reader-suggestion-popover');
  await app.keyboard.press('Enter');
  await expect(annotation(app, 'Lloyd Austin', 'Lloyd Austin · Person')).toBeVisible();
  await expect(app.getByRole('status')).toContainText('Accepted “Lloyd Austin”');
  // The focus stays on the words in the text, now a mention, for the next Tab.
  await expect(annotation(app, 'Lloyd Austin', 'Lloyd Austin · Person')).toBeFocused();
  await expect(app.locator('.article-text .active')).toHaveCount(0);

  // Mark "Antony Blinken" by selecting it (with a trailing space, which is trimmed) and pressing P.
  await selectText(app, 'Antony Blinken ');
  const toolbar = app.getByRole('toolbar', { name: 'Mark “Antony Blinken”' });
  await expect(toolbar).toBeVisible();
  await expect(toolbar.getByRole('button', { name: /Person/ })).toBeVisible();
  await shot(app, 'reader-selection-toolbar');
  await app.keyboard.press('p');
  await expect(toolbar).toHaveCount(0);
  await expect(annotation(app, 'Antony Blinken', 'Antony Blinken · Person')).toBeVisible();

  // A selection across two paragraphs is refused with the service's message, inline.
  await selectText(app, 'the American position', 0, 'Their visit');
  await expect(app.getByRole('toolbar')).toBeVisible();
  await app.keyboard.press('o');
  await expect(app.getByRole('toolbar').getByRole('alert')).toContainText('paragraph');
  // The same selection read again (a late selectionchange) keeps the refusal shown.
  await app.evaluate(() => document.dispatchEvent(new Event('selectionchange')));
  await app.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await expect(app.getByRole('toolbar').getByRole('alert')).toContainText('paragraph', {
    timeout: 2_000,
  });
  await app.keyboard.press('Escape');
  await expect(app.getByRole('toolbar')).toHaveCount(0);

  // The registry now suggests every other "Blinken", linked to Antony Blinken.
  const blinkenSuggestions = annotation(app, 'Blinken', /Suggested person → Antony Blinken/);
  await expect(blinkenSuggestions.first()).toBeVisible();
  const suggested = await blinkenSuggestions.count();
  expect(suggested).toBeGreaterThanOrEqual(2);
  await side.getByRole('button', { name: 'Accept all ‘Blinken’ in this article' }).click();
  await expect(annotation(app, 'Blinken', 'Antony Blinken · Person')).toHaveCount(suggested);
  await expect(blinkenSuggestions).toHaveCount(0);

  // Another Biden, marked by selection: the registry links it to Joe Biden.
  await annotation(app, 'Joe Biden', /Suggested person/).click();
  await app.keyboard.press('Enter');
  await expect(annotation(app, 'Joe Biden', 'Joe Biden · Person')).toBeVisible();
  await selectText(app, 'Biden', 1);
  await expect(app.getByRole('toolbar', { name: 'Mark “Biden”' })).toBeVisible();
  await app.keyboard.press('p');
  await expect(app.getByRole('toolbar')).toHaveCount(0);
  // Two organizations, to merge later.
  for (const name of ['Pentagon', 'State Department']) {
    await selectText(app, name);
    await expect(app.getByRole('toolbar', { name: `Mark “${name}”` })).toBeVisible();
    await app.keyboard.press('o');
    await expect(annotation(app, name, `${name} · Organization`).first()).toBeVisible();
  }

  // A highlight across two mentions, with a hostile markdown comment: nothing runs.
  await selectText(app, 'Antony Blinken and Defense Secretary Lloyd Austin embark');
  await expect(app.getByRole('toolbar')).toBeVisible();
  await app.keyboard.press('h');
  const note = app.getByRole('dialog', { name: 'Highlight' });
  const comment = note.getByLabel('Comment (Markdown, optional)');
  await expect(comment).toBeFocused();
  await comment.fill(
    '**Joint trip**: see [the itinerary](https://www.state.gov/) <img src=x onerror=alert(1)> <script>alert(2)</script> [bad](javascript:alert(3))',
  );
  await comment.press('Control+Enter');
  const notes = side.getByRole('list', { name: 'Highlights' });
  await expect(notes.locator('strong')).toHaveText('Joint trip');
  await expect(notes.locator('img, script')).toHaveCount(0);
  const link = notes.getByRole('link', { name: 'the itinerary' });
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(notes.locator('a:not([href])')).toHaveText('bad');
  await app.keyboard.press('Escape');
  // Overlaps render as segments carrying both.
  await expect(articleText(app).locator('.seg.hl.mention')).toHaveCount(2);
  await expect(articleText(app).locator('.seg.hl:not(.mention)')).toHaveText([
    ' and Defense Secretary ',
    ' embark',
  ]);
  await app.locator('.reader-scroll').evaluate((element) => element.scrollTo(0, 0));
  await shot(app, 'reader-annotations');

  // Reject a suggestion everywhere: it is gone, and stays gone after a reload.
  await annotation(app, 'Tokyo', /Suggested location/).click();
  await app.getByRole('button', { name: 'Reject ‘Tokyo’ everywhere' }).click();
  await expect(annotation(app, 'Tokyo', /Suggested/)).toHaveCount(0);
  await app.reload();
  await openArticle(app);
  await expect(annotation(app, 'Seoul', /Suggested location/).first()).toBeVisible();
  await expect(annotation(app, 'Tokyo', /Suggested/)).toHaveCount(0);

  // The mention popover leads to the Entities view.
  await annotation(app, 'Antony Blinken', 'Antony Blinken · Person').click();
  await app
    .getByRole('dialog', { name: 'Mention of Antony Blinken' })
    .getByRole('button', { name: 'Open in Entities' })
    .click();
  await expect(app.getByRole('heading', { level: 1, name: 'Entities' })).toBeVisible();
  const detail = app
    .getByRole('region', { name: 'Antony Blinken' })
    .or(app.locator('.entity-detail'));
  await expect(app.locator('#entity-detail-heading')).toHaveText('Antony Blinken');
  const list = app.getByRole('list', { name: 'Entities' });
  await expect(list).toContainText('Antony Blinken');
  await expect(list.getByRole('listitem').first()).toContainText('Antony Blinken');
  const mentions = app.getByRole('region', { name: /^Mentions/ });
  await expect(mentions.locator('.mention-quote')).toHaveCount(suggested + 1);
  await shot(app, 'entities-detail');

  // Rename, then undo.
  await detail.getByLabel('Name', { exact: true }).fill('Antony J. Blinken');
  await detail.getByRole('button', { name: 'Rename' }).click();
  await expect(app.locator('#entity-detail-heading')).toHaveText('Antony J. Blinken');
  await topUndo(app).click();
  await expect(app.locator('#entity-detail-heading')).toHaveText('Antony Blinken');

  // Add an alias, then undo.
  await app.getByLabel('New alias').fill('Secretary Blinken');
  await app.getByLabel('New alias').press('Enter');
  await expect(app.getByRole('button', { name: 'Remove alias Secretary Blinken' })).toBeVisible();
  await topUndo(app).click();
  await expect(app.getByRole('button', { name: 'Remove alias Secretary Blinken' })).toHaveCount(0);

  // Merge two entities chosen with their checkboxes, then undo.
  await app.getByRole('checkbox', { name: 'Select Pentagon to merge' }).check();
  await app.getByRole('checkbox', { name: 'Select State Department to merge' }).check();
  const mergeBar = app.getByRole('form', { name: 'Merge entities' });
  await mergeBar
    .getByLabel('Merge 2 entities into')
    .selectOption({ label: 'State Department (Organization)' });
  await mergeBar.getByRole('button', { name: 'Merge' }).click();
  await expect(app.getByRole('status')).toContainText('Merged “Pentagon” into “State Department”');
  await expect(list.getByRole('button', { name: /^Organization Pentagon\b/ })).toHaveCount(0);
  await expect(app.locator('#entity-detail-heading')).toHaveText('State Department');
  await topUndo(app).click();
  await expect(list.getByRole('button', { name: /^Organization Pentagon\b/ })).toHaveCount(1);

  // Split mentions off into a new entity, then undo.
  await list.getByRole('button', { name: /^Person Antony Blinken\b/ }).click();
  await expect(app.locator('#entity-detail-heading')).toHaveText('Antony Blinken');
  const blinkenChecks = mentions.getByRole('checkbox', { name: 'Select “Blinken” to split off' });
  await blinkenChecks.nth(0).check();
  await blinkenChecks.nth(1).check();
  const split = app.getByRole('form', { name: 'Split into a new entity' });
  await split.getByLabel('Name of the new entity').fill('Blinken (split)');
  await split.getByRole('button', { name: 'Split into new entity' }).click();
  await expect(list.getByRole('button', { name: /^Person Blinken \(split\)/ })).toBeVisible();
  await expect(mentions.locator('.mention-quote')).toHaveCount(suggested - 1);
  await topUndo(app).click();
  await expect(list.getByRole('button', { name: /^Person Blinken \(split\)/ })).toHaveCount(0);
  await expect(mentions.locator('.mention-quote')).toHaveCount(suggested + 1);

  // Delete an entity; the message offers Undo.
  await list.getByRole('button', { name: /^Person Lloyd Austin\b/ }).click();
  await app.getByRole('button', { name: 'Delete entity Lloyd Austin' }).click();
  await expect(list.getByRole('button', { name: /^Person Lloyd Austin\b/ })).toHaveCount(0);
  await app
    .getByRole('status')
    .locator('.toast', { hasText: 'Deleted “Lloyd Austin”' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(list.getByRole('button', { name: /^Person Lloyd Austin\b/ })).toBeVisible();

  // A mention in context opens the Reader there, and flashes it.
  await list.getByRole('button', { name: /^Person Antony Blinken\b/ }).click();
  await mentions
    .getByRole('button', { name: /Blinken/ })
    .last()
    .click();
  await expect(app.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(articleText(app).locator('.seg.flash, .seg.flash-again').first()).toBeVisible();
  await expect(articleText(app).locator('.seg.flash, .seg.flash-again').first()).toBeInViewport();

  // Dark theme, for review.
  await app.getByRole('button', { name: 'Switch to dark theme' }).click();
  await app.locator('.reader-scroll').evaluate((element) => element.scrollTo(0, 0));
  await shot(app, 'reader-dark');
  await app.keyboard.press('Alt+3');
  await list.getByRole('button', { name: /^Person Antony Blinken\b/ }).click();
  await shot(app, 'entities-dark');
  await app.getByRole('button', { name: 'Switch to light theme' }).click();
});

test('a selection holds while a change made elsewhere rebuilds its paragraph', async ({
  app,
  server,
}) => {
  await openArticle(app);
  await selectText(app, 'Tokyo and Seoul');
  const toolbar = app.getByRole('toolbar', { name: 'Mark “Tokyo and Seoul”' });
  await expect(toolbar).toBeVisible();

  // Another window marks a name in the same paragraph, as arriving suggestions change it too:
  // the paragraph is built again under the selection.
  const { origin, hash } = new URL(server.url);
  const call = async (method: string, input: object) => {
    const response = await app.request.post(`${origin}/api/${method}`, {
      headers: { 'x-dossier-token': hash.slice('#token='.length) },
      data: input,
    });
    const result = (await response.json()) as { ok: boolean; value: Record<string, unknown> };
    expect(result.ok).toBe(true);
    return result.value;
  };
  const [article] = (await call('listArticles', {})) as unknown as { id: string }[];
  const { text } = (await call('getArticle', { id: article!.id })) as { text: string };
  const start = text.indexOf('India');
  await call('markMention', {
    articleId: article!.id,
    start,
    end: start + 'India'.length,
    quote: 'India',
    target: { type: 'location' },
  });
  await expect(annotation(app, 'India', 'India · Location')).toBeVisible();

  // The words are still selected, as the analyst sees them, and the toolbar still offers them.
  expect(await app.evaluate(() => document.getSelection()!.toString())).toBe('Tokyo and Seoul');
  await expect(toolbar).toBeVisible();
  await app.keyboard.press('l');
  await expect(annotation(app, 'Tokyo and Seoul', 'Tokyo and Seoul · Location')).toBeVisible();
});
