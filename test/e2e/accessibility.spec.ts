import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect, callApi, type DossierServer } from './fixtures.ts';
import { settled } from './shots.ts';

/**
 * axe-core on every view (Library with articles, Reader with annotations, Entities, Timeline,
 * Review with a group opened, Briefing with a section's filters and the citation picker open, the command palette and the
 * shortcut sheet open), in both themes: no violation of serious or critical impact among the
 * WCAG 2 A and AA rules, colour contrast included.
 *
 * The page's Content-Security-Policy forbids inline scripts, and Playwright injects axe-core as
 * one, so this file (and only this file) runs with `bypassCSP: true`. Every other e2e test keeps
 * the policy, and so still catches a CSP violation as a console error.
 */
test.use({ bypassCSP: true });

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const TITLE = 'Ceasefire talks resume in Geneva';
const TEXT = [
  'GENEVA — Negotiators from both sides returned to the table on Tuesday, three weeks after talks collapsed over the sequencing of prisoner exchanges.',
  'The UN special envoy, Geir Pedersen, said the first session had been constructive and that working groups on humanitarian access would meet again on Thursday.',
  'Last Friday, the International Committee of the Red Cross said it had been granted access to two detention sites.',
].join('\n\n');

/** A notebook with articles, mentions, a highlight with a note, open suggestions and an event. */
async function seed(server: DossierServer) {
  const { id } = await callApi<{ id: string }>(server, 'addText', {
    title: TITLE,
    text: TEXT,
    source: 'Reuters',
    published: '2021-03-16',
  });
  await callApi(server, 'addText', {
    title: 'EU foreign ministers weigh new sanctions package',
    text: 'BRUSSELS — Foreign ministers will discuss a fresh round of sanctions on Monday.',
    source: 'Politico Europe',
  });
  const span = (quote: string) => {
    const start = TEXT.indexOf(quote);
    return { articleId: id, start, end: start + quote.length, quote };
  };
  const person = await callApi<{ entityId: string }>(server, 'markMention', {
    ...span('Geir Pedersen'),
    target: { type: 'person' },
  });
  const place = await callApi<{ entityId: string }>(server, 'markMention', {
    ...span('GENEVA'),
    target: { type: 'location', name: 'Geneva' },
  });
  await callApi(server, 'markMention', {
    ...span('International Committee of the Red Cross'),
    target: { type: 'organization' },
  });
  await callApi(server, 'addHighlight', {
    ...span('granted access to two detention sites'),
    comment: 'First access since the autumn.',
  });
  await callApi(server, 'createEvent', {
    title: 'Talks resume in Geneva',
    type: 'meeting',
    date: { text: '2021-03-16' },
    locationId: place.entityId,
    participants: [{ entityId: person.entityId, role: 'mediator' }],
    evidence: [span('Negotiators from both sides returned to the table on Tuesday')],
  });
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  // Contrast is measured on the final colours, once the theme's transitions are over.
  await settled(page);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const results = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    })) as { violations: Violation[] };
    return results.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes
          .slice(0, 6)
          .map((n) => `    ${JSON.stringify(n.target)}: ${n.failureSummary?.split('\n')[1] ?? ''}`)
          .join('\n'),
    );
}

const STATES: { name: string; show: (page: Page) => Promise<void> }[] = [
  {
    name: 'Library',
    show: async (page) => {
      await page.keyboard.press('Alt+1');
      await expect(page.getByRole('table', { name: 'Articles' })).toBeVisible();
    },
  },
  {
    name: 'Reader',
    show: async (page) => {
      await page.keyboard.press('Alt+1');
      await page
        .getByRole('table', { name: 'Articles' })
        .getByRole('button', { name: TITLE, exact: true })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
      await expect(page.locator('mark, [data-mention], .mention').first()).toBeVisible();
    },
  },
  {
    name: 'Entities',
    show: async (page) => {
      await page.keyboard.press('Alt+3');
      await expect(page.getByRole('heading', { level: 1, name: 'Entities' })).toBeVisible();
      await expect(page.getByText('Geir Pedersen').first()).toBeVisible();
    },
  },
  {
    name: 'Timeline',
    show: async (page) => {
      await page.keyboard.press('Alt+4');
      await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
      await expect(page.getByText('Talks resume in Geneva').first()).toBeVisible();
    },
  },
  {
    name: 'Review, a group opened',
    show: async (page) => {
      await page.keyboard.press('Alt+6');
      await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
      const name = page.locator('.review-name').first();
      await name.focus();
      await page.keyboard.press('Enter');
      await expect(name).toHaveAttribute('aria-expanded', 'true');
    },
  },
  {
    name: 'Briefing',
    show: async (page) => {
      await page.keyboard.press('Alt+5');
      await expect(
        page.getByRole('heading', { level: 1, name: 'Briefing', exact: true }),
      ).toBeVisible();
    },
  },
  {
    name: 'the briefing’s section filters',
    show: async (page) => {
      await page.getByRole('button', { name: 'Key actors Key actors' }).click();
      await page.getByRole('button', { name: /^Filters:/ }).click();
      await expect(page.getByRole('group', { name: 'Filters' })).toBeVisible();
    },
  },
  {
    name: 'the briefing’s citation picker',
    show: async (page) => {
      await page.getByRole('button', { name: 'Text Bottom line up front' }).click();
      await page.getByLabel('Section text (Markdown)').press('Control+Shift+K');
      await expect(
        page.getByRole('listbox', { name: 'What to cite' }).getByRole('option').first(),
      ).toBeVisible();
    },
  },
  {
    name: 'the command palette',
    show: async (page) => {
      await page.keyboard.press('Alt+1');
      await page.keyboard.press('Control+K');
      await page.keyboard.type('ge');
      await expect(page.getByRole('group', { name: 'Articles' })).toBeVisible();
    },
  },
  {
    name: 'the shortcut sheet',
    show: async (page) => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+/');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    },
  },
  {
    name: 'the backups panel',
    show: async (page) => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+K');
      await page.keyboard.type('backups');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('region', { name: 'Backups' })).toBeVisible();
    },
  },
];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`in the ${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test('every view has no serious or critical axe violation', async ({ app, server }) => {
      test.setTimeout(120_000);
      await seed(server);
      await app.reload();
      await expect(app.locator('html')).toHaveAttribute('data-theme', theme);
      const found: string[] = [];
      for (const state of STATES) {
        await state.show(app);
        for (const violation of await seriousViolations(app)) {
          found.push(`${state.name}: ${violation}`);
        }
      }
      expect(found, found.join('\n')).toEqual([]);
    });
  });
}
