import type { Page } from '@playwright/test';
import { test, expect, callApi, type DossierServer } from './fixtures.ts';
import { shot } from './shots.ts';

const STORY = [
  'Secretary Blinken and Secretary Austin arrived in Tokyo on Monday for talks with their Japanese counterparts.',
  'The two sides discussed regional security, the alliance and cooperation on supply chains at length.',
  'Officials said the meetings would continue in Seoul later in the week, with a joint statement expected.',
].join('\n\n');

async function importText(server: DossierServer, name: string, text: string) {
  const data = Buffer.from(text).toString('base64');
  const { results } = await callApi<{ results: { id: string; copyOf?: { articleId: string } }[] }>(
    server,
    'importFiles',
    { files: [{ name, data }] },
  );
  return results[0]!;
}

/** The story as UrduPoint republished Sputnik's wire, dated. */
function addTokyoTalks(server: DossierServer) {
  return callApi<{ id: string }>(server, 'addText', {
    title: 'Tokyo talks',
    text: STORY,
    source: 'UrduPoint News / Sputnik',
    published: '2021-03-16',
  });
}

async function openInReader(page: Page, title: string) {
  const row = page.getByRole('table', { name: 'Articles' }).getByRole('row', { name: title });
  await row.getByRole('button', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('the Reader says which article a wire copy copies, grades the sources of the article open, and says who else published an article', async ({
  openApp,
  server,
}) => {
  const original = await importText(server, 'tokyo-talks.txt', STORY);
  const copy = await importText(server, 'tokyo-talks-urdupoint.txt', `${STORY}\n\nVia UrduPoint.`);
  expect(copy.copyOf?.articleId).toBe(original.id);
  await callApi(server, 'updateArticle', {
    id: original.id,
    metadata: { title: 'Tokyo talks', source: 'Sputnik' },
  });
  await callApi(server, 'updateArticle', {
    id: copy.id,
    metadata: { title: 'Tokyo talks (UrduPoint)', source: 'UrduPoint News / Sputnik' },
  });
  const app = await openApp();

  await openInReader(app, 'Tokyo talks (UrduPoint)');
  await expect(app.getByRole('note')).toHaveText(
    /Copy of “Tokyo talks” \(Sputnik\), 9\d% the same text/,
  );

  // Each source of the article open is graded there, and the grade is the notebook's.
  const sputnik = app.getByLabel('Reliability of Sputnik');
  await expect(sputnik).toHaveValue('');
  await expect(app.getByLabel('Reliability of UrduPoint News')).toBeVisible();
  await sputnik.selectOption('C');
  await expect(app.getByRole('status')).toContainText('Graded Sputnik C');
  await expect(sputnik).toHaveValue('C');
  const sources = await callApi<{ name: string; reliability: string | null }[]>(
    server,
    'listSources',
  );
  expect(sources.find((s) => s.name === 'Sputnik')?.reliability).toBe('C');
  expect(sources.find((s) => s.name === 'UrduPoint News')?.reliability).toBeNull();

  await app
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Library' })
    .click();
  await openInReader(app, 'Tokyo talks');
  await expect(app.getByRole('note')).toHaveText('Also published by UrduPoint News / Sputnik');
});

test('grading a source in the Sources view shows its grade in the Library, and a quote cited in a briefing shows its words and the grade in its footnote', async ({
  openApp,
  server,
}) => {
  const { id } = await addTokyoTalks(server);
  const app = await openApp();
  await app.keyboard.press('Alt+8');
  await expect(app.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  const list = app.getByRole('list', { name: 'Sources' });
  await list.getByRole('button', { name: /^Sputnik ?, ungraded/ }).click();
  await app.getByLabel('Reliability of Sputnik').selectOption('C');
  await expect(app.getByRole('status')).toContainText('Graded Sputnik C');
  await expect(list.getByRole('button', { name: /^Sputnik ?, graded C/ })).toBeVisible();
  await shot(app, 'sources');

  // Undo takes the grade back; redo puts it again.
  await app.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('button', { name: /^Sputnik ?, ungraded/ })).toBeVisible();
  await app.keyboard.press('Control+Shift+Z');
  await expect(list.getByRole('button', { name: /^Sputnik ?, graded C/ })).toBeVisible();

  await app.keyboard.press('Alt+1');
  const row = app
    .getByRole('table', { name: 'Articles' })
    .getByRole('row', { name: 'Tokyo talks' });
  await expect(row.getByRole('cell').nth(1)).toHaveText('Sputnik [C] via UrduPoint News');
  await expect(app.getByLabel('Source', { exact: true }).locator('option')).toContainText([
    'All sources',
    'Sputnik [C] (1)',
    'UrduPoint News (1)',
  ]);

  const words = 'regional security, the alliance and cooperation on supply chains';
  const start = STORY.indexOf(words);
  await app.keyboard.press('Alt+5');
  await expect(app.getByRole('heading', { level: 1, name: 'Briefing' })).toBeVisible();
  await app
    .getByLabel('Section text (Markdown)')
    .fill(`They discussed [@quote:${id}:${start}-${start + words.length}].`);
  const preview = app.getByTestId('briefing-preview');
  await expect(preview.locator('p', { hasText: 'They discussed' })).toContainText(
    `They discussed “${words}”`,
  );
  await expect(preview.locator('section.footnotes')).toContainText(
    `UrduPoint News / Sputnik [C], 16 Mar 2021, para. 2: “${words}”`,
  );
});

test('the Sources view renames and merges a source, each undoable, and opens its articles', async ({
  openApp,
  server,
}) => {
  await callApi(server, 'addText', { title: 'Tokyo talks', text: STORY, source: 'Sputnik' });
  await callApi(server, 'addText', {
    title: 'Seoul talks',
    text: STORY.replace('Tokyo', 'Seoul'),
    source: 'Sputnik News Agency',
  });
  const app = await openApp();
  await app.keyboard.press('Alt+8');
  const list = app.getByRole('list', { name: 'Sources' });
  await list.getByRole('button', { name: /Sputnik News Agency/ }).click();
  await app.getByLabel('Merge into another source').selectOption({ label: 'Sputnik' });
  await app.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(app.getByRole('status')).toContainText(
    'Merged “Sputnik News Agency” into “Sputnik”',
  );
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('button', { name: /Sputnik News Agency/ })).toContainText(
    '2 articles',
  );
  await app.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);

  await list.getByRole('button', { name: /^Sputnik ?, ungraded/ }).click();
  await app.getByLabel('Name', { exact: true }).fill('RIA Sputnik');
  await app.getByRole('button', { name: 'Rename' }).click();
  // The old name stays as an alias: articles that say "Sputnik" still find it.
  await expect(list.getByRole('button', { name: /^RIA Sputnik ?, ungraded/ })).toContainText(
    /Sputnik\s*1 article/,
  );
  await expect(app.getByRole('heading', { level: 2, name: 'RIA Sputnik' })).toBeVisible();

  await app.getByRole('button', { name: 'Tokyo talks' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Tokyo talks' })).toBeVisible();
});

test('a credibility picked on a quote of an event and on the event persists; the timeline counts independent sources', async ({
  openApp,
  server,
}) => {
  const a = 'A blast in Kabul on Monday: 12 killed, officials said.';
  const b = 'Police said 15 people were killed in the Kabul blast on Monday.';
  const first = await callApi<{ id: string }>(server, 'addText', {
    title: 'Kabul blast',
    text: a,
    source: 'Reuters',
  });
  const second = await callApi<{ id: string }>(server, 'addText', {
    title: 'Blast in Kabul',
    text: b,
    source: 'AP',
  });
  await callApi(server, 'createEvent', {
    title: 'Kabul blast',
    type: 'attack',
    evidence: [
      { articleId: first.id, start: 0, end: a.length, quote: a },
      { articleId: second.id, start: 0, end: b.length, quote: b },
    ],
  });
  const app = await openApp();
  await app.keyboard.press('Alt+4');
  const row = app.getByRole('listbox', { name: 'Events in date order' }).getByRole('option');
  await expect(row).toContainText('2 independent sources');
  await row.click();

  // The accounts disagree on the toll: both values, side by side.
  const details = app.getByRole('region', { name: 'Corroboration' });
  await expect(details).toContainText('Backed by 2 independent sources');
  await expect(details.getByRole('note')).toContainText(
    /Numbers differ\s*12 killed\s*Reuters\s*15 people were killed\s*AP/,
  );
  const assessed = app.getByLabel('Assessed credibility of the event');
  await expect(assessed.locator('option:checked')).toHaveText('ungraded (suggested: 3)');

  await app.getByLabel('Credibility of quote 2').selectOption('2');
  await expect(app.getByRole('status')).toContainText('Graded quote 2 of “Kabul blast” 2');
  await app.getByRole('button', { name: 'Use the suggestion (3)' }).click();
  await expect(assessed).toHaveValue('3');
  await shot(app, 'event-credibility');

  await app.reload();
  await app.keyboard.press('Alt+4');
  await row.click();
  await expect(app.getByLabel('Credibility of quote 2')).toHaveValue('2');
  await expect(app.getByLabel('Credibility of quote 1')).toHaveValue('');
  await expect(app.getByLabel('Assessed credibility of the event')).toHaveValue('3');
  const [event] = await callApi<
    { evidence: { credibility: number | null }[]; credibility: number }[]
  >(server, 'listEvents');
  expect(event!.evidence.map((piece) => piece.credibility)).toEqual([null, 2]);
  expect(event!.credibility).toBe(3);
});

test('the Briefing view reopens the briefing last edited, after leaving the view and after a reload', async ({
  openApp,
  server,
}) => {
  await callApi(server, 'createBriefing', { title: 'Older brief' });
  const app = await openApp();
  await app.keyboard.press('Alt+5');
  const picker = app.getByRole('combobox', { name: 'Briefing', exact: true });
  await expect(picker.locator('option:checked')).toHaveText('Older brief');

  await app.getByRole('button', { name: 'New briefing' }).click();
  await expect(picker.locator('option:checked')).toHaveText('Untitled briefing');
  // Its bottom line is empty, the hint a placeholder, not words to delete.
  const text = app.getByLabel('Section text (Markdown)');
  await expect(text).toHaveValue('');
  await expect(text).toHaveAttribute('placeholder', 'Summarize the bottom line here.');
  const title = app.getByLabel('Title', { exact: true });
  await title.fill('Alliance brief');
  await title.blur();
  await expect(picker.locator('option:checked')).toHaveText('Alliance brief');
  await expect
    .poll(async () =>
      (await callApi<{ title: string; lastEdited: boolean }[]>(server, 'listBriefings'))
        .filter((b) => b.lastEdited)
        .map((b) => b.title),
    )
    .toEqual(['Alliance brief']);

  await app.keyboard.press('Alt+1');
  await app.keyboard.press('Alt+5');
  await expect(picker.locator('option:checked')).toHaveText('Alliance brief');
  await app.reload();
  await app.keyboard.press('Alt+5');
  await expect(picker.locator('option:checked')).toHaveText('Alliance brief');
  await expect(title).toHaveValue('Alliance brief');

  // One filter for the whole briefing, kept with it.
  await app.getByRole('button', { name: /^Filters for the whole briefing:/ }).click();
  await expect(app.getByTestId('briefing-filter-summary')).toHaveText('none (the whole notebook)');
  await app
    .getByRole('group', { name: 'Filters for the whole briefing' })
    .getByLabel('From')
    .fill('2021-03-01');
  await expect(app.getByTestId('briefing-filter-summary')).toHaveText('since 2021-03-01');
  await expect
    .poll(async () => {
      const [brief] = (
        await callApi<{ id: string; lastEdited: boolean }[]>(server, 'listBriefings')
      ).filter((b) => b.lastEdited);
      return (await callApi<{ filter: unknown }>(server, 'getBriefing', { id: brief!.id })).filter;
    })
    .toEqual({ from: '2021-03-01' });
});

test('a quote graded in the Reader keeps its credibility after a reload and shows it in the briefing footnote', async ({
  openApp,
  server,
}) => {
  const { id } = await addTokyoTalks(server);
  const words = 'regional security, the alliance and cooperation on supply chains';
  const start = STORY.indexOf(words);
  await callApi(server, 'addHighlight', {
    articleId: id,
    start,
    end: start + words.length,
    quote: words,
  });
  const app = await openApp();
  await openInReader(app, 'Tokyo talks');
  const highlight = app
    .locator('.article-text')
    .getByRole('button', { name: `${words}: Highlight` });
  // From the keyboard: the highlight opens its popover, where the picker is.
  await highlight.focus();
  await app.keyboard.press('Enter');
  const popover = app.getByRole('dialog', { name: 'Highlight' });
  const picker = popover.getByLabel('Credibility of the quote');
  await expect(picker).toHaveValue('');
  // A closed select steps through its grades with the arrow keys; each step is saved.
  await picker.focus();
  await app.keyboard.press('ArrowDown');
  await expect(app.getByRole('status')).toContainText(`Graded “${words.slice(0, 39)}…” 1`);
  await expect(picker).toHaveValue('1');
  await app.keyboard.press('ArrowDown');
  await expect(app.getByRole('status')).toContainText(`Graded “${words.slice(0, 39)}…” 2`);
  await expect(picker).toHaveValue('2');
  await expect(picker).toBeFocused();
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await app.keyboard.press('ControlOrMeta+Shift+L');
    await shot(app, `reader-quote-credibility-${theme}`);
  }
  await app.keyboard.press('ControlOrMeta+Shift+L');

  await app.reload();
  await openInReader(app, 'Tokyo talks');
  await highlight.focus();
  await app.keyboard.press('Enter');
  await expect(popover.getByLabel('Credibility of the quote')).toHaveValue('2');
  await app.keyboard.press('Escape');

  await app.keyboard.press('Alt+5');
  await app
    .getByLabel('Section text (Markdown)')
    .fill(`They discussed [@quote:${id}:${start}-${start + words.length}].`);
  await expect(app.getByTestId('briefing-preview').locator('section.footnotes')).toContainText(
    `para. 2: “${words}”; credibility 2`,
  );
});
