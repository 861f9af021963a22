import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { formsOf } from '../../electron/core/suggest/event-verbs.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/** Sentences written for these tests, unmerged, with their names found as the recognizer would. */
const first = (text: string, names: [string, string][] = []) =>
  suggestEvents(text, '2035-03-14', mentionsIn(text, names), { merge: false })[0];

describe('event titles as an analyst writes them (issue 16, titles14)', () => {
  it('titles a noun trigger by the verb after its phrase, not by the bare noun', () => {
    expect(
      first('Talks between the growers and the dairy broke down on Monday after six hours.')?.title,
    ).toBe('Talks between the growers and the dairy break down');
    expect(
      first('A missile strike on the harbour of Mariupol killed three sailors on Friday.', [
        ['Mariupol', 'location'],
      ])?.title,
    ).toBe('Missile strike on the harbour of Mariupol kills three sailors');
    expect(
      first('Negotiations between the dockers and the port authority will resume on April 2.')
        ?.title,
    ).toBe('Negotiations between the dockers and the port authority resume');
  });

  it('keeps what was said when it has no title of its own, with the speaker saying it', () => {
    const coach = first(
      'Coach Mere Tautahi told reporters on Sunday that her forwards had lost their shape.',
      [['Mere Tautahi', 'person']],
    );
    expect(coach?.title).toBe('Tautahi says her forwards have lost their shape');
    expect(coach?.participants.map((p) => p.text)).toEqual(['Mere Tautahi']);
    expect(
      first('Lars Eide told reporters on Monday that further cuts were likely.', [
        ['Lars Eide', 'person'],
      ])?.title,
    ).toBe('Eide says further cuts are likely');
    expect(
      first('Joan Pike told the Herald on Tuesday the airline was sorry.', [
        ['Joan Pike', 'person'],
        ['Herald', 'organization'],
      ])?.title,
    ).toBe('Pike says the airline is sorry');
    // A quotation after the colon is not read as what was said here.
    expect(
      first('Pike told reporters in Oslo on Tuesday: "We are not there yet."', [
        ['Pike', 'person'],
        ['Oslo', 'location'],
      ])?.title,
    ).not.toMatch(/says in/);
  });

  it('writes a surname with its particle', () => {
    expect(
      first('Health minister Anouk van der Berg visited a clinic in Zwolle on Wednesday.', [
        ['Anouk van der Berg', 'person'],
        ['Zwolle', 'location'],
      ])?.title,
    ).toBe('Van der Berg visits a clinic in Zwolle');
  });

  it('writes a place whose article is part of its name with it ("in The Hague")', () => {
    expect(
      first('The foreign ministers met in The Hague on Wednesday to discuss the summit.', [
        ['The Hague', 'location'],
      ])?.title,
    ).toMatch(/ in The Hague$/);
  });

  it('puts a verb ending in a vowel and "y" in the present as it is ("plays", not "plies")', () => {
    expect(
      first('The Halle Orchestra will play her violin concerto in Manchester on Friday.', [
        ['Halle Orchestra', 'organization'],
        ['Manchester', 'location'],
      ])?.title,
    ).toBe('Halle Orchestra plays her violin concerto in Manchester');
    expect(formsOf('relay').present).toBe('relays');
    expect(formsOf('stayed').present).toBe('stays');
  });

  it('gives a title followed by a name to that person, not to someone named before', () => {
    const text =
      'Chief Justice Wanjiru Kamau read the ruling in Nairobi on Monday. Treasury Cabinet Secretary Otieno Baraka said on Tuesday that the government would bring a new bill. Defense Secretary Rhea Lindqvist arrived in Oslo on Wednesday. The Pentagon chief met Haugen on Thursday.';
    const events = suggestEvents(
      text,
      '2035-03-14',
      mentionsIn(text, [
        ['Wanjiru Kamau', 'person'],
        ['Nairobi', 'location'],
        ['Treasury Cabinet', 'organization'],
        ['Otieno Baraka', 'person'],
        ['Rhea Lindqvist', 'person'],
        ['Oslo', 'location'],
        ['Pentagon', 'organization'],
        ['Haugen', 'person'],
      ]),
      { merge: false },
    );
    // What was said has a title of its own ("Government to bring a new bill"): its speaker is
    // the source, and no one named before.
    const said = events.find((e) => e.evidence.text.startsWith('Treasury'));
    expect(said?.participants.map((p) => p.text)).not.toContain('Wanjiru Kamau');
    expect(said?.sources.map((p) => p.text)).toContain('Otieno Baraka');
    // "The Pentagon chief" with no name after it is still the one named before.
    const met = events.find((e) => e.title.includes('Haugen'));
    expect(met?.participants.map((p) => p.text)).toContain('Rhea Lindqvist');
  });
});
