import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { reportedNumbers } from '../../electron/core/sources/reported-numbers.ts';
import { tempFolder } from '../support/temp-folder.ts';

// Counts that differ between two accounts of one event (issue 18): what is flagged, what is not.

/** Two accounts of one event, each the whole text of an article of its own outlet. */
const FLAGGED: [string, string, string[]][] = [
  [
    'A blast in Kabul: 12 killed.',
    'At least 15 dead in the Kabul blast.',
    ['12 killed', '15 dead'],
  ],
  [
    'Police said 15 people were killed.',
    'The blast killed 12 civilians, officials said.',
    ['15 people were killed', 'killed 12 civilians'],
  ],
  [
    'The attack left 20 wounded.',
    'Thirty people were injured.',
    ['20 wounded', 'Thirty people were injured'],
  ],
  [
    'Two ships entered the strait.',
    'Three vessels entered the strait.',
    ['Two ships', 'Three vessels'],
  ],
  ['The fund holds $3 billion.', 'The fund holds 4bn dollars.', ['$3 billion', '4bn dollars']],
  ['Turnout was 62% on Sunday.', 'Turnout of 58 percent was reported.', ['62%', '58 percent']],
  [
    'A 62% turnout was reported.',
    'Officials gave a turnout of 58 per cent.',
    ['62%', '58 per cent'],
  ],
];

const NOT_FLAGGED: [string, string][] = [
  // Not about the same thing.
  ['2 ministers arrived as 15 killed were buried.', 'Fifteen killed, officials said.'],
  ['2 ministers met in Tokyo.', 'The strike left 15 killed.'],
  ['Inflation rose to 8% in March.', 'Turnout was 62%.'],
  ['Two ships entered the strait.', 'Three aircraft flew over the strait.'],
  ['The fund holds $3 billion.', 'The fund holds €4 billion.'],
  // The same number, said otherwise.
  ['The fund holds $3 billion.', 'The fund holds 3bn dollars.'],
  ['12 killed in the blast.', 'The blast left twelve people dead.'],
  ['Three ships sank.', 'Three vessels sank.'],
  ['Turnout was 62%.', 'Turnout was 62 percent.'],
  // Dates and years are not counts.
  ['Talks on March 16, 2021 in Tokyo.', 'Talks on 17 March 2021 in Tokyo.'],
  ['In 2020, 12 killed.', 'In 2021, 12 killed.'],
];

async function discrepancies(pairs: [string, string][]) {
  const service = await NotebookService.open(join(await tempFolder(), 'nb'));
  const api = localApi(service);
  try {
    for (const [index, [a, b]] of pairs.entries()) {
      const evidence = [];
      for (const [n, text] of [a, b].entries()) {
        const { id } = await api.addText({ title: `${index}-${n}`, text, source: `Outlet ${n}` });
        evidence.push({ articleId: id, start: 0, end: text.length, quote: text });
      }
      await api.createEvent({ title: `Event ${index}`, type: 'other', evidence });
    }
    const events = await api.listEvents({});
    return pairs.map((_, index) =>
      events
        .find((e) => e.title === `Event ${index}`)!
        .discrepancies.filter((d) => d.field === 'number')
        .map((d) => d.values.map((v) => v.value)),
    );
  } finally {
    await service.close();
  }
}

describe('differing counts between accounts of one event', () => {
  it('flags the same count given differently, with the values as the words say them', async () => {
    const found = await discrepancies(FLAGGED.map(([a, b]) => [a, b]));
    expect(found).toEqual(FLAGGED.map(([, , values]) => [values]));
  });

  it('does not flag counts of different things, the same count said otherwise, or dates', async () => {
    const found = await discrepancies(NOT_FLAGGED);
    expect(found).toEqual(NOT_FLAGGED.map(() => []));
  });

  it('reads counts by class, money by currency and scale, shares by what they are of', () => {
    expect(
      reportedNumbers('At least 12 people were killed and three wounded on March 16, 2021.'),
    ).toEqual([
      { counts: 'killed', value: 12, text: '12 people were killed' },
      { counts: 'injured', value: 3, text: 'three wounded' },
    ]);
    expect(reportedNumbers('The 2021 talks on 16 March drew 1,200 protesters')).toEqual([
      { counts: 'protester', value: 1200, text: '1,200 protesters' },
    ]);
    expect(reportedNumbers('Aid of US$2.5 billion and €300m, 40% of exports.')).toEqual([
      { counts: 'money:USD', value: 2_500_000_000, text: 'US$2.5 billion' },
      { counts: 'money:EUR', value: 300_000_000, text: '€300m' },
      { counts: 'percent:export', value: 40, text: '40%' },
    ]);
    expect(
      reportedNumbers('The strike, killing 9, drew 1.2 million people to the streets.'),
    ).toEqual([
      { counts: 'killed', value: 9, text: 'killing 9' },
      { counts: 'people', value: 1_200_000, text: '1.2 million people' },
    ]);
    // A share of nothing said is no count to compare; "15 m" may be metres, not millions.
    expect(reportedNumbers('Up 5% since.')).toEqual([]);
    expect(reportedNumbers('A wall 15 m high.')).toEqual([
      { counts: 'm', value: 15, text: '15 m' },
    ]);
  });
});
