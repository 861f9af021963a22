import { describe, expect, it } from 'vitest';
import { governingDate } from '../../electron/core/dates/governing-date.ts';
import { findDates } from '../../electron/core/dates/resolve-date.ts';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/**
 * Times of day, statements with no date, asides with dates of their own and happenings no
 * verb list names (issue 16, branch dates13: the news-dates13 dev gold and the lead's kinds),
 * on sentences written for these tests; each fails without its fix.
 */
const events = (text: string, names: [string, string][], published: string) =>
  suggestEvents(text, published, mentionsIn(text, names));
const dated = (text: string, names: [string, string][], published: string) =>
  events(text, names, published).map((e) => [e.evidence.text, e.date && e.date.start]);

// 2034-01-17 is a Tuesday, 2034-04-20 a Thursday.
describe('a time of day that names no day', () => {
  it('takes the day of the last happening dated to one day up to publication', () => {
    const text =
      'The Met Office issued a warning for snow on Tuesday morning. A second warning takes effect on Thursday. A lorry overturned on the A9 near Dalwhinnie at around 7 a.m., closing the road.';
    expect(dated(text, [['Met Office', 'organization']], '2034-01-18')).toContainEqual([
      'A lorry overturned on the A9 near Dalwhinnie at around 7 a.m., closing the road.',
      '2034-01-17',
    ]);
  });

  it('a quake told in a later story is dated by the day the story gave it', () => {
    const text =
      'An earthquake struck the coast of Crete on Sunday. Firefighters brought the last blaze under control by noon.';
    expect(dated(text, [['Crete', 'location']], '2034-04-18')).toEqual([
      ['An earthquake struck the coast of Crete on Sunday.', '2034-04-16'],
      ['Firefighters brought the last blaze under control by noon.', '2034-04-16'],
    ]);
  });

  it('is the publication day with no earlier day, and dates nothing that will happen', () => {
    expect(dated('Rescuers freed the last miners at around 2 a.m.', [], '2034-04-20')).toEqual([
      ['Rescuers freed the last miners at around 2 a.m.', '2034-04-20'],
    ]);
    expect(dated('Rescuers will try again at around 2 a.m.', [], '2034-04-20')).toEqual([]);
  });
});

describe('a schedule in the present with a time of day points forward', () => {
  it.each([
    ['A second warning, for wind, takes effect at 6 p.m. on Wednesday.', 'Wednesday', '2034-04-26'],
    ['Polls close at 8 p.m. on Sunday.', 'Sunday', '2034-04-23'],
    ['Polls open at 7 a.m. on Sunday.', 'Sunday', '2034-04-23'],
    ['The new rules come into force on Monday.', 'Monday', '2034-04-24'],
  ])('%s', (text, words, iso) => {
    expect(findDates(text, '2034-04-20').map((d) => [d.range.text, d.range.start])).toEqual([
      [words, iso],
    ]);
  });

  it('while a past happening at a time of day still looks back', () => {
    expect(
      findDates('Police arrested him at 6 p.m. on Wednesday.', '2034-04-20').map(
        (d) => d.range.start,
      ),
    ).toEqual(['2034-04-19']);
  });
});

describe('a statement made as one is an event with no date', () => {
  it.each([
    ['Its owner, Kestrel Shipping, said in an email the 22 crew were safe.', 'Kestrel Shipping'],
    ['Chief executive Tom Aldous told the BBC the company was sorry.', 'Tom Aldous'],
    ['Governor Kari Solheim told reporters that further increases were possible.', 'Kari Solheim'],
    [
      'Civil protection minister Nikos Varvaris said in a television interview that a power line had started the fire.',
      'Nikos Varvaris',
    ],
  ])('%s', (text, name) => {
    const found = events(
      text,
      [[name, name === 'Kestrel Shipping' ? 'organization' : 'person']],
      '2034-04-20',
    );
    expect(found.map((e) => [e.type, e.date])).toEqual([['statement', null]]);
  });

  it('but not a quotation told to reporters, nor a plain "said"', () => {
    expect(
      events(
        '"I still cannot believe it," Vogt told reporters.',
        [['Vogt', 'person']],
        '2034-04-20',
      ),
    ).toEqual([]);
    expect(
      events('Aldous said the company was sorry.', [['Aldous', 'person']], '2034-04-20'),
    ).toEqual([]);
  });
});

describe('an aside with a date of its own does not date the main clause', () => {
  it('takes the main verb after the aside, with its date', () => {
    expect(
      dated(
        'The group, which attacked two Dutch clinics in 2032, claimed responsibility in a post on Monday.',
        [],
        '2034-04-20',
      ),
    ).toEqual([
      [
        'The group, which attacked two Dutch clinics in 2032, claimed responsibility in a post on Monday.',
        '2034-04-17',
      ],
    ]);
    expect(
      dated(
        "The band's manager, Carla Mendes, who took over from Dan Price in 2027, said on Saturday that fans would get a full refund.",
        [
          ['Carla Mendes', 'person'],
          ['Dan Price', 'person'],
        ],
        '2034-04-20',
      ).map(([, date]) => date),
    ).toEqual(['2034-04-15']);
  });

  it('a passive main verb after the aside is a happening ("was dismissed", "was jailed")', () => {
    expect(
      dated(
        'Telford, who had worked for the charity since 2011, was dismissed in March 2029.',
        [['Telford', 'person']],
        '2030-10-24',
      ).map(([, date]) => date),
    ).toEqual(['2029-03-01']);
    // A dash typed as a hyphen before the auxiliary (Wikinews' iodine story): still a passive.
    const survey =
      'A cross-sectional survey of 1709 schoolchildren-aged 8 – 10 years, from 88 schools-was carried out in New South Wales, Victoria, South Australia, Western Australia and Queensland, between July 2003 and December 2004.';
    expect(
      dated(survey, [['New South Wales', 'location']], '2006-02-23').map(([, date]) => date),
    ).toEqual(['2003-07-01']);
    expect(
      dated(
        'A former finance director of a Bristol housing charity was jailed for four years on Wednesday.',
        [['Bristol', 'location']],
        '2030-10-24',
      ).map(([, date]) => date),
    ).toEqual(['2030-10-23']);
  });
});

describe('a happening no verb list names', () => {
  it('"The ship left Laem Chabang on April 15": a past form after an article and its noun', () => {
    expect(
      dated(
        'The ship left Laem Chabang on April 15 with rice.',
        [['Laem Chabang', 'location']],
        '2034-04-20',
      ),
    ).toEqual([['The ship left Laem Chabang on April 15 with rice.', '2034-04-15']]);
  });
});

// The lead's cases of 09:40, each as a kind on sentences written here (2029-08-21 is a Tuesday).
describe('the lead’s kinds: a going verb in the present, a "since" clause, a closing relative', () => {
  const read = (text: string) =>
    findDates(text, '2029-08-21').map((d) => [d.range.start, d.range.end]);

  it('a plural subject’s "travel to", "fly home" before a weekday is a schedule, forward', () => {
    expect(read('The couple travel to Porto on Thursday.')).toEqual([['2029-08-23', '2029-08-23']]);
    expect(read('The ministers fly home on Friday.')).toEqual([['2029-08-24', '2029-08-24']]);
    expect(read('The couple traveled to Porto on Monday.')).toEqual([['2029-08-20', '2029-08-20']]);
  });

  it('"since it was started by lightning on August 2" runs from that day to publication', () => {
    expect(
      read('The fire had grown to 11,200 hectares since it was started by lightning on August 2.'),
    ).toEqual([['2029-08-02', '2029-08-21']]);
  });

  it('a relative clause that ends the sentence does not date the report before it', () => {
    const text =
      'The NCSC said the attack was carried out by a criminal group known as BlackVane, which hit a German hospital chain in September.';
    const said = { start: text.indexOf('said'), end: text.indexOf('said') + 4 };
    const hit = { start: text.indexOf('hit'), end: text.indexOf('hit') + 3 };
    const whole = { start: 0, end: text.length };
    const found = findDates(text, '2029-10-10');
    expect(governingDate(text, found, whole, said)).toBeNull();
    expect(governingDate(text, found, whole, hit)?.range.text).toBe('September');
  });
});
