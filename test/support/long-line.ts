import { mulberry32 } from './random.ts';

/**
 * A pasted page with no line breaks: news sentences with quotations, abbreviations ("Dr.",
 * "U.S.", "Jan. 5"), initials, dates and names, in seeded random order, joined by single
 * spaces. Each block is a few whole sentences with its quotations closed, so that the long text
 * reads, block by block, as each block does alone: `blocks[i]` starts at `starts[i]`.
 */
export function longLine(
  chars: number,
  seed = 7,
): { text: string; blocks: string[]; starts: number[] } {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const people = [
    'Antony J. Blinken',
    'Lloyd Austin',
    'Dr. Jill Biden',
    'Edi Rama',
    'Philip T. Reeker',
    'Mr. Sullivan',
  ];
  const orgs = [
    'the State Department',
    'NATO',
    'the European Union',
    'Reuters',
    'Acme Corp.',
    'the U.N. Security Council',
  ];
  const places = ['Tirana', 'Kyiv', 'Brussels', 'Washington', 'Tokyo', 'St. Louis'];
  const dates = [
    'on March 16, 2021',
    'on Jan. 5',
    'last Tuesday',
    'on 16th March, 2021',
    'in April 2020',
    'yesterday',
    'next week',
  ];
  const templates: (() => string)[] = [
    () => `${pick(people)} met ${pick(people)} in ${pick(places)} ${pick(dates)}.`,
    () => `"We will stand with our partners. This matters," ${pick(people)} said ${pick(dates)}.`,
    () =>
      `${pick(orgs)} announced sanctions on ${pick(orgs)} ${pick(dates)}, while ${pick(people)} visited ${pick(places)}.`,
    () => `The U.S. and ${pick(orgs)} signed an agreement in ${pick(places)} ${pick(dates)}.`,
    () => `Talks in ${pick(places)} continued; officials from ${pick(orgs)} declined to comment.`,
    () => `${pick(people)} told reporters: “The talks went well.” He left for ${pick(places)}.`,
    () => `Gen. Milley arrived at 9 a.m. The meeting with ${pick(people)} lasted an hour.`,
    () => `Is this the end? Nobody knows!`,
  ];
  const blocks: string[] = [];
  const starts: number[] = [];
  let length = 0;
  while (length < chars) {
    const sentences = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
      const sentence = pick(templates)();
      return sentence[0]!.toUpperCase() + sentence.slice(1);
    });
    const block = sentences.join(' ');
    starts.push(length === 0 ? 0 : length + 1);
    length += (length === 0 ? 0 : 1) + block.length;
    blocks.push(block);
  }
  return { text: blocks.join(' '), blocks, starts };
}
