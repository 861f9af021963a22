import { describe, expect, it } from 'vitest';
import { at, read } from '../support/model-readings.ts';
import { foreignBodyNames } from '../../electron/core/suggest/foreign-body-names.ts';

const foreign = (text: string) => foreignBodyNames(text).map((s) => text.slice(s.start, s.end));

describe('bodies named in another language (branch ner12)', () => {
  it('finds the whole name across its particles and lower-case words', () => {
    expect(foreign('The Xunta de Galicia declared a red alert.')).toEqual(['Xunta de Galicia']);
    expect(foreign('Further south, Électricité de France said 41 reactors ran.')).toEqual([
      'Électricité de France',
    ]);
    expect(foreign('producers at the Centre national du cinéma, which paid')).toEqual([
      'Centre national du cinéma',
    ]);
    expect(foreign("The Préfecture maritime de l'Atlantique said the ship")).toEqual([
      "Préfecture maritime de l'Atlantique",
    ]);
    expect(foreign('and Česká národní banka in Prague is expected to follow')).toEqual([
      'Česká národní banka',
    ]);
    // Spanish names written without their accents, and a Filipino council (org17).
    expect(foreign('Corporacion Nacional del Cobre, the state company, said')).toEqual([
      'Corporacion Nacional del Cobre',
    ]);
    expect(
      foreign('The Yacimientos de Litio Bolivianos plant and the Sangguniang Panlungsod met.'),
    ).toEqual(['Yacimientos de Litio Bolivianos', 'Sangguniang Panlungsod']);
  });

  it('stops at a title, and finds nothing in a place or an English body', () => {
    expect(foreign('Deutsche Bundesbank President Klaus Wendel said')).toEqual([
      'Deutsche Bundesbank',
    ]);
    expect(foreign("Poland's National Science Centre paid.")).toEqual(['National Science Centre']);
    expect(foreign('Trains between Santiago de Compostela and Ourense stopped.')).toEqual([]);
    expect(foreign('The Centre said the Centre for Disease Control agreed.')).toEqual([]);
  });

  it('reads the whole name as a body in place of a person or a place read inside it', () => {
    const text =
      'In Spain, Red Eléctrica de España reported record output. Électricité de France said so.';
    expect(
      read(text, [
        at(text, 'Spain', 'location'),
        at(text, 'Red Eléctrica', 'person'),
        at(text, 'Électricité de France', 'location'),
      ]),
    ).toEqual([
      'Spain:location',
      'Red Eléctrica de España:organization',
      'Électricité de France:organization',
    ]);
  });
});

describe('bodies named alone, given away by the words after them (branch ner12)', () => {
  it('reads a name before a job and its holder as a body, and its other uses too', () => {
    const text =
      'Corvane chief executive Nadia Froese spoke. Corvane will build three centres. Analysts said Corvane would gain.';
    expect(read(text, [at(text, 'Nadia Froese', 'person')])).toEqual([
      'Corvane:organization',
      'Nadia Froese:person',
      'Corvane:organization',
      'Corvane:organization',
    ]);
  });

  it('reads a person read before such a job as a body, but not a common word', () => {
    const text =
      'Transnet spokeswoman Ayanda Ndlovu said talks failed. Transnet said it was ready.';
    expect(
      read(text, [
        at(text, 'Transnet', 'person'),
        at(text, 'Ayanda Ndlovu', 'person'),
        at(text, 'Transnet', 'person', 1),
      ]),
    ).toEqual(['Transnet:organization', 'Ayanda Ndlovu:person', 'Transnet:organization']);
    const council = 'Council leader Tom Hargreaves said no.';
    expect(read(council, [at(council, 'Tom Hargreaves', 'person')])).toEqual([
      'Tom Hargreaves:person',
    ]);
  });

  it('reads a name that a "which" clause says runs or owns something as a body', () => {
    const text = 'Vattenfall, which runs hydropower dams in Sweden, warned of low reservoirs.';
    expect(read(text, [at(text, 'Vattenfall', 'person'), at(text, 'Sweden', 'location')])).toEqual([
      'Vattenfall:organization',
      'Sweden:location',
    ]);
  });

  it('reads a unit after its parent’s possessive as a body of its own, whole', () => {
    const text = "Scientists at NASA's Jet Propulsion Laboratory said on Thursday.";
    expect(
      read(text, [
        at(text, 'NASA', 'organization'),
        at(text, 'Jet', 'person'),
        at(text, 'Propulsion Laboratory', 'person'),
      ]),
    ).toEqual(['NASA:organization', 'Jet Propulsion Laboratory:organization']);
  });

  it('reads a court "of the" a union of states as one body', () => {
    const text = 'The General Court of the European Union upheld the decision.';
    expect(
      read(text, [
        at(text, 'General Court', 'organization'),
        at(text, 'European Union', 'organization'),
      ]),
    ).toEqual(['General Court of the European Union:organization']);
  });
});

describe('names whose last word says what they name (branch ner12)', () => {
  it('reads a name ending as a place’s or a body’s as no person', () => {
    const text =
      'Lynx from Kolmården Zoo go into Kielder Forest. Crews fought the Ross Moore Lake fire.';
    expect(
      read(text, [
        at(text, 'Kolmården Zoo', 'person'),
        at(text, 'Kielder Forest', 'person'),
        at(text, 'Ross Moore Lake', 'person'),
      ]),
    ).toEqual([
      'Kolmården Zoo:organization',
      'Kielder Forest:location',
      'Ross Moore Lake:location',
    ]);
  });

  it('keeps a person whose family name is also a place’s last word', () => {
    const text = 'Ricki Lake and Tom Price watched. Judge Helen Forest said so.';
    expect(
      read(text, [
        at(text, 'Ricki Lake', 'person'),
        at(text, 'Tom Price', 'person'),
        at(text, 'Helen Forest', 'person'),
      ]),
    ).toEqual(['Ricki Lake:person', 'Tom Price:person', 'Helen Forest:person']);
  });
});

describe('a body after its owner’s possessive (branch ner12)', () => {
  it('reads the owner apart: a place, or the body that owns it', () => {
    const text = "Sweden's Riksbank raised rates. NASA's Jet Propulsion Laboratory agreed.";
    expect(
      read(text, [
        at(text, "Sweden's Riksbank", 'organization'),
        at(text, "NASA's Jet Propulsion Laboratory", 'organization'),
      ]),
    ).toEqual([
      'Sweden:location',
      'Riksbank:organization',
      'NASA:organization',
      'Jet Propulsion Laboratory:organization',
    ]);
  });

  it("keeps a possessive inside a body's own name", () => {
    const text = "A professor at King's College London said so.";
    expect(read(text, [at(text, "King's College London", 'organization')])).toEqual([
      "King's College London:organization",
    ]);
  });
});

describe('family names with a particle (branch ner12)', () => {
  it('widens a person over the particle and the given name before it', () => {
    const text =
      'Chief executive Marloes van der Linden said sales rose. Van der Linden spoke. Sanne de Vries agreed with Mohammed al-Sudani.';
    expect(
      read(text, [
        at(text, 'Linden', 'person'),
        at(text, 'Linden', 'person', 1),
        at(text, 'Sanne', 'person'),
        at(text, 'Vries', 'person'),
        at(text, 'Mohammed', 'person'),
      ]),
    ).toEqual([
      'Marloes van der Linden:person',
      'Van der Linden:person',
      'Sanne de Vries:person',
      'Mohammed al-Sudani:person',
    ]);
  });

  it('widens a family name over particles alone where the article wrote the whole name with them', () => {
    const text =
      'President Ursula von der Leyen arrived. Zelensky met von der Leyen later. Tanks rolled in de facto silence.';
    expect(
      read(text, [
        at(text, 'Ursula von der Leyen', 'person'),
        at(text, 'Zelensky', 'person'),
        at(text, 'Leyen', 'person', 1),
      ]),
    ).toEqual(['Ursula von der Leyen:person', 'Zelensky:person', 'von der Leyen:person']);
  });

  it('leaves a place or a body that holds a particle alone', () => {
    const text = 'Ana Silva flew to Rio de Janeiro. Officials at Banco de España said so.';
    expect(
      read(text, [
        at(text, 'Ana Silva', 'person'),
        at(text, 'Rio de Janeiro', 'location'),
        at(text, 'España', 'person'),
      ]),
    ).toEqual(['Ana Silva:person', 'Rio de Janeiro:location', 'Banco de España:organization']);
  });
});
