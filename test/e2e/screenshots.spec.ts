import { resolve } from 'node:path';
import { test, expect, callApi, type DossierServer } from './fixtures.ts';
import { SHOTS } from './shots.ts';

/**
 * The Library and the Reader, light and dark, compared with the pictures committed beside this
 * file (screenshots.spec.ts-snapshots/). After a change meant to alter them, look at the new
 * pictures and commit them: `npx playwright test screenshots --update-snapshots`.
 * `DOSSIER_SHOTS=<folder>` also rewrites the README's docs/screenshot.png.
 */

const ARTICLES = [
  {
    title: 'Ceasefire talks resume in Geneva after three-week pause',
    source: 'Reuters',
    authors: ['Emma Farge'],
    published: '2021-03-16',
    text: [
      'GENEVA — Negotiators from both sides returned to the table on Tuesday, three weeks after talks collapsed over the sequencing of prisoner exchanges and the withdrawal of heavy weapons from the contact line.',
      'The UN special envoy, Geir Pedersen, said the first session had been “constructive” and that working groups on humanitarian access would meet again on Thursday. “Nobody expects a breakthrough this week,” he told reporters outside the Palais des Nations. “But both delegations came with instructions, which was not the case last month.”',
      'Last Friday, the International Committee of the Red Cross said it had been granted access to two detention sites for the first time since the autumn. Diplomats said that gesture had made the resumption possible.',
      'Observers cautioned that the core disagreements remained unresolved. A Western diplomat briefed on the talks said the two sides were still far apart on the timetable for local elections and on who would monitor the contact line.',
    ].join('\n\n'),
  },
  {
    title: 'EU foreign ministers weigh new sanctions package',
    source: 'Politico Europe',
    authors: [],
    published: '2021-03-15',
    text: 'BRUSSELS — Foreign ministers will discuss a fresh round of sanctions on Monday.\n\nThe proposal targets eleven individuals and four entities.',
  },
  {
    title: 'Shipping insurers raise war-risk premiums for Black Sea routes',
    source: 'Lloyd’s List',
    authors: [],
    published: '2021-03',
    text: 'LONDON — Underwriters have raised additional premiums for vessels calling at Black Sea ports.\n\nBrokers said the increase reflected the renewed uncertainty.',
  },
  {
    title: 'Annual threat assessment: regional outlook',
    source: 'Office of the Director of National Intelligence',
    authors: [],
    published: '2021',
    text: 'The assessment covers the period to the end of the year.\n\nIt notes a high risk of renewed fighting.',
  },
];

/**
 * Four articles; the first one worked on: three names marked, a note, and no open suggestion
 * (they are turned down), so that the pictures do not change with the recognizer.
 */
async function seed(server: DossierServer) {
  let id = '';
  for (const article of [...ARTICLES].reverse()) {
    ({ id } = (await callApi(server, 'addText', article)) as { id: string });
  }
  const text = ARTICLES[0]!.text;
  const span = (quote: string) => {
    const start = text.indexOf(quote);
    return { articleId: id, start, end: start + quote.length, quote };
  };
  await callApi(server, 'markMention', {
    ...span('GENEVA'),
    target: { type: 'location', name: 'Geneva' },
  });
  await callApi(server, 'markMention', { ...span('Geir Pedersen'), target: { type: 'person' } });
  await callApi(server, 'markMention', {
    ...span('International Committee of the Red Cross'),
    target: { type: 'organization' },
  });
  const open = await callApi<{ start: number; end: number }[]>(server, 'listSuggestions', {
    articleId: id,
  });
  for (const { start, end } of open) {
    await callApi(server, 'rejectSuggestion', { articleId: id, start, end });
  }
  await callApi(server, 'addHighlight', {
    ...span('had made the resumption possible'),
    comment: 'Access to detainees as the **precondition**: check with the ICRC.',
  });
}

/** Compared pixel for pixel but for anti-aliasing: what differs is a change to look at. */
const SAME = { maxDiffPixelRatio: 0.002 } as const;

test('the Library and the Reader look as they did, in both themes', async ({ app, server }) => {
  test.setTimeout(120_000);
  await app.setViewportSize({ width: 1360, height: 820 });
  await seed(server);
  await app.reload();
  const first = ARTICLES[0]!.title;
  await expect(app.getByRole('button', { name: first, exact: true })).toBeVisible();
  // Hidden: the notebook's folder name (a temporary folder's) and when the articles were added.
  const library = { ...SAME, mask: [app.locator('.notebook-title'), app.locator('.lc-added')] };
  await expect(app).toHaveScreenshot('library-light.png', library);
  await app.getByRole('button', { name: first, exact: true }).click();
  await expect(app.getByRole('heading', { level: 1, name: first })).toBeVisible();
  await expect(app.getByText('Finding names…')).toHaveCount(0);
  await expect(app.getByText('Finding events…')).toHaveCount(0);
  // Hidden too: the side panel, whose event suggestions are the recognizer's.
  const reader = {
    ...library,
    mask: [...library.mask, app.locator('.article-added'), app.locator('.reader-side')],
  };
  await expect(app).toHaveScreenshot('reader-light.png', reader);
  // The README's picture, when asked for (DOSSIER_SHOTS).
  if (SHOTS !== undefined) await app.screenshot({ path: resolve('docs/screenshot.png') });
  await app.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(app).toHaveScreenshot('reader-dark.png', reader);
  await app.keyboard.press('Alt+1');
  await expect(app.getByRole('heading', { level: 1, name: 'Library' })).toBeFocused();
  await expect(app).toHaveScreenshot('library-dark.png', library);
});
