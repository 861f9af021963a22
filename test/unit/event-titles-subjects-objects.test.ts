import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/** Sentences written for these tests, unmerged, with their names found as the recognizer would. */
const first = (text: string, names: [string, string][] = []) =>
  suggestEvents(text, '2031-03-12', mentionsIn(text, names), { merge: false })[0];

describe('event titles: subjects and objects as an analyst writes them (issue 16, titles16)', () => {
  it('titles an attack by what it did to its target, which stays the target, not the doer', () => {
    const council = first(
      'A ransomware attack shut down the computer systems of Aberdeenshire Council on Saturday.',
      [['Aberdeenshire Council', 'organization']],
    );
    expect(council?.title).toBe(
      'Ransomware attack shuts down the computer systems of Aberdeenshire Council',
    );
    expect(council?.participants.map((p) => [p.text, p.role])).toEqual([
      ['Aberdeenshire Council', 'target'],
    ]);
    const hospital = first(
      'A ransomware attack has shut down computer systems at Vale General Hospital on Thursday.',
      [['Vale General Hospital', 'organization']],
    );
    expect(hospital?.title).toMatch(/^Ransomware attack shuts down computer systems/);
  });

  it('keeps both of two coordinated subjects when only the second is a name', () => {
    expect(
      first('Officials from the council and Police Scotland met in Inverurie on Sunday.', [
        ['Police Scotland', 'organization'],
        ['Inverurie', 'location'],
      ])?.title,
    ).toBe('Officials from the council and Police Scotland meet in Inverurie');
    expect(
      first('Delegations from the army and the Rapid Support Forces met in Doha on Monday.', [
        ['Rapid Support Forces', 'organization'],
        ['Doha', 'location'],
      ])?.title,
    ).toBe('Delegations from the army and the Rapid Support Forces meet in Doha');
  });

  it('keeps an object that runs on through "to": a repeated noun, "called for ... to"', () => {
    expect(
      first('The two leaders met face to face in Geneva on Monday.', [['Geneva', 'location']])
        ?.title,
    ).toBe('Two leaders meet face to face in Geneva');
    expect(
      first('Mabapa called on Friday for the mine to stay closed.', [['Mabapa', 'person']])?.title,
    ).toBe('Mabapa calls for the mine to stay closed');
  });

  it('titles a subject led by an article whose noun may read as a verb, not the verb alone', () => {
    expect(first('The semi-final draw took place on Tuesday.')?.title).toBe(
      'Semi-final draw takes place',
    );
    expect(first('The two clubs meet in the league on September 14.')?.title).toBe(
      'Two clubs meet in the league',
    );
    // Still no title from a verb embedded after a reporting verb.
    expect(first('The company said shares fell 3% on Monday.')?.title).not.toMatch(/^Company/);
  });

  it('leaves out of the participants a body named in the apposition of a source', () => {
    const text =
      'A criminal group calling itself Grey Harbour claimed the attack on Monday, according to ' +
      'Marta Kowalczyk, a researcher at the security firm Northwatch.';
    const claim = first(text, [
      ['Grey Harbour', 'organization'],
      ['Marta Kowalczyk', 'person'],
      ['Northwatch', 'organization'],
    ]);
    expect(claim?.title).toBe('Grey Harbour claims the attack');
    expect(claim?.participants.map((p) => p.text)).toEqual(['Grey Harbour']);
  });

  it('keeps the subject before a relative clause that holds a subordinator of its own', () => {
    const text =
      'Nordica, which was founded in 2015 after the collapse of Estonian Air, flew 1.1 million ' +
      'passengers last year.';
    expect(
      first(text, [
        ['Nordica', 'organization'],
        ['Estonian Air', 'organization'],
      ])?.title,
    ).toBe('Nordica flies 1.1 million passengers');
  });

  it('ends what was said at its date when "and" opens a second clause after it', () => {
    const text =
      'Lewis said on Tuesday that building work would start in March 2031 and the first ' +
      'tenants could move in by the end of 2032.';
    expect(first(text, [['Lewis', 'person']])?.title).toBe('Lewis says building work will start');
  });

  it('titles a person named after their body and role, not the body as a second subject', () => {
    const text = 'Harwell & Price chief executive Priya Raman apologised to customers on Monday.';
    expect(
      first(text, [
        ['Harwell & Price', 'organization'],
        ['Priya Raman', 'person'],
      ])?.title,
    ).toBe('Raman apologises to customers');
  });

  it('leaves out a source named after the words that say what it is, and keeps a currency', () => {
    const text =
      'Black Lantern claimed responsibility for the attack on Sunday, according to the threat ' +
      'intelligence company Recorded Future.';
    const claim = first(text, [
      ['Black Lantern', 'organization'],
      ['Recorded Future', 'organization'],
    ]);
    expect(claim?.participants.map((p) => p.text)).toEqual(['Black Lantern']);
    expect(
      first('Leeds City Council approved a £42 million plan on Wednesday.', [
        ['Leeds City Council', 'organization'],
      ])?.title,
    ).toBe('Leeds City Council approves a £42 million plan');
  });

  it('drops a preposition whose date was cut before another; a place after "from" is no source', () => {
    const text =
      'Athletic manager Ruth Okafor said on Sunday that her side would play the semi-final on ' +
      'March 14 at Elland Park.';
    expect(
      first(text, [
        ['Athletic', 'organization'],
        ['Ruth Okafor', 'person'],
        ['Elland Park', 'location'],
      ])?.title,
    ).toBe('Okafor says her side will play the semi-final at Elland Park');
    const appeal = first(
      'The United Nations appealed for $30 million on Monday, according to a statement from its ' +
        'office in Dhaka.',
      [
        ['United Nations', 'organization'],
        ['Dhaka', 'location'],
      ],
    );
    expect(appeal?.title).toBe('United Nations appeals for $30 million in Dhaka');
  });
});
