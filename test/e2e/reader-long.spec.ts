import { readFile } from 'node:fs/promises';
import { test as base, expect, seededNotebookDir } from './fixtures.ts';
import { LONG, WIRE as SAMPLE } from './notebook-templates.ts';

const COPIES = LONG.copies;
const TITLE = LONG.title;

/**
 * The notebook holds one long article (the wire story twenty times, ~40,000 characters) with
 * every suggestion accepted (~900 mentions), all rendered at once
 * (renderer/views/reader/ArticleText.tsx).
 */
const test = base.extend({ notebookDir: seededNotebookDir('reader-long') });

test('a long article: a mention far down is revealed, and every mark is rendered', async ({
  app,
}) => {
  // A slow machine, as CI's can be: the Reader reveals the mention before its first frame's
  // measures have sized the blocks of paragraphs out of view (ArticleText.tsx). Sized after the
  // scroll, they moved the mention out of view in half the runs.
  const cdp = await app.context().newCDPSession(app);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 3 });

  // From the Entities view to the last mention of Blinken, in the last copy of the text: the
  // Reader scrolls to it, focuses it and flashes it.
  await app.keyboard.press('Alt+3');
  const list = app.getByRole('list', { name: 'Entities' });
  await list.getByRole('button', { name: /^Person Antony Blinken\b/ }).click();
  await app
    .getByRole('region', { name: /^Mentions/ })
    .getByRole('button', { name: /Blinken/ })
    .last()
    .click();
  await expect(app.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  // The flash lasts 1.8 s: checked first, and the focus (which stays) after it.
  await expect(app.locator('.article-text .seg:is(.flash, .flash-again):focus')).toHaveCount(1);
  const focused = app.locator('.article-text .seg:focus');
  await expect(focused).toBeInViewport();
  const copy = (await readFile(SAMPLE, 'utf8')).trim().length + '\n\n'.length;
  expect(Number(await focused.getAttribute('data-start'))).toBeGreaterThan((COPIES - 1) * copy);

  // Then every paragraph has its segments, every mention its mark, and the text is all there
  // (compared without white space: the breaks between paragraphs are not text nodes).
  const text = app.locator('.article-text');
  await expect(text.locator('p:not(:has(span[data-start]))')).toHaveCount(0);
  const added = await app.locator('.article-added').innerText();
  const mentions = Number(/([\d,]+) mentions/.exec(added)?.[1]?.replace(/,/g, ''));
  expect(mentions).toBeGreaterThan(800);
  await expect(text.locator('[data-mark-start^="m:"]')).toHaveCount(mentions);
  const sample = (await readFile(SAMPLE, 'utf8')).replace(/\s+/g, '');
  expect((await text.textContent())?.replace(/\s+/g, '')).toBe(sample.repeat(COPIES));
});

test('a block of paragraphs that comes into view gets its marks at once, not when the page is idle', async ({
  app,
}) => {
  // A page that is never idle: only the first screen and the blocks that come into view get
  // their segments (renderer/views/reader/ArticleText.tsx).
  await app.addInitScript(() => {
    window.requestIdleCallback = () => 0;
    window.cancelIdleCallback = () => {};
  });
  await app.reload();
  await app
    .getByRole('table', { name: 'Articles' })
    .getByRole('row', { name: TITLE })
    .getByRole('button', { name: TITLE, exact: true })
    .click();
  await expect(app.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const blocks = app.locator('.article-text .article-block');
  await expect(blocks.first().locator('[data-mark-start^="m:"]').first()).toBeVisible();
  const count = await blocks.count();
  expect(count).toBeGreaterThan(6);
  const plain = (index: number) => blocks.nth(index).locator('p:not(:has(span[data-start]))');

  await app.locator('.reader-scroll').evaluate((scroller) => {
    scroller.scrollTop = scroller.scrollHeight;
  });
  await expect(plain(count - 1)).toHaveCount(0);
  await expect(blocks.last().locator('[data-mark-start^="m:"]').last()).toBeInViewport();
  // A block far from both ends was never near the view: still plain text, all of it there.
  expect(await plain(Math.floor(count / 2)).count()).toBeGreaterThan(0);
  await expect(blocks.nth(Math.floor(count / 2))).toContainText('Blinken');
});
