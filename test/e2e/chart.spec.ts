import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, callApi, type DossierServer } from './fixtures.ts';
import { shot } from './shots.ts';
import { selectText } from './text-selection.ts';

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
  // The chart's tools stand on one line at 1,280 px.
  const bottoms = await page
    .getByRole('toolbar', { name: 'Chart' })
    .evaluate((bar) => [...bar.children].map((tool) => tool.getBoundingClientRect().bottom));
  expect(Math.max(...bottoms) - Math.min(...bottoms)).toBeLessThan(2);
  await shot(page, 'chart');

  const links = page.getByRole('list', { name: 'Links' });
  await links
    .getByRole('button', { name: /Nobuo Kishi — Lloyd Austin: met-with \(2 quotes\)/ })
    .click();
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await expect(evidence.locator('blockquote')).toHaveText([
    TEXT.split('\n')[0]!,
    'Kishi, a member of the Liberal Democratic Party',
  ]);
  await shot(page, 'chart-evidence');

  await page.getByRole('combobox', { name: /^Type/ }).selectOption('person');
  await expect(page.getByText('2 entities, 1 links')).toBeVisible();
  await page.getByRole('combobox', { name: /^Type/ }).selectOption('');
  await expect(page.getByText('4 entities, 3 links')).toBeVisible();

  await page.getByLabel('Path from').selectOption({ label: 'Liberal Democratic Party' });
  await page.getByLabel('Path to').selectOption({ label: 'Tokyo' });
  await page.getByRole('button', { name: 'Find path' }).click();
  await expect(page.locator('.chart-path-result')).toHaveText(
    'Liberal Democratic Party → Nobuo Kishi → Lloyd Austin → Tokyo',
  );
  await expect(page.locator('.chart-canvas[data-layout="done"]')).toBeAttached();
  await shot(page, 'chart-path');
  // The chart is drawn again in the other theme's colours, the path still marked.
  await page.getByRole('button', { name: /Switch to \w+ theme/ }).click();
  await expect(page.locator('.chart-path-result')).toHaveText(/^Liberal Democratic Party/);
  await expect(page.locator('.chart-canvas[data-layout="done"]')).toBeAttached();
  await shot(page, 'chart-other-theme');

  await evidence.getByRole('button', { name: 'Open in Reader' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tokyo talks' })).toBeVisible();
});

/**
 * Pins the four entities of the seed at known places, 200 px apart on the chart's plane (LDP
 * top left, Tokyo top right, Kishi and Austin below), through the API, then reloads and opens
 * the chart: choosing an entity in the list brings it to the middle of the canvas at its actual
 * size, so that every node's place on the screen is known from there.
 */
async function pinSquare(page: Page, server: DossierServer) {
  const chart = await callApi<{ nodes: { id: string; name: string }[] }>(server, 'linkChart', {});
  const at: Record<string, { x: number; y: number }> = {
    'Liberal Democratic Party': { x: 0, y: 0 },
    Tokyo: { x: 200, y: 0 },
    'Nobuo Kishi': { x: 0, y: 200 },
    'Lloyd Austin': { x: 200, y: 200 },
  };
  await callApi(server, 'pinChartNodes', {
    pins: chart.nodes.map((node) => ({ entityId: node.id, position: at[node.name] })),
  });
  await page.reload();
  await openChart(page);
}

/** The middle of the chart's canvas, in page coordinates. */
async function canvasMiddle(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.chart-canvas').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The node positions of an exported SVG, by name (each label is drawn 13 px below its node's rim). */
function svgPositions(svg: string): Map<string, { x: number; y: number }> {
  const found = new Map<string, { x: number; y: number }>();
  for (const match of svg.matchAll(
    /<text x="([-\d.]+)" y="([-\d.]+)" font-size="11"[^>]*>([^<]+)</g,
  ))
    found.set(match[3]!, { x: Number(match[1]), y: Number(match[2]) });
  return found;
}

async function openChart(page: Page) {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /Link chart/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Link chart' })).toBeVisible();
  await expect(page.locator('.chart-canvas[data-layout="done"]')).toBeAttached();
}

test('the chart replays time, switches layouts and exports what it shows', async ({
  app: page,
  server,
}) => {
  await seed(server);
  const chart = await callApi<{ relations: { id: string; type: string }[] }>(
    server,
    'linkChart',
    {},
  );
  const dated = (type: string) => chart.relations.find((r) => r.type === type)!.id;
  await callApi(server, 'updateRelation', {
    id: dated('met-with'),
    date: { text: 'March 16', start: '2021-03-16', end: '2021-03-16', precision: 'day' },
  });
  await callApi(server, 'updateRelation', {
    id: dated('member-of'),
    date: { text: 'June 2021', start: '2021-06-01', end: '2021-06-30', precision: 'month' },
  });
  await openChart(page);
  await expect(page.getByText('4 entities, 3 links')).toBeVisible();

  // The slider at its first day shows only what had happened by then.
  const slider = page.getByLabel('Date window ending');
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page.locator('.chart-time-window')).toHaveText(/ to 2021-03-16$/);
  await expect(page.getByRole('list', { name: 'Links' })).not.toContainText('member-of');
  // Play replays up to the last date, then stops.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(page.locator('.chart-time-window')).toHaveText(/ to 2021-06-30$/);
  await expect(page.getByRole('list', { name: 'Links' })).toContainText('member-of');
  await page.getByRole('button', { name: 'All dates' }).click();
  await expect(page.getByText('4 entities, 3 links')).toBeVisible();

  // Radial around Tokyo: each ring is one link further away.
  await page.getByRole('list', { name: 'Entities' }).getByRole('button', { name: 'Tokyo' }).click();
  await page.getByLabel('Layout').selectOption({ label: 'Radial around the selected entity' });
  await expect(page.locator('.chart-canvas[data-layout="done"]')).toBeAttached();
  await shot(page, 'chart-radial');
  const download = page.waitForEvent('download');
  await page.getByText('Export ▾').click();
  await shot(page, 'chart-export-menu');
  await page.getByRole('button', { name: 'Export SVG' }).click();
  const svgFile = await download;
  expect(svgFile.suggestedFilename()).toBe('link-chart.svg');
  const svg = await readFile((await svgFile.path())!, 'utf8');
  const at = svgPositions(svg);
  const from = (name: string) =>
    Math.hypot(at.get(name)!.x - at.get('Tokyo')!.x, at.get(name)!.y - at.get('Tokyo')!.y);
  expect(from('Lloyd Austin')).toBeLessThan(from('Nobuo Kishi'));
  expect(from('Nobuo Kishi')).toBeLessThan(from('Liberal Democratic Party'));
  expect(svg).toContain('>member-of</text>');

  const png = page.waitForEvent('download');
  await page.getByText('Export ▾').click();
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const pngFile = await png;
  expect(pngFile.suggestedFilename()).toBe('link-chart.png');
  const bytes = await readFile((await pngFile.path())!);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
});

test('pins stay after a reload; relations are made by dragging and from the keyboard', async ({
  app: page,
  server,
}) => {
  // Two reloads, two relations made, an edge clicked: a minute on a loaded machine.
  test.setTimeout(120_000);
  await seed(server);
  await openChart(page);
  const entities = page.getByRole('list', { name: 'Entities' });

  await entities.getByRole('button', { name: 'Nobuo Kishi' }).click();
  await page.getByRole('button', { name: 'Pin', exact: true }).click();
  await expect(entities.getByRole('button', { name: 'Nobuo Kishi (pinned)' })).toBeVisible();
  await page.reload();
  await openChart(page);
  await expect(entities.getByRole('button', { name: 'Nobuo Kishi (pinned)' })).toBeVisible();

  // Keyboard: two entities selected, then "New relation…".
  await entities.getByRole('button', { name: 'Lloyd Austin' }).press('Enter');
  await entities.getByRole('button', { name: 'Tokyo' }).press('Enter');
  await page.getByRole('button', { name: 'New relation…' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New relation' });
  await expect(dialog.getByRole('combobox', { name: /^From/ })).toHaveValue(/.+/);
  await expect(dialog.getByRole('combobox', { name: /^To/ })).toHaveValue(/.+/);
  await dialog.getByLabel('Relation type').selectOption('located-in');
  await dialog.getByRole('button', { name: 'Add relation' }).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('4 entities, 4 links')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Links' })).toContainText('located-in');

  // Link mode: press on one node, release on another. The party is chosen in the list, which
  // brings it to the middle at its actual size; Tokyo is pinned 200 px to its right, 250 px on
  // the screen once zoomed in (by 1.25, about the middle).
  await pinSquare(page, server);
  await entities.getByRole('button', { name: /^Liberal Democratic Party/ }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Link mode' }).click();
  const a = await canvasMiddle(page);
  const b = { x: a.x + 250, y: a.y };
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x, b.y, { steps: 5 });
  await page.mouse.up();
  await expect(dialog).toBeVisible();
  await expect(
    dialog.getByRole('combobox', { name: /^From/ }).locator('option:checked'),
  ).toHaveText('Liberal Democratic Party');
  await expect(dialog.getByRole('combobox', { name: /^To/ }).locator('option:checked')).toHaveText(
    'Tokyo',
  );
  // A relation to itself is refused in the dialog, which stays open and changes nothing.
  await dialog
    .getByRole('combobox', { name: /^To/ })
    .selectOption({ label: 'Liberal Democratic Party' });
  await dialog.getByRole('button', { name: 'Add relation' }).click();
  await expect(dialog.getByRole('alert')).toContainText('cannot be related to itself');
  await dialog.getByRole('combobox', { name: /^To/ }).selectOption({ label: 'Tokyo' });
  await dialog.getByLabel('Relation type').selectOption('located-in');
  await dialog.getByRole('button', { name: 'Add relation' }).click();
  await expect(page.getByText('4 entities, 5 links')).toBeVisible();

  // Lloyd Austin and Tokyo now have two links (the event, located-in), drawn as one edge: a
  // click on it, midway between them (200 px right of the party, 100 down), lists both.
  await page.getByRole('button', { name: 'Link mode' }).click();
  await expect(page.locator('.chart-canvas[data-layout="done"]')).toBeAttached();
  await entities.getByRole('button', { name: /^Liberal Democratic Party/ }).click();
  const party = await canvasMiddle(page);
  await page.mouse.click(party.x + 200, party.y + 100);
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await expect(evidence.getByRole('heading')).toHaveText([
    /^Lloyd Austin → Tokyo: located-in/,
    /^Lloyd Austin — Tokyo: Austin in Tokyo/,
  ]);
});

test('New relation from a selection in the Reader: two entities it mentions, the words as evidence', async ({
  app: page,
  server,
}) => {
  await seed(server);
  await page.getByRole('button', { name: 'Tokyo talks', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tokyo talks' })).toBeVisible();
  // One entity is not enough for a relation: the action is not offered.
  await selectText(page, 'Nobuo Kishi met');
  await expect(page.getByRole('toolbar').getByRole('button', { name: 'Highlight' })).toBeVisible();
  await expect(page.getByRole('toolbar').getByRole('button', { name: 'New relation' })).toHaveCount(
    0,
  );

  const words = 'Nobuo Kishi met Lloyd Austin in Tokyo';
  await selectText(page, words);
  await page.getByRole('toolbar').getByRole('button', { name: 'New relation' }).click();
  const dialog = page.getByRole('dialog', { name: 'New relation' });
  await expect(dialog.locator('blockquote')).toHaveText(words);
  const from = dialog.getByRole('combobox', { name: /^From/ });
  await expect(from.locator('option:checked')).toHaveText('Nobuo Kishi');
  await expect(dialog.getByRole('combobox', { name: /^To/ }).locator('option:checked')).toHaveText(
    'Lloyd Austin',
  );
  // Only the entities the selection mentions are offered.
  await expect(from.locator('option')).toHaveText([
    'Choose an entity',
    'Nobuo Kishi',
    'Lloyd Austin',
    'Tokyo',
  ]);
  await dialog.getByRole('combobox', { name: /^To/ }).selectOption({ label: 'Tokyo' });
  await dialog.getByRole('combobox', { name: 'Relation type' }).selectOption('located-in');
  await dialog.getByRole('button', { name: 'Add relation' }).click();
  await expect(dialog).toBeHidden();

  const relations = await callApi<
    {
      type: string;
      fromLabel: { name: string };
      toLabel: { name: string };
      evidence: { quote: string }[];
    }[]
  >(server, 'listRelations', {});
  const made = relations.find((r) => r.type === 'located-in')!;
  expect([made.fromLabel.name, made.toLabel.name]).toEqual(['Nobuo Kishi', 'Tokyo']);
  expect(made.evidence.map((e) => e.quote)).toEqual([words]);
});

test('the evidence of a relation is graded 1–6 in the chart’s evidence panel, undoably', async ({
  app: page,
  server,
}) => {
  await seed(server);
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { level: 1, name: 'Link chart' })).toBeVisible();
  await page
    .getByRole('list', { name: 'Links' })
    .getByRole('button', { name: /Nobuo Kishi — Lloyd Austin: met-with/ })
    .click();
  const evidence = page.getByRole('region', { name: 'Evidence' });
  const second = evidence.getByLabel('Credibility of quote 2');
  await expect(second).toHaveValue('');
  await second.selectOption('3');
  await expect(page.getByRole('status')).toContainText(
    'Graded quote 2 of “Nobuo Kishi — Lloyd Austin: met-with” 3',
  );
  await expect(second).toHaveValue('3');
  await evidence.scrollIntoViewIfNeeded();
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await page.keyboard.press('ControlOrMeta+Shift+L');
    await shot(page, `chart-evidence-credibility-${theme}`);
  }
  const grades = async () =>
    (
      await callApi<{ type: string; evidence: { credibility?: number | null }[] }[]>(
        server,
        'listRelations',
      )
    )
      .find((r) => r.type === 'met-with')!
      .evidence.map((e) => e.credibility ?? null);
  expect(await grades()).toEqual([null, 3]);

  // The notebook's Undo, which stays; the toast's own fades after 6 s, sooner than a loaded
  // machine gets here from the grade.
  const undo = page.getByRole('banner').getByRole('button', { name: 'Undo' });
  await expect(undo).toHaveAttribute(
    'title',
    /^Undo Grade evidence of “Nobuo Kishi met-with Lloyd Austin” 3 /,
  );
  await undo.click();
  await expect(second).toHaveValue('');
  expect(await grades()).toEqual([null, null]);
});

test('entities no link ties are left out until asked for, and counted', async ({
  app: page,
  server,
}) => {
  await seed(server);
  const text = 'Japan said nothing.';
  const { id } = await callApi<{ id: string }>(server, 'addText', { title: 'Japan', text });
  await callApi(server, 'markMention', {
    articleId: id,
    start: 0,
    end: 5,
    quote: 'Japan',
    target: { type: 'location' },
  });
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /Link chart/ })
    .click();
  await expect(page.getByText('4 entities, 3 links')).toBeVisible();
  const unlinked = page.getByRole('checkbox', { name: 'Unlinked entities (1)' });
  await expect(unlinked).not.toBeChecked();
  const entities = page.getByRole('list', { name: 'Entities' });
  await expect(entities.getByRole('button', { name: /^Japan/ })).toHaveCount(0);
  await unlinked.check();
  await expect(page.getByText('5 entities, 3 links')).toBeVisible();
  await expect(entities.getByRole('button', { name: /^Japan/ })).toBeVisible();
  await unlinked.uncheck();
  await expect(page.getByText('4 entities, 3 links')).toBeVisible();
});
