import { test, expect, callApi, type DossierServer } from './fixtures.ts';
import { shot } from './shots.ts';

const TEXT =
  "Japan's Defense Minister Nobuo Kishi met Lloyd Austin in Tokyo on March 16.\n\nKishi, a member of the Liberal Democratic Party, spoke to reporters.";

function span(quote: string) {
  const start = TEXT.indexOf(quote);
  return { start, end: start + quote.length, quote };
}

/** Kishi met Austin (two quotes), Kishi is a member of the LDP, and an event links Austin to Tokyo. */
async function seed(server: DossierServer) {
  const call = <T>(method: string, input: object = {}) => callApi<T>(server, method, input);
  const { id } = await call<{ id: string }>('addText', {
    title: 'Tokyo talks',
    text: TEXT,
    published: '2021-03-16',
  });
  const mark = async (quote: string, type: string) =>
    (
      await call<{ entityId: string }>('markMention', {
        articleId: id,
        ...span(quote),
        target: { type },
      })
    ).entityId;
  const kishi = await mark('Nobuo Kishi', 'person');
  const austin = await mark('Lloyd Austin', 'person');
  const tokyo = await mark('Tokyo', 'location');
  const ldp = await mark('Liberal Democratic Party', 'organization');
  const first = TEXT.split('\n')[0]!;
  await call('createRelation', {
    type: 'met-with',
    from: kishi,
    to: austin,
    evidence: [
      { articleId: id, ...span(first) },
      { articleId: id, ...span('Kishi, a member of the Liberal Democratic Party') },
    ],
  });
  await call('createRelation', { type: 'member-of', from: kishi, to: ldp });
  await call('createEvent', {
    title: 'Austin in Tokyo',
    type: 'visit',
    participants: [
      { entityId: austin, role: '' },
      { entityId: tokyo, role: '' },
    ],
    evidence: [{ articleId: id, ...span(first) }],
  });
}

test('the link chart: select a link and read its evidence, filter, find a path', async ({
  app: page,
  server,
}) => {
  await seed(server);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /Link chart/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Link chart' })).toBeVisible();
  await expect(page.getByText('4 entities, 3 links')).toBeVisible();
  await shot(page, 'chart');

  const links = page.getByRole('list', { name: 'Links' });
  await links
    .getByRole('button', { name: /Nobuo Kishi — Lloyd Austin: met-with \(2 evidence\)/ })
    .click();
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await expect(evidence.locator('blockquote')).toHaveText([
    TEXT.split('\n')[0]!,
    'Kishi, a member of the Liberal Democratic Party',
  ]);
  await shot(page, 'chart-evidence');

  await page.getByLabel('Type').selectOption('person');
  await expect(page.getByText('2 entities, 1 links')).toBeVisible();
  await page.getByLabel('Type').selectOption('');
  await expect(page.getByText('4 entities, 3 links')).toBeVisible();

  await page.getByLabel('Path from').selectOption({ label: 'Liberal Democratic Party' });
  await page.getByLabel('Path to').selectOption({ label: 'Tokyo' });
  await page.getByRole('button', { name: 'Find path' }).click();
  await expect(page.locator('.chart-path-result')).toHaveText(
    'Liberal Democratic Party → Nobuo Kishi → Lloyd Austin → Tokyo',
  );
  await shot(page, 'chart-path');
  // The chart is drawn again in the other theme's colours, the path still marked.
  await page.getByRole('button', { name: /Switch to \w+ theme/ }).click();
  await expect(page.locator('.chart-path-result')).toHaveText(/^Liberal Democratic Party/);
  await shot(page, 'chart-other-theme');

  await evidence.getByRole('button', { name: 'Open in Reader' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tokyo talks' })).toBeVisible();
});
