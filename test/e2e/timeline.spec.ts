import type { Locator, Page } from '@playwright/test';
import type { EventView } from '../../electron/common/api/contract.ts';
import {
  COMPACT_ROWS,
  ROWS,
  ZOOM_STEP,
  estimateLabelWidth,
  fitView,
  layoutLanes,
  sortForLanes,
  zoomAt,
} from '../../renderer/views/timeline/layout.ts';
import { eventSpan } from '../../renderer/views/timeline/model.ts';
import {
  test as base,
  expect,
  callApi,
  readOnlyTest,
  seededNotebookDir,
  type DossierServer,
} from './fixtures.ts';
import { KYODO, WIRE_TITLE } from './notebook-templates.ts';
import { shot } from './shots.ts';
import { selectText } from './text-selection.ts';

const TITLE = WIRE_TITLE;
const SECOND = KYODO.title;
const SECOND_TEXT = KYODO.text;

/** The notebook holds the wire article and a second outlet's report (notebook-templates.ts). */
const test = base.extend({ notebookDir: seededNotebookDir('timeline') });
test.use({ warmSuggestions: true });

/** The API over HTTP with the session token, as the page calls it. */
function client(server: DossierServer) {
  return <T>(method: string, input: object = {}) => callApi<T>(server, method, input);
}

type Call = ReturnType<typeof client>;

interface Candidate {
  candidateId: string;
  title: string;
  evidence: { start: number; end: number; text: string };
}

/** Accept every event suggestion of an article (candidate ids change after each accept). */
async function acceptAll(call: Call, articleId: string, limit = 50): Promise<number> {
  let accepted = 0;
  for (; accepted < limit; accepted++) {
    const [first] = await call<Candidate[]>('listEventSuggestions', { articleId });
    if (first === undefined) break;
    await call('acceptEventSuggestion', { articleId, candidateId: first.candidateId });
  }
  return accepted;
}

async function articles(call: Call) {
  return call<{ id: string; title: string; published: string | null }[]>('listArticles');
}

async function openTimeline(page: Page) {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /Timeline/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
}

/**
 * The axis's bars are drawn on a canvas: this finds where, with the layout the page uses over the
 * same events, at the view the test's own clicks made (fitted, then zoomed about the middle).
 */
class Axis {
  private view = { origin: 0, scale: 1 };

  private constructor(
    private readonly page: Page,
    private readonly events: EventView[],
    private readonly width: number,
  ) {
    this.fit();
  }

  static async of(page: Page, call: Call): Promise<Axis> {
    const events = await call<EventView[]>('listEvents');
    const width = await Axis.body(page).evaluate((element) => element.clientWidth);
    return new Axis(page, events, width);
  }

  static body(page: Page): Locator {
    return page.getByRole('group', { name: /Time axis/ });
  }

  private items() {
    return sortForLanes(
      this.events.flatMap((event) => {
        const span = eventSpan(event);
        if (span === null) return [];
        const label = event.date?.precision === 'approximate' ? `c. ${event.title}` : event.title;
        return [{ id: event.id, ...span, labelWidth: estimateLabelWidth(label) }];
      }),
    );
  }

  fit(): void {
    this.view = fitView(this.items(), this.width);
  }

  zoom(factor: number): void {
    this.view = zoomAt(this.view, factor, this.width / 2);
  }

  /** The bar of the event whose title matches, in pixels from the axis body's corner. */
  bar(title: RegExp): { x: number; y: number; width: number; height: number } {
    const event = this.events.find((e) => title.test(e.title))!;
    const layout = layoutLanes(this.items(), { scale: this.view.scale });
    const rows = layout.compact ? COMPACT_ROWS : ROWS;
    const box = layout.byId.get(event.id)!;
    return {
      x: box.x - this.view.origin * this.view.scale,
      y: rows.top + box.lane * rows.row,
      width: box.width,
      height: rows.height,
    };
  }

  async click(title: RegExp): Promise<void> {
    const { x, y, width, height } = this.bar(title);
    await Axis.body(this.page).click({ position: { x: x + width / 2, y: y + height / 2 } });
  }

  async hover(title: RegExp): Promise<Locator> {
    const { x, y, width, height } = this.bar(title);
    await Axis.body(this.page).hover({ position: { x: x + width / 2, y: y + height / 2 } });
    return this.page.getByRole('tooltip');
  }

  /** Whether the bar has the selection's ring, drawn in the space above it. */
  async ringed(title: RegExp): Promise<boolean> {
    const { x, y, width } = this.bar(title);
    return this.page.locator('.tl-canvas').evaluate(
      (canvas: HTMLCanvasElement, at) => {
        const dpr = window.devicePixelRatio;
        const pixel = canvas
          .getContext('2d')!
          .getImageData(Math.round(at.x * dpr), Math.round(at.y * dpr), 1, 1).data;
        return pixel[3]! > 0;
      },
      { x: x + width / 2, y: y - 3 },
    );
  }

  /** The width of what the canvas has drawn across the middle of the bar. */
  async drawnWidth(title: RegExp): Promise<number> {
    const { x, y, width, height } = this.bar(title);
    return this.page.locator('.tl-canvas').evaluate(
      (canvas: HTMLCanvasElement, at) => {
        const dpr = window.devicePixelRatio;
        const row = canvas
          .getContext('2d')!
          .getImageData(0, Math.round(at.y * dpr), canvas.width, 1).data;
        const inked = (px: number) => px >= 0 && px < canvas.width && row[px * 4 + 3]! > 0;
        let left = Math.round(at.x * dpr);
        let right = left;
        if (!inked(left)) return 0;
        while (inked(left - 1)) left--;
        while (inked(right + 1)) right++;
        return (right - left + 1) / dpr;
      },
      { x: x + width / 2, y: y + height / 2 },
    );
  }
}

function rows(page: Page): Locator {
  return page.getByRole('listbox', { name: 'Events in date order' }).getByRole('option');
}

test('the timeline shows events by date and precision, filters, zooms, opens evidence, edits and deletes', async ({
  app,
  server,
}) => {
  // Twenty-odd steps: past a minute at a load of 30 (two cores shared with other test runs).
  test.setTimeout(120_000);
  const call = client(server);
  const [wire, kyodo] = await (async () => {
    const list = await articles(call);
    return [list.find((a) => a.title === TITLE)!, list.find((a) => a.title === SECOND)!];
  })();
  expect(await acceptAll(call, wire.id)).toBeGreaterThanOrEqual(5);

  // A month-precision event, and the Tokyo meeting reported by a second outlet.
  const sentence = 'The four ministers agreed to oppose coercion in the region.';
  const start = SECOND_TEXT.indexOf(sentence);
  await call('createEvent', {
    title: 'Allies coordinate on the region',
    type: 'talks',
    date: { text: 'March 2021' },
    evidence: [{ articleId: kyodo.id, start, end: start + sentence.length, quote: sentence }],
  });
  const events = await call<{ id: string; title: string }[]>('listEvents');
  const tokyo = events.find((e) => e.title.includes('Motegi'))!;
  const kyodoQuote = SECOND_TEXT.split('\n')[0]!;
  await call('addEvidence', {
    eventId: tokyo.id,
    articleId: kyodo.id,
    start: 0,
    end: kyodoQuote.length,
    quote: kyodoQuote,
  });

  await openTimeline(app);
  await expect(app.getByText(`${events.length} events`)).toBeVisible();

  // In date order: the Quad summit (12 March), the trip (16 March), Tokyo (16-17), Seoul (17-18).
  const titles = await rows(app).locator('.tl-row-title').allTextContents();
  const order = ['Quad', 'embark', 'Motegi', 'Seoul'].map((word) =>
    titles.findIndex((t) => t.includes(word)),
  );
  expect(order.every((index) => index >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  await expect(rows(app).first().locator('.tl-row-date')).toHaveText('Mar 2021');

  // Honest precision: the month-precision bar spans its month, far wider than a one-day event;
  // hovering a bar names its event, date and type.
  const axis = await Axis.of(app, call);
  const month = /Allies coordinate/;
  expect(await axis.drawnWidth(month)).toBeGreaterThan((await axis.drawnWidth(/Quad/)) * 10);
  const tooltip = await axis.hover(month);
  await expect(tooltip).toContainText('Allies coordinate on the region');
  await expect(tooltip).toContainText('Mar 2021 · Talks');
  await app.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();

  // Undated events are on the rail.
  const rail = app.getByRole('complementary', { name: /Undated/ });
  await expect(rail.getByRole('button', { name: /Blinken flies to Alaska/ })).toBeVisible();
  await expect(rail.getByRole('button', { name: /Pentagon chief travels/ })).toBeVisible();

  // Zoom: in widens the bars, out narrows them, and the keyboard does the same (a day's bar:
  // the month's is wider than the axis once zoomed in).
  const day = /Quad/;
  const before = await axis.drawnWidth(day);
  await app.getByRole('button', { name: 'Zoom in' }).click();
  axis.zoom(ZOOM_STEP);
  await expect.poll(() => axis.drawnWidth(day)).toBeGreaterThan(before * 1.4);
  await app.getByRole('button', { name: 'Zoom out' }).click();
  await app.getByRole('button', { name: 'Zoom out' }).click();
  axis.zoom(1 / ZOOM_STEP ** 2);
  await expect.poll(() => axis.drawnWidth(day)).toBeLessThan(before * 0.8);
  await Axis.body(app).focus();
  await app.keyboard.press('+');
  axis.zoom(ZOOM_STEP);
  await expect.poll(() => axis.drawnWidth(day)).toBeGreaterThan(before * 0.9);
  await app.getByRole('button', { name: 'Fit all' }).click();
  axis.fit();

  // Filters: by entity (a place), then by type.
  const filters = app.getByRole('search', { name: 'Filter events' });
  await filters.getByRole('combobox', { name: 'Entity' }).selectOption({ label: 'Seoul (1)' });
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText('Seoul');
  await expect(app.getByText(/No undated events match/)).toBeVisible();
  await filters.getByRole('combobox', { name: 'Entity' }).selectOption('');
  await filters.getByRole('combobox', { name: 'Type' }).selectOption('talks');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText('Allies coordinate');
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows(app)).not.toHaveCount(1);

  // Keyboard: Tab to the list, arrows, Enter opens the details.
  const list = app.getByRole('listbox', { name: 'Events in date order' });
  await list.focus();
  await app.keyboard.press('Home');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  const details = app.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(titles[1]!);

  // The Tokyo meeting, clicked on the axis: ringed there, its date with its words, both
  // sources side by side.
  expect(await axis.ringed(/Motegi/)).toBe(false);
  await axis.click(/Motegi/);
  await expect.poll(() => axis.ringed(/Motegi/)).toBe(true);
  await expect(details.getByRole('heading', { level: 2, name: /Motegi/ })).toBeVisible();
  await expect(details.getByText('16–17 Mar 2021')).toBeVisible();
  await expect(details.getByText('“March 16-17”')).toBeVisible();
  await expect(details.getByText('day precision')).toBeVisible();
  const sources = details.locator('.tl-source');
  await expect(sources).toHaveCount(2);
  await expect(sources.nth(0)).toContainText('Harbor Wire');
  await expect(sources.nth(1)).toContainText('Kyodo News');
  const [a, b] = [(await sources.nth(0).boundingBox())!, (await sources.nth(1).boundingBox())!];
  expect(Math.abs(a.y - b.y)).toBeLessThan(2);
  expect(b.x).toBeGreaterThan(a.x + a.width - 1);

  // Evidence opens the Reader on that article.
  await sources
    .nth(1)
    .getByRole('button', { name: /Open .* in the Reader/ })
    .click();
  await expect(app.getByRole('heading', { level: 1, name: SECOND })).toBeVisible();
  await openTimeline(app);

  // Edit the Quad summit's date to "March 2021": month precision.
  await axis.click(/Quad/);
  await details.getByRole('button', { name: 'Edit' }).click();
  const editor = app.getByRole('form', { name: 'Edit event' });
  await editor.getByLabel('Date, in words').fill('February 30');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByRole('alert')).toContainText(/date/i);
  await editor.getByLabel('Date, in words').fill('March 2021');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(details.getByText('month precision')).toBeVisible();
  await expect(details.locator('.tl-date')).toHaveText('Mar 2021');
  await expect(await (await Axis.of(app, call)).hover(/Quad/)).toContainText('Mar 2021 · ');

  // Delete, then undo from the message.
  const count = await rows(app).count();
  await details.getByRole('button', { name: 'Delete the event' }).click();
  await expect(rows(app)).toHaveCount(count - 1);
  await expect(details.getByText('No event selected')).toBeVisible();
  const toast = app.getByRole('status').locator('.toast', { hasText: 'Deleted the event' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(rows(app)).toHaveCount(count);
});

test('the Reader offers event suggestions and makes an event from a selection', async ({ app }) => {
  test.setTimeout(120_000); // past a minute at a load of 30, as above
  await app.getByRole('button', { name: TITLE, exact: true }).click();
  await expect(app.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const panel = app.getByRole('region', { name: 'Event suggestions' });
  await expect(panel.getByRole('listitem').first()).toBeVisible();
  const before = await panel.getByRole('listitem').count();
  await panel
    .getByRole('button', { name: /Accept the event “Blinken and Austin meet Motegi/ })
    .click();
  await expect(panel.getByRole('listitem')).toHaveCount(before - 1);

  // Edit & accept: the form opens prefilled, in place; saving makes the event.
  await panel.getByRole('button', { name: 'Edit & accept' }).first().click();
  const form = panel.getByRole('form', { name: 'Edit & accept' });
  await form.getByLabel('Title').fill('Ministers travel to the region');
  await form.getByRole('button', { name: 'Save event' }).click();
  await expect(form).toBeHidden();
  await expect(panel.getByRole('listitem')).toHaveCount(before - 2);
  await shot(app, 'reader-event-suggestions');

  // New event from a selection: draftEvent prefills the form beside the text.
  await selectText(app, 'will be hosted');
  await app.getByRole('toolbar').getByRole('button', { name: 'New event' }).click();
  const draft = app.getByRole('form', { name: 'New event' });
  await expect(draft.getByLabel('Date, in words')).toHaveValue('March 17-18');
  await shot(app, 'reader-new-event');
  await draft.getByRole('button', { name: 'Save event' }).click();
  await expect(draft).toBeHidden();
});

// The message is the same whether the notebook has articles or not: the worker's empty one.
readOnlyTest('the timeline explains what to do when there are no events', async ({ app }) => {
  await openTimeline(app);
  await expect(app.getByRole('heading', { name: 'No events yet' })).toBeVisible();
  await expect(app.getByText(/Open an article and look at ‘Event suggestions’/)).toBeVisible();
});
