import { describe, expect, it } from 'vitest';
import type { RecognizedMention } from '../../electron/core/suggest/entity-recognizer.ts';
import type { EntityType } from '../../electron/core/suggest/entity-suggestion.ts';
import { withOrganizationCues } from '../../electron/core/suggest/organization-cues.ts';

/** A mention of the first `words` in `text` (from `from`). */
function at(text: string, words: string, type: EntityType, from = 0): RecognizedMention {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length, type, origin: 'model' as const };
}

const read = (text: string, mentions: RecognizedMention[]) =>
  withOrganizationCues(text, mentions).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

describe('organizations the words around a name give away', () => {
  it('reads a name after or before a kind of body as that body', () => {
    const text =
      'Alphabet bought the imaging company Keyhole. Shares in Rightmove, the property website, rose, and broadcaster Sky said IndiGo, the country’s largest airline, grew.';
    expect(read(text, [at(text, 'Keyhole', 'person'), at(text, 'IndiGo', 'location')])).toEqual([
      'Keyhole:organization',
      'Rightmove:organization',
      'Sky:organization',
      'IndiGo:organization',
    ]);
  });

  it('leaves a person after a kind noun, a group of shares and a bank manager alone', () => {
    const text =
      'It was sold to the manufacturer Georg Reichenbach. The Magnificent Seven, a group that includes Apple, fell. Ann Lee, a former bank manager, spoke.';
    const mentions = [at(text, 'Georg Reichenbach', 'person'), at(text, 'Ann Lee', 'person')];
    expect(read(text, mentions)).toEqual(['Georg Reichenbach:person', 'Ann Lee:person']);
  });

  it('reads the employer after a job and "at" as an organization, not a known place', () => {
    const text =
      'said Susannah Streeter, head of money and markets at Hargreaves Lansdown. Sam Ode, a researcher at Cambridge, agreed. He studied law at Yale.';
    const mentions = [
      at(text, 'Susannah Streeter', 'person'),
      at(text, 'Hargreaves Lansdown', 'location'),
      at(text, 'Sam Ode', 'person'),
      at(text, 'Cambridge', 'location'),
      at(text, 'Yale', 'location'),
    ];
    expect(read(text, mentions)).toEqual([
      'Susannah Streeter:person',
      'Hargreaves Lansdown:organization',
      'Sam Ode:person',
      'Cambridge:location',
      'Yale:organization',
    ]);
  });

  it('reads clubs named after their city as clubs in a match report, and only there', () => {
    const text =
      'Bayer Leverkusen won the league title with a 2-0 win over Werder Bremen. Bremen goalkeeper Michael Zetterer made six saves. Bayern Munich, who lost 3-1 at Stuttgart, were second. Leverkusen now face Atalanta. Harry Kane scored for Bayern.';
    const mentions = [
      at(text, 'Bayer Leverkusen', 'organization'),
      at(text, 'Bremen', 'location'),
      at(text, 'Bremen', 'location', text.indexOf('. Bremen')),
      at(text, 'Michael Zetterer', 'person'),
      at(text, 'Bayern Munich', 'organization'),
      at(text, 'Stuttgart', 'location'),
      at(text, 'Harry Kane', 'person'),
    ];
    expect(read(text, mentions)).toEqual([
      'Bayer Leverkusen:organization',
      'Werder Bremen:organization',
      'Bremen:organization',
      'Michael Zetterer:person',
      'Bayern Munich:organization',
      'Stuttgart:organization',
      'Leverkusen:organization',
      'Atalanta:organization',
      'Harry Kane:person',
      'Bayern:organization',
    ]);
    const travel = 'The minister flew from Stuttgart to face Bremen officials over a 2-0 vote.';
    const places = [at(travel, 'Stuttgart', 'location'), at(travel, 'Bremen', 'location')];
    expect(read(travel, places)).toEqual(['Stuttgart:location', 'Bremen:location']);
  });

  it('reads airlines and firms named after a place, and bodies "of the" a place, whole', () => {
    const text =
      'Air India and El Paso Energy grew. The National Library of the Netherlands agreed. Taj Express Road was shut.';
    const mentions = [
      at(text, 'India', 'location'),
      at(text, 'El Paso', 'location'),
      at(text, 'National Library', 'organization'),
      at(text, 'Netherlands', 'location'),
      at(text, 'Taj', 'location'),
    ];
    expect(read(text, mentions)).toEqual([
      'Air India:organization',
      'El Paso Energy:organization',
      'National Library of the Netherlands:organization',
      'Taj:location',
    ]);
  });

  it('reads a company by its web address whole, and a firm with "&" as no place', () => {
    const text =
      'Orders from Amazon.com Inc. and Pratt & Whitney grew in Trinidad & Tobago, she told CNN.';
    const mentions = [
      at(text, 'Amazon', 'organization'),
      at(text, 'Pratt & Whitney', 'location'),
      at(text, 'Trinidad & Tobago', 'location'),
      at(text, 'CNN', 'location'),
    ];
    expect(read(text, mentions)).toEqual([
      'Amazon.com Inc.:organization',
      'Pratt & Whitney:organization',
      'Trinidad & Tobago:location',
      'CNN:organization',
    ]);
  });

  it('reads the acronym given in brackets after a body as that body wherever it stands', () => {
    const text =
      'The Greater New Orleans Fair Housing Action Center (GNOFHAC) sued. GNOFHAC said the UK (UK) law differs.';
    const mentions = [
      at(text, 'Greater New Orleans Fair Housing Action Center', 'organization'),
      at(text, 'GNOFHAC', 'person', 60),
    ];
    expect(read(text, mentions)).toEqual([
      'Greater New Orleans Fair Housing Action Center:organization',
      'GNOFHAC:organization',
      'GNOFHAC:organization',
    ]);
  });

  it('reads a company by its shares or a list of its kind', () => {
    const text =
      'Shares of Valero rose. Brenmoor shares fell after companies like Scharffen Berger cut prices.';
    expect(read(text, [at(text, 'Scharffen Berger', 'person')])).toEqual([
      'Valero:organization',
      'Brenmoor:organization',
      'Scharffen Berger:organization',
    ]);
  });

  it('reads a trade-named company, a dateline outlet and a rival firm, not a rival person', () => {
    const text =
      'OSLO, March 4 (Harbour Wire) - Nordvik Shipping cut routes. Rival Maersk sailed on. His rival Prabowo Subianto spoke.';
    const mentions = [at(text, 'Maersk', 'person'), at(text, 'Prabowo Subianto', 'person')];
    expect(read(text, mentions)).toEqual([
      'Harbour Wire:organization',
      'Nordvik Shipping:organization',
      'Maersk:organization',
      'Prabowo Subianto:person',
    ]);
  });

  it('reads no name from a sentence that opens with "The" or a conditional alone (it threw)', () => {
    const text =
      'The shares have lost a third of their value since January. Should demand recover in the autumn, the company could return to growth next year, Vogt said.';
    expect(read(text, [])).toEqual([]);
  });
});

describe('organizations an eighth look at a brief missed (issue 15)', () => {
  it('reads a name ending in a research trade, and a customer, as a company, never across a line', () => {
    const text =
      'Economist Ravi Menon of Tidewell Research spoke. It supplies clients such as Quarry Analytics and customers like Zephyr Cloud.\nIntroduction\nResearch is slow.';
    expect(
      read(text, [
        at(text, 'Ravi Menon', 'person'),
        at(text, 'Tidewell Research', 'person'),
        at(text, 'Zephyr', 'person'),
      ]),
    ).toEqual([
      'Ravi Menon:person',
      'Tidewell Research:organization',
      'Quarry Analytics:organization',
      'Zephyr Cloud:organization',
    ]);
  });

  it('reads the body a founder or head is "of" as an organization, not a place read or known, nor a field', () => {
    const text =
      'Mia Holt, co-founder of Lantern Media, and the chairman of the Brookvale Trust met the president of Chile, the president of Valdoria and the head of Research.';
    expect(
      read(text, [
        at(text, 'Mia Holt', 'person'),
        at(text, 'Lantern Media', 'person'),
        at(text, 'Chile', 'location'),
        at(text, 'Valdoria', 'location'),
      ]),
    ).toEqual([
      'Mia Holt:person',
      'Lantern Media:organization',
      'Brookvale Trust:organization',
      'Chile:location',
      'Valdoria:location',
    ]);
  });

  it('reads a trade after common words only as a heading, not a company', () => {
    const text =
      'Immersion helped.\nPrevious Research\nSix studies exist. Analyst Deepa Rao of Kestrel Research agreed.';
    expect(read(text, [at(text, 'Deepa Rao', 'person')])).toEqual([
      'Deepa Rao:person',
      'Kestrel Research:organization',
    ]);
  });

  it('reads a name before an apposition that names a body as that body', () => {
    const text = 'Vexa, the Vaccine Alliance, sent doses. Later Vexa said more would come.';
    expect(read(text, [at(text, 'Vexa', 'person'), at(text, 'Vexa', 'person', 10)])).toEqual([
      'Vexa:organization',
      'Vexa:organization',
    ]);
  });

  it('reads a name ending in "Alliance" as a campaign, not a pact between places', () => {
    const text =
      'The Clean Rivers Alliance, which brought the case, won. The U.S.-Japan Alliance held.';
    expect(read(text, [at(text, 'Japan', 'location')])).toEqual([
      'Clean Rivers Alliance:organization',
      'Japan:location',
    ]);
  });

  it('reads the names listed with a company as companies, and their other uses too (org17)', () => {
    const text =
      'Viber, Threema and Kakao said they would appeal. Threema, which is based in Bern, agreed. Kakao shares fell 3 percent.';
    expect(read(text, [at(text, 'Bern', 'location')])).toEqual([
      'Viber:organization',
      'Threema:organization',
      'Kakao:organization',
      'Threema:organization',
      'Bern:location',
      'Kakao:organization',
    ]);
  });

  it('leaves a list without a body in it, and places and people listed with one, alone', () => {
    const text =
      'Viber, Threema and Telegram said they would appeal. Kakao, Seoul and Maria Lee spoke. Kakao shares fell.';
    const mentions = [at(text, 'Seoul', 'location'), at(text, 'Maria Lee', 'person')];
    expect(read(text, mentions)).toEqual([
      'Kakao:organization',
      'Seoul:location',
      'Maria Lee:person',
      'Kakao:organization',
    ]);
  });

  it('reads a one-word body after "the" that votes on a bill as that body, and its other uses', () => {
    const text =
      'The Sejm passed the bill on Wednesday after a debate in the Sejm. The Riksdag had rejected it. The House voted on it and the Dutch voted against it.';
    expect(read(text, [])).toEqual([
      'Sejm:organization',
      'Sejm:organization',
      'Riksdag:organization',
    ]);
  });

  it('reads a school or society "of" two fields joined by "and" whole, and two bodies apart', () => {
    const text =
      'Researchers at the London School of Hygiene and Tropical Medicine and the American Society of Tropical Medicine and Hygiene agreed. The University of Oslo and Fram Centre did not.';
    const mentions = [
      at(text, 'London School of Hygiene', 'organization'),
      at(text, 'Tropical Medicine', 'organization'),
      at(text, 'American Society of Tropical Medicine', 'organization'),
      at(text, 'University of Oslo', 'organization'),
      at(text, 'Fram Centre', 'organization'),
    ];
    expect(read(text, mentions)).toEqual([
      'London School of Hygiene and Tropical Medicine:organization',
      'American Society of Tropical Medicine and Hygiene:organization',
      'University of Oslo:organization',
      'Fram Centre:organization',
    ]);
  });

  it('reads the lead22 cases: a body after its kind, a legislature, a list, a trade and an exchange', () => {
    const text =
      'Swissmedic, the Swiss regulator, said the employers’ association VNO-CNW had agreed. The Storting approved the plan by 80 votes to 20. Maersk and Hapag-Lloyd said they would divert vessels. It was made by Zhejiang Huahai Pharmaceutical. Prices on the London Metal Exchange rose.';
    const mentions = [
      at(text, 'Hapag-Lloyd', 'organization'),
      at(text, 'Zhejiang Huahai Pharmaceutical', 'person'),
      at(text, 'London', 'location'),
    ];
    expect(read(text, mentions)).toEqual([
      'Swissmedic:organization',
      'VNO-CNW:organization',
      'Storting:organization',
      'Maersk:organization',
      'Hapag-Lloyd:organization',
      'Zhejiang Huahai Pharmaceutical:organization',
      'London Metal Exchange:organization',
    ]);
  });
});
