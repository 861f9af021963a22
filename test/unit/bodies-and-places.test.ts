import { describe, expect, it } from 'vitest';
import { at, read } from '../support/model-readings.ts';
import { keepsArticle } from '../../electron/core/suggest/article-names.ts';

describe('names of kinds of news not seen before (branch ner13)', () => {
  it('keeps the article of a place whose name has one ("The Hague"), not of others', () => {
    const text = 'Delegates met in The Hague. The Netherlands and the State Department agreed.';
    expect(
      read(text, [
        at(text, 'Hague', 'location'),
        at(text, 'Netherlands', 'location'),
        at(text, 'State Department', 'organization'),
      ]),
    ).toEqual(['The Hague:location', 'Netherlands:location', 'State Department:organization']);
    expect(keepsArticle(text, { start: text.indexOf('The Hague'), end: text.indexOf('.') })).toBe(
      true,
    );
  });

  it('reads a body after the kind it is, whatever the model made of both', () => {
    const text = 'Broadcaster RTBF showed the concert live.';
    expect(read(text, [at(text, 'Broadcaster RTBF', 'location')])).toEqual(['RTBF:organization']);
  });

  it('reads a body introduced as "called", "known as" or "dubbed", not a person so named', () => {
    const text =
      'A group of amateurs called PlanetHunters spotted it. The hackers, known as BlackVane, demanded money. A man called Rob Dean saw them.';
    expect(read(text, [at(text, 'Rob Dean', 'person')])).toEqual([
      'PlanetHunters:organization',
      'BlackVane:organization',
      'Rob Dean:person',
    ]);
  });

  it('reads capitalized words that end in the kind of body they name as that body', () => {
    const text =
      'The European Southern Observatory will follow up. Fisheries Survey of India said it would watch. Jordan’s Civil Defense Authority sent divers.';
    expect(read(text, [at(text, 'India', 'location'), at(text, 'Jordan', 'location')])).toEqual([
      'European Southern Observatory:organization',
      'Fisheries Survey of India:organization',
      'Jordan:location',
      'Civil Defense Authority:organization',
    ]);
  });

  it('reads a word written as no name is, or one that acts as a body, as a body', () => {
    const text =
      'Concept2 said in a statement that it would sponsor the race. USRowing and World Rowing sent observers. Kelvane said in a statement that its staff were safe.';
    expect(read(text, [at(text, 'Kelvane', 'person')])).toEqual([
      'Concept2:organization',
      'USRowing:organization',
      'Kelvane:organization',
    ]);
  });

  it('leaves people named alone as people: a title, a full name, a person’s words', () => {
    const text =
      'Mayor Anna Kelby spoke. Kelby said in a statement that it was over. Brown said in a statement he was sorry. McCarthy said its time had come.';
    expect(
      read(text, [
        at(text, 'Anna Kelby', 'person'),
        at(text, 'Kelby', 'person', 1),
        at(text, 'Brown', 'person'),
        at(text, 'McCarthy', 'person'),
      ]),
    ).toEqual(['Anna Kelby:person', 'Kelby:person', 'Brown:person', 'McCarthy:person']);
  });

  it('reads the players of a sport played alone as people where a club’s cue stands', () => {
    const text =
      'Maria Castellanos won the title on Sunday, beating top seed Elena Varga 6-4 in the final of the season. Varga had reached the final. Rovers beat Kelmore United 2-0 in the league.';
    expect(
      read(text, [
        at(text, 'Maria Castellanos', 'person'),
        at(text, 'Elena Varga', 'person'),
        at(text, 'Varga', 'person', 1),
      ]),
    ).toEqual([
      'Maria Castellanos:person',
      'Elena Varga:person',
      'Varga:person',
      'Rovers:organization',
      'Kelmore United:organization',
    ]);
  });

  it('reads the lead’s cases of bodies cut or taken for people by their kind', () => {
    const text =
      'The Law Society of Kenya sued. Treasury Cabinet Secretary John Mbadi spoke. The Flood Forecasting and Warning Centre said rivers were rising. Safaricom, whose M-Pesa service handles most payments, said in a statement that it was hit.';
    expect(
      read(text, [
        at(text, 'Kenya', 'location'),
        at(text, 'Treasury Cabinet', 'organization'),
        at(text, 'John Mbadi', 'person'),
        at(text, 'Warning Centre', 'organization'),
        at(text, 'Safaricom', 'person'),
      ]),
    ).toEqual([
      'Law Society of Kenya:organization',
      'Treasury:organization',
      'John Mbadi:person',
      'Flood Forecasting and Warning Centre:organization',
      'Safaricom:organization',
    ]);
  });
});
