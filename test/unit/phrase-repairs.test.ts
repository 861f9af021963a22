import { describe, expect, it } from 'vitest';
import { combineReadings } from '../../electron/core/suggest/combine-mentions.ts';
import {
  recognizeEntities,
  type RecognizedMention,
} from '../../electron/core/suggest/entity-recognizer.ts';
import type { EntityType } from '../../electron/core/suggest/entity-suggestion.ts';
import { isPortfolioAt } from '../../electron/core/suggest/office-portfolios.ts';
import { repairByPhrase } from '../../electron/core/suggest/phrase-repairs.ts';

/** A mention of the first `words` in `text` after `from`. */
function at(text: string, words: string, type: EntityType, from = 0): RecognizedMention {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length, type, origin: 'model' as const };
}

const repaired = (text: string, mentions: RecognizedMention[]) =>
  repairByPhrase(text, mentions).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

describe("mentions set right by the phrase they stand in (the analyst's exported brief)", () => {
  it("cuts an office's portfolio off the name after it, and drops a portfolio alone", () => {
    const text =
      'Dear Secretary of State Blinken, and Secretary of Energy Nadia Farouk. Minister of Health and Prevention Omar Said spoke.';
    expect(
      repaired(text, [
        at(text, 'State Blinken', 'person'),
        at(text, 'Energy Nadia Farouk', 'organization'),
        at(text, 'Health', 'person'),
        at(text, 'Omar Said', 'person'),
      ]),
    ).toEqual(['Blinken:person', 'Nadia Farouk:person', 'Omar Said:person']);
  });

  it('drops the portfolios of a long office title, but keeps a body named there', () => {
    const text =
      'Under Secretary of State for Civilian Security, Democracy, and Human Rights Uzra Zeya met the Senior Official for the Bureau of African Affairs and the Ministry of Foreign Affairs’s Assistant Minister for Economic and Trade Affairs.';
    expect(
      repaired(text, [
        at(text, 'Democracy', 'person'),
        at(text, 'Human', 'person'),
        at(text, 'Bureau of African Affairs', 'organization'),
        at(text, 'Economic and Trade Affairs', 'organization'),
      ]),
    ).toEqual(['Bureau of African Affairs:organization']);
  });

  it('keeps a full name and a country after an office', () => {
    const text =
      'Secretary of State Antony Blinken met Prime Minister of Japan Fumio Kishida and the Representative for North Korea Ambassador Sung Kim.';
    const mentions = [
      at(text, 'Antony Blinken', 'person'),
      at(text, 'Japan', 'location'),
      at(text, 'Fumio Kishida', 'person'),
      at(text, 'North Korea', 'location'),
      at(text, 'Sung Kim', 'person'),
    ];
    expect(repairByPhrase(text, mentions)).toEqual(mentions);
  });

  it('reads no person or place in the name of an agreement, a law or a summit', () => {
    const text =
      'The Abraham Accords and the Oslo Accords, the Lawson Act and the Camp David Summit were discussed with Ruth Lawson.';
    expect(
      repaired(text, [
        at(text, 'Abraham', 'person'),
        at(text, 'Oslo', 'location'),
        at(text, 'Lawson Act', 'person'),
        at(text, 'David Summit', 'person'),
        at(text, 'Ruth Lawson', 'person'),
      ]),
    ).toEqual(['Ruth Lawson:person']);
  });

  it("joins a country's prefix or a demonym to the body it names", () => {
    const text =
      'The U.S. Treasury, the Palestinian Authority, the Kurdistan Regional Government and The Washington Post.';
    expect(
      repaired(text, [
        at(text, 'U.S.', 'location'),
        at(text, 'Treasury', 'organization'),
        at(text, 'Palestinian', 'organization'),
        at(text, 'Authority', 'organization'),
        at(text, 'Kurdistan Regional', 'location'),
        at(text, 'Washington Post', 'location'),
      ]),
    ).toEqual([
      'U.S. Treasury:organization',
      'Palestinian Authority:organization',
      'Kurdistan Regional Government:organization',
      'Washington Post:organization',
    ]);
  });

  it('keeps a country before a title and a person before "Administration"', () => {
    const text = 'U.S. Senator John Cornyn praised the Biden Administration.';
    const mentions = [
      at(text, 'U.S.', 'location'),
      at(text, 'John Cornyn', 'person'),
      at(text, 'Biden', 'person'),
    ];
    expect(repairByPhrase(text, mentions)).toEqual(mentions);
  });

  it('tells a portfolio from a first name after an office', () => {
    const text = 'Secretary of State Blinken met Secretary Grace Park.';
    expect(isPortfolioAt(text, text.indexOf('State'))).toBe(true);
    expect(isPortfolioAt(text, text.indexOf('Grace'))).toBe(false);
  });
});

describe('a company named by its trade, then by its first word', () => {
  it('finds "Kestrel" after "Kestrel Minerals", but never "General" after "General Motors"', () => {
    const text =
      'Kestrel Minerals halted work. General Motors and Alaska Airlines declined to comment. Kestrel said talks would go on.';
    const model = [
      at(text, 'Kestrel Minerals', 'location'),
      at(text, 'General Motors', 'organization'),
      at(text, 'Alaska Airlines', 'organization'),
      at(text, 'Kestrel', 'person', 20),
    ];
    expect(
      combineReadings(text, model, recognizeEntities(text)).map(
        (m) => `${text.slice(m.start, m.end)}:${m.type}`,
      ),
    ).toEqual([
      'Kestrel Minerals:organization',
      'General Motors:organization',
      'Alaska Airlines:organization',
      'Kestrel:organization',
    ]);
  });

  it('reads a place run on into an alliance as the place, but keeps a place named after one', () => {
    const text = 'The U.S.-Japan Alliance is strong, from the Gaza Strip to Mexico City.';
    const model = [
      at(text, 'U.S.', 'location'),
      at(text, 'Japan Alliance', 'location'),
      at(text, 'Gaza Strip', 'location'),
      at(text, 'Mexico City', 'location'),
    ];
    expect(
      combineReadings(text, model, []).map((m) => `${text.slice(m.start, m.end)}:${m.type}`),
    ).toEqual(['U.S.:location', 'Japan:location', 'Gaza Strip:location', 'Mexico City:location']);
  });

  it('finds "Sequoia" after "Sequoia Capital" and "Carlyle" after "Carlyle Group"', () => {
    const text =
      'Sequoia Capital and the Carlyle Group invested. Sequoia and Carlyle declined to comment.';
    const model = [
      at(text, 'Sequoia Capital', 'organization'),
      at(text, 'Carlyle Group', 'organization'),
      at(text, 'Sequoia', 'person', 40),
      at(text, 'Carlyle', 'person', 60),
    ];
    expect(
      combineReadings(text, model, []).map((m) => `${text.slice(m.start, m.end)}:${m.type}`),
    ).toEqual([
      'Sequoia Capital:organization',
      'Carlyle Group:organization',
      'Sequoia:organization',
      'Carlyle:organization',
    ]);
  });

  it('reads a joint plan of action as no body, and a lone "US" as a place', () => {
    const text =
      'The Joint Comprehensive Plan of Action was signed. US Under Secretary Zeya spoke.';
    expect(
      repaired(text, [
        at(text, 'Joint Comprehensive Plan of Action', 'organization'),
        at(text, 'US', 'organization'),
        at(text, 'Zeya', 'person'),
      ]),
    ).toEqual(['US:location', 'Zeya:person']);
  });
});

describe('junk of a fourth look at an exported brief (issue 15)', () => {
  it('reads no body in the acronym of an agreement, spelled out in the text or well known', () => {
    const text =
      'Iran is bound by the Joint Comprehensive Plan of Action (JCPOA) and the NPT. The JCPOA limits enrichment; the CTRA deal was signed. The IAEA reported it, and NATO met.';
    const mentions = ['JCPOA', 'NPT', 'JCPOA', 'CTRA', 'IAEA', 'NATO'].map((word, i) =>
      at(text, word, 'organization', i === 2 ? text.indexOf('The JCPOA') : 0),
    );
    expect(repaired(text, mentions)).toEqual(['IAEA:organization', 'NATO:organization']);
  });

  it('parts a body from the official it names, and a title from the name after it', () => {
    const text =
      'Senior Bureau Official Moy spoke. Senior State Department Official Kin Moy agreed. U.S. District Judge Colm Connolly ruled. SENIOR STATE DEPARTMENT OFFICIAL: Thanks. General Motors Chief Executive Mary Barra came, and the Office of the Secretary of Defense wrote.';
    expect(
      repaired(text, [
        at(text, 'Senior Bureau Official Moy', 'organization'),
        at(text, 'Senior State Department Official Kin Moy', 'organization'),
        at(text, 'U.S. District Judge Colm Connolly', 'location'),
        at(text, 'SENIOR STATE DEPARTMENT', 'organization'),
        at(text, 'General Motors Chief Executive Mary Barra', 'organization'),
        at(text, 'Office of the Secretary of Defense', 'organization'),
      ]),
    ).toEqual([
      'Moy:person',
      'State Department:organization',
      'Kin Moy:person',
      'Colm Connolly:person',
      'STATE DEPARTMENT:organization',
      'General Motors:organization',
      'Mary Barra:person',
      'Office of the Secretary of Defense:organization',
    ]);
  });

  it('cuts a greeting or a contraction off a name, and drops one alone', () => {
    const text = 'Thanks Matt. I’m Matt Lee. Hello.';
    expect(
      repaired(text, [
        at(text, 'Thanks Matt', 'person'),
        at(text, 'I’m Matt Lee', 'person'),
        at(text, 'Hello', 'person'),
      ]),
    ).toEqual(['Matt:person', 'Matt Lee:person']);
  });

  it('reads a country’s official name as one place', () => {
    const text =
      'The People’s Republic of China, the Democratic Republic of the Congo and the Republic of Korea signed; the Government of the Republic of Korea agreed.';
    expect(
      repaired(text, [
        at(text, 'People', 'location'),
        at(text, 'Republic of China', 'location'),
        at(text, 'Democratic Republic', 'organization'),
        at(text, 'Congo', 'location'),
        at(text, 'Republic of Korea', 'location'),
        at(text, 'Government of the Republic of Korea', 'organization'),
      ]),
    ).toEqual([
      'People’s Republic of China:location',
      'Democratic Republic of the Congo:location',
      'Republic of Korea:location',
      'Government of the Republic of Korea:organization',
    ]);
  });

  it('parts a body from a person run on after "and", and joins a body named for two people', () => {
    const text =
      'Led by Charles Cadieux of the University of Montreal and Ryan MacDonald, funded by the Bill & Melinda Gates Foundation.';
    expect(
      repaired(text, [
        at(text, 'Charles Cadieux', 'person'),
        at(text, 'University of Montreal and Ryan MacDonald', 'organization'),
        at(text, 'Bill', 'person'),
        at(text, 'Melinda Gates Foundation', 'organization'),
      ]),
    ).toEqual([
      'Charles Cadieux:person',
      'University of Montreal:organization',
      'Ryan MacDonald:person',
      'Bill & Melinda Gates Foundation:organization',
    ]);
  });

  it('reads no name in a demonym or a holiday, and keeps a Korean given name whole', () => {
    const text =
      'North Korean troops and North Koreans marked Groundhog Day; the Palestinian Authority, Anglo American and Moon Jae-in did not.';
    expect(
      repaired(text, [
        at(text, 'North Korean', 'organization'),
        at(text, 'North Koreans', 'location'),
        at(text, 'Groundhog Day', 'location'),
        at(text, 'Palestinian', 'organization'),
        at(text, 'Authority', 'organization'),
        at(text, 'Anglo American', 'organization'),
        at(text, 'Moon Jae', 'person'),
      ]),
    ).toEqual([
      'Palestinian Authority:organization',
      'Anglo American:organization',
      'Moon Jae-in:person',
    ]);
  });
});

describe('junk of a fifth look at an exported brief (issue 15)', () => {
  it('reads no person in a demonym, known to the lexicon or made from a country', () => {
    const text =
      'An Azerbaijani official and a Chinese diplomat met Kenyan officials; Bill English spoke.';
    expect(
      repaired(text, [
        at(text, 'Azerbaijani', 'person'),
        at(text, 'Chinese', 'person'),
        at(text, 'Kenyan', 'person'),
        at(text, 'Bill English', 'person'),
      ]),
    ).toEqual(['Bill English:person']);
  });

  it('reads no name in a determiner and a common word, and no members in a body', () => {
    const text =
      'This Administration told NATO Allies and Our Department that This Morning Ltd and NATO met.';
    expect(
      repaired(text, [
        at(text, 'This Administration', 'organization'),
        at(text, 'NATO Allies', 'organization'),
        at(text, 'Our Department', 'organization'),
        at(text, 'This Morning Ltd', 'organization'),
        at(text, 'NATO', 'organization', text.indexOf('and NATO')),
      ]),
    ).toEqual(['NATO:organization', 'This Morning Ltd:organization', 'NATO:organization']);
  });

  it('parts a body from the paper it issues, and reads no name in a paper alone', () => {
    const text =
      'The State Department Travel Advisory for Ukraine stands; the Foreign Service Oral Assessment and Oral Exam changed, says a State Department Fact Sheet.';
    expect(
      repaired(text, [
        at(text, 'State Department Travel Advisory for Ukraine', 'organization'),
        at(text, 'Foreign Service Oral', 'organization'),
        at(text, 'Oral', 'organization', text.indexOf('Oral Exam')),
        at(text, 'State Department Fact Sheet', 'organization'),
      ]),
    ).toEqual([
      'State Department:organization',
      'Foreign Service:organization',
      'State Department:organization',
    ]);
  });

  it('parts a body from a person named after it without a title, but keeps a place in a body', () => {
    const text =
      'The Bureau of East Asian and Pacific Affairs Kin Moy met the U.S. Chamber of Commerce Myron Brillant at the University of California Los Angeles.';
    expect(
      repaired(text, [
        at(text, 'Bureau of East Asian and Pacific Affairs Kin Moy', 'organization'),
        at(text, 'U.S. Chamber of Commerce Myron Brillant', 'organization'),
        at(text, 'University of California Los Angeles', 'organization'),
      ]),
    ).toEqual([
      'Bureau of East Asian and Pacific Affairs:organization',
      'Kin Moy:person',
      'U.S. Chamber of Commerce:organization',
      'Myron Brillant:person',
      'University of California Los Angeles:organization',
    ]);
  });
});

describe('junk of a seventh look at an exported brief (issue 15)', () => {
  it('reads no person in a rank ending a title, or in "Chargé d’Affaires"', () => {
    const text =
      'Sherman spoke with Secretary General Stefano Sannino and the WHO Director-General’s envoys. ' +
      'Palmieri will serve as Chargé d’Affaires, ad interim. Chargé d’Affaires Palmieri will stay.';
    expect(
      repaired(text, [
        at(text, 'Sherman', 'person'),
        at(text, 'General Stefano Sannino', 'person'),
        at(text, 'WHO', 'organization'),
        at(text, 'General', 'person', text.indexOf('Director-')),
        at(text, 'Palmieri', 'person'),
        at(text, 'Chargé d’Affaires', 'person'),
        at(text, 'Affaires Palmieri', 'person'),
      ]),
    ).toEqual([
      'Sherman:person',
      'Stefano Sannino:person',
      'WHO:organization',
      'Palmieri:person',
      'Palmieri:person',
    ]);
  });

  it('reads an abbreviated month before name words as a first name, and keeps a date', () => {
    const text =
      "Norway's trade minister, Jan Christian Vestre, met Oct Larsen on Jan 12 and Dec Smith in Oslo.";
    expect(
      repaired(text, [
        at(text, 'Norway', 'location'),
        at(text, 'Jan', 'person'),
        at(text, 'Vestre', 'person'),
        at(text, 'Larsen', 'person'),
        at(text, 'Dec', 'person'),
        at(text, 'Smith', 'person'),
        at(text, 'Oslo', 'location'),
      ]),
    ).toEqual([
      'Norway:location',
      'Jan Christian Vestre:person',
      'Oct Larsen:person',
      'Dec Smith:person',
      'Oslo:location',
    ]);
  });

  it('reads the place of a meeting named for it, and parts a place from a person after it', () => {
    const text =
      'The fifth U.S.-Algeria Strategic Dialogue met. The Deputy Chief of Mission of the UAE ' +
      'Embassy to the United States Shaima Gargash came, from the United States Virgin Islands.';
    expect(
      repaired(text, [
        at(text, 'U.S.', 'location'),
        at(text, 'Algeria Strategic Dialogue', 'location'),
        at(text, 'UAE Embassy', 'organization'),
        at(text, 'United States Shaima Gargash', 'location'),
        at(text, 'United States Virgin Islands', 'location'),
      ]),
    ).toEqual([
      'U.S.:location',
      'Algeria:location',
      'UAE Embassy:organization',
      'United States:location',
      'Shaima Gargash:person',
      'United States Virgin Islands:location',
    ]);
  });
});

describe('junk of an eighth look at an exported brief (issue 15)', () => {
  it('reads no person in a portfolio that ends in an abstract plural', () => {
    const text =
      'Special Envoy for Maritime Negotiations Rosa Quist met the Coordinator for Refugee Operations.';
    expect(
      repaired(text, [
        at(text, 'Maritime Negotiations Rosa Quist', 'person'),
        at(text, 'Refugee Operations', 'person'),
      ]),
    ).toEqual(['Rosa Quist:person']);
  });

  it('reads no name inside a document named "of" it, nor in a designation', () => {
    const text =
      'The Charter of Mutual Defense and the Protocol of Lisbon stand. It was listed as a Foreign Terrorist Organization (FTO), and two more FTOs followed.';
    expect(
      repaired(text, [
        at(text, 'Mutual Defense', 'organization'),
        at(text, 'Lisbon', 'location'),
        at(text, 'Foreign Terrorist Organization', 'organization'),
        at(text, 'FTO', 'organization'),
        at(text, 'FTOs', 'organization'),
      ]),
    ).toEqual([]);
  });

  it('keeps what a school is for in its name, up to a paper word', () => {
    const text = 'She teaches at the Lyman Institute for Energy and Climate Strategy in Oslo.';
    expect(
      repaired(text, [
        at(text, 'Lyman Institute for Energy and Climate Strategy', 'organization'),
        at(text, 'Oslo', 'location'),
      ]),
    ).toEqual(['Lyman Institute for Energy and Climate Strategy:organization', 'Oslo:location']);
  });

  it('reads no place in a plural region named in the singular before a noun', () => {
    const text =
      'Solomon Island farmers met Pacific Island leaders and Rhode Island officials in the Pacific Islands.';
    expect(
      repaired(text, [
        at(text, 'Solomon Island', 'location'),
        at(text, 'Pacific Island', 'location'),
        at(text, 'Rhode Island', 'location'),
        at(text, 'Pacific Islands', 'location'),
      ]),
    ).toEqual(['Rhode Island:location', 'Pacific Islands:location']);
  });

  it("reads no person in a storm's name, after its kind or alone, and keeps a namesake", () => {
    const text =
      'Typhoon Halong hit Luzon. Halong brought floods, said Halong Tran of the weather office.';
    expect(
      repaired(text, [
        at(text, 'Halong', 'person'),
        at(text, 'Luzon', 'location'),
        at(text, 'Halong', 'person', 20),
        at(text, 'Halong Tran', 'person'),
      ]),
    ).toEqual(['Luzon:location', 'Halong Tran:person']);
  });

  it('reads no person in a first name only said to someone, and keeps one who acts', () => {
    const text =
      'Matt, we have been clear. As you said, Matt, it is late. Go ahead, Matt. Thank you, Matt. ' +
      'Anna said the talks failed. Anna, go on. He met his wife, Alice, there; Alice’s book sold.';
    const all = (name: string) =>
      [...text.matchAll(new RegExp(`\\b${name}\\b`, 'gu'))].map((m) =>
        at(text, name, 'person', m.index),
      );
    expect(repaired(text, [...all('Matt'), ...all('Anna'), ...all('Alice')])).toEqual([
      'Anna:person',
      'Anna:person',
      'Alice:person',
      'Alice:person',
    ]);
  });

  it('parts a place from the person after it whose given name is a common word', () => {
    const text =
      'Special Envoy for North Korea Sung Kim met Special Representative for the Democratic People’s Republic of Korea Sung Kim. Envoy for North Korea Sung Kim left.';
    const second = text.indexOf('Envoy for North Korea Sung', 10);
    expect(
      repaired(text, [
        at(text, 'North Korea Sung Kim', 'organization'),
        at(text, 'Democratic People’s Republic of Korea Sung Kim', 'organization'),
        at(text, 'North Korea Sung', 'organization', second),
        at(text, 'Kim', 'person', second),
      ]),
    ).toEqual([
      'North Korea:location',
      'Sung Kim:person',
      'Democratic People’s Republic of Korea:location',
      'Sung Kim:person',
      'North Korea:location',
      'Sung Kim:person',
    ]);
  });
});
