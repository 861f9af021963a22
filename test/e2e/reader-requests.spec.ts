import type { Page, Request } from '@playwright/test';
import { callApi, expect, test } from './fixtures.ts';

test.use({ warmSuggestions: true });

const TITLE = 'Harbour talks in Lisbon';
const TEXT =
  'Maria Lopez met the harbour delegation in Lisbon on Monday.\n\nThe talks went on into the night.';

/** The API calls the page makes, as method and input, from now on. */
function recordCalls(page: Page) {
  const calls: { method: string; input: Record<string, unknown>; done: boolean }[] = [];
  const byRequest = new Map<Request, (typeof calls)[number]>();
  page.on('request', (request) => {
    const match = /\/api\/(\w+)$/.exec(new URL(request.url()).pathname);
    if (match === null || request.method() !== 'POST') return;
    const call = { method: match[1]!, input: request.postDataJSON() ?? {}, done: false };
    calls.push(call);
    byRequest.set(request, call);
  });
  const settle = (request: Request) => {
    const call = byRequest.get(request);
    if (call !== undefined) call.done = true;
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  return calls;
}

test('a mark in the Reader refetches that article once, and only its summary', async ({
  openApp,
  server,
}) => {
  const { id } = await callApi<{ id: string }>(server, 'addText', { title: TITLE, text: TEXT });
  await callApi(server, 'addText', { title: 'Another article', text: 'Nothing happens here.' });
  const app = await openApp();
  await expect(app.getByRole('button', { name: TITLE, exact: true }).first()).toBeVisible();
  await app.getByRole('button', { name: TITLE, exact: true }).first().click();
  await expect(app.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Event suggestions' })).toBeVisible();
  await expect(app.getByText('Finding events…')).toHaveCount(0);

  const calls = recordCalls(app);
  await app.evaluate(() => {
    const text = document.querySelector('.article-text')!;
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode() as Text;
    const range = document.createRange();
    range.setStart(node, node.data.indexOf('Maria Lopez'));
    range.setEnd(node, node.data.indexOf('Maria Lopez') + 'Maria Lopez'.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await expect(app.getByRole('toolbar', { name: 'Mark “Maria Lopez”' })).toBeVisible();
  await app.keyboard.press('p');
  await expect(
    app
      .locator('.article-text')
      .getByRole('button', { name: /^Maria Lopez: Maria Lopez · Person/ }),
  ).toBeVisible();

  // The change event's refresh has run once every read it asks for has answered: the undo
  // label (info) is refetched after every change.
  await expect
    .poll(() => calls.some((call) => call.method === 'info') && calls.every((call) => call.done))
    .toBe(true);
  const of = (method: string) => calls.filter((call) => call.method === method);
  expect(of('markMention')).toHaveLength(1);
  expect(of('getArticle').map((call) => call.input)).toEqual([{ id }]);
  expect(of('listArticles').map((call) => call.input)).toEqual([{ ids: [id] }]);
  expect(of('info')).toHaveLength(1);
  expect(of('listSuggestions')).toHaveLength(1);
});
