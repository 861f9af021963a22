import { test as base, expect, callApi, seededNotebookDir } from './fixtures.ts';
import { KYODO, WIRE_TITLE } from './notebook-templates.ts';

/** The notebook holds the wire article and a second outlet's report (notebook-templates.ts). */
const test = base.extend({ notebookDir: seededNotebookDir('timeline') });

interface Candidate {
  candidateId: string;
  title: string;
}

test('a second outlet’s report of an accepted event is offered as its evidence, not as a new event', async ({
  app,
  server,
}) => {
  const call = <T>(method: string, input: object = {}) => callApi<T>(server, method, input);
  const list = await call<{ id: string; title: string }[]>('listArticles');
  const wire = list.find((a) => a.title === WIRE_TITLE)!;
  const kyodo = list.find((a) => a.title === KYODO.title)!;
  // The wire's Tokyo meeting (March 16-17, Blinken, Austin, Motegi, Kishi) is accepted.
  const candidates = await call<Candidate[]>('listEventSuggestions', { articleId: wire.id });
  const tokyo = candidates.find((c) => c.title.includes('Motegi'))!;
  await call('acceptEventSuggestion', { articleId: wire.id, candidateId: tokyo.candidateId });

  // Kyodo's "met Motegi and Kishi in Tokyo on Tuesday" (March 16) is that meeting.
  await app.getByRole('button', { name: KYODO.title, exact: true }).click();
  await expect(app.getByRole('heading', { level: 1, name: KYODO.title })).toBeVisible();
  const panel = app.getByRole('region', { name: 'Event suggestions' });
  const add = panel.getByRole('button', { name: `Add as evidence to “${tokyo.title}”` });
  await expect(add).toBeVisible();
  await add.click();
  await expect(add).toBeHidden();

  const events = await call<{ title: string; evidence: { articleId: string }[] }[]>('listEvents');
  const meeting = events.filter((e) => e.title === tokyo.title);
  expect(meeting).toHaveLength(1);
  // The wire's own sentences about it stay; Kyodo's is added.
  const from = new Set(meeting[0]!.evidence.map((e) => e.articleId));
  expect([...from].sort()).toEqual([kyodo.id, wire.id].sort());
});
