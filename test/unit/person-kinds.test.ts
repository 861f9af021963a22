import { describe, expect, it } from 'vitest';
import { at, read } from '../support/model-readings.ts';
import { combineReadings } from '../../electron/core/suggest/combine-mentions.ts';
import { isImplausible } from '../../electron/core/suggest/implausible-spans.ts';

const implausiblePerson = (text: string, words: string) => {
  const start = text.indexOf(words);
  return isImplausible(text, { start, end: start + words.length }, 'person');
};

const no = (text: string, words: string) => expect(implausiblePerson(text, words)).toBe(true);
const yes = (text: string, words: string) => expect(implausiblePerson(text, words)).toBe(false);

describe('false persons and person boundaries (branch ner17)', () => {
  it('leaves an occupation that opens a name out of the person', () => {
    const cases: [string, string, string][] = [
      ['Soprano Clara Nystrom sang Rusalka.', 'Soprano Clara Nystrom', 'Clara Nystrom'],
      ['Economist Ana Ruiz said sales fell.', 'Economist Ana Ruiz', 'Ana Ruiz'],
      [
        'Opener Tanvir Hossain Mushfiq made 104.',
        'Opener Tanvir Hossain Mushfiq',
        'Tanvir Hossain Mushfiq',
      ],
      ['Campaigner Dafydd Rees brought the case.', 'Campaigner Dafydd Rees', 'Dafydd Rees'],
      ['Agronomist Cristina Oyarzun said so.', 'Agronomist Cristina Oyarzun', 'Cristina Oyarzun'],
    ];
    for (const [text, model, person] of cases)
      expect(read(text, [at(text, model, 'person')])).toEqual([`${person}:person`]);
  });

  it('keeps a given name that is also a trade, and letters of honour out of the name', () => {
    const text = 'Walker Evans took it. Prosecutor Alan Reid KC told the court.';
    expect(
      read(text, [
        at(text, 'Walker Evans', 'person'),
        at(text, 'Prosecutor Alan Reid KC', 'person'),
      ]),
    ).toEqual(['Walker Evans:person', 'Alan Reid:person']);
  });

  it('reads no craft, disease, commodity, prize or camera named like a person as one', () => {
    no('Astronomers using the James Webb Space Telescope said.', 'James Webb');
    no('Astronomers using the James Webb Space Telescope said.', 'Space Telescope');
    no("The European Space Agency's Vela orbiter entered orbit.", 'Vela');
    no('Helios was launched in December 2025.', 'Helios');
    no('It sent Brent crude above $90.', 'Brent');
    no('14 cases of Marburg virus disease were confirmed.', 'Marburg');
    no("People with early Alzheimer's disease took part.", 'Alzheimer');
    no('Nystrom, who won the Birgit Nilsson Prize last year, sang.', 'Birgit Nilsson');
    no('The jury gave him the Severo Ochoa Award.', 'Severo Ochoa');
    no('The Polaroid camera revealed his process.', 'Polaroid');
  });

  it('reads no work in quotes, thing called so or brand in the plural as a person', () => {
    no('The opera cancelled two performances of "Aida" on Monday.', 'Aida');
    no('The new glasses, called Lumora Vista, weigh 48 grams.', 'Lumora Vista');
    no('It also showed a tablet called Atlas Pro.', 'Atlas Pro');
    no('The exhibit includes Polaroids of actors. Each Polaroid was signed.', 'Polaroids');
  });

  it('keeps people named beside such words', () => {
    yes('Adrian Hill won the prize on Wednesday.', 'Adrian Hill');
    yes('Venus Williams won. Serena Williams and William Hague watched.', 'Williams');
    yes('A man named John Smith was arrested.', 'John Smith');
    yes('"We will appeal," Maria Delgado said.', 'Maria Delgado');
    yes('Hill was launching a campaign.', 'Hill');
    yes('"Water is life," she said. Waters pointed to the river.', 'Waters');
    yes('Julia arrived. Julian Assange left.', 'Julian Assange');
  });

  it("reads no people's adjective as a person where the text names the country", () => {
    no('The Sri Lankan all-rounder missed the final in Sri Lanka.', 'Sri Lankan');
  });

  it('reads a person after an occupation and a family name before a hyphened given name', () => {
    const text = 'Opposition councillor Priya Raman said so. Lee Min-ji and Park Sung-ho won.';
    const model = [at(text, 'Lee Min', 'person'), at(text, 'Park Sung', 'location')];
    const rules = [{ ...at(text, 'Priya Raman', 'person'), origin: 'rule:name-like' as const }];
    expect(
      combineReadings(text, model, rules).map((m) => text.slice(m.start, m.end) + ':' + m.type),
    ).toEqual(['Priya Raman:person', 'Lee Min-ji:person', 'Park Sung-ho:person']);
  });

  it('reads a name listed after a place as a place, and a Kalenjin "arap" inside a name', () => {
    const text = 'Yields fell in the Rift Valley and Mato Grosso this year.';
    const places = [at(text, 'Rift Valley', 'location'), at(text, 'Mato Grosso', 'person')];
    expect(read(text, places)).toEqual(['Rift Valley:location', 'Mato Grosso:location']);
    const named = 'Manager Samuel Kiprono arap Ruto said the machines would keep working.';
    expect(
      read(named, [at(named, 'Samuel Kiprono', 'person'), at(named, 'Ruto', 'person')]),
    ).toEqual(['Samuel Kiprono arap Ruto:person']);
  });

  it('reads no painting, storm, pharmaceutical maker or auction house as a person', () => {
    no('The 1917 portrait "Bildnis Elisabeth Lederer" was bought.', 'Elisabeth Lederer');
    no('It recalled valsartan made by Zhejiang Huahai Pharmaceutical.', 'Zhejiang Huahai');
    no("Christie's will hold its own evening sale.", 'Christie');
    no("Sotheby's said the painting sold.", 'Sotheby');
    yes('"I thank John Smith," she said.', 'John Smith');
    yes("Smith's speech was long.", 'Smith');
    const storm = 'Cyclone Remal made landfall on the coast of Bangladesh.';
    expect(isImplausible(storm, { start: 0, end: 13 }, 'location')).toBe(true);
  });

  it('reads a town placed in its canton as a place, though a family name', () => {
    const text = 'The drug was found at its plant in Stein, in the canton of Aargau.';
    const model = [at(text, 'Stein', 'person'), at(text, 'Aargau', 'location')];
    expect(read(text, model)).toEqual(['Stein:location', 'Aargau:location']);
  });
});
