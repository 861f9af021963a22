import { describe, expect, it } from 'vitest';
import { at, read } from '../support/model-readings.ts';
import { articleOf, entity, registryOf } from '../support/registry-fixtures.ts';
import type { Suggestion } from '../../electron/common/api/contract.ts';
import { linkSuggestions } from '../../electron/core/annotate/suggestion-links.ts';
import { isImplausible } from '../../electron/core/suggest/implausible-spans.ts';
import { matchRegistry } from '../../electron/core/suggest/registry-matcher.ts';

const implausiblePerson = (text: string, words: string) => {
  const start = text.indexOf(words);
  return isImplausible(text, { start, end: start + words.length }, 'person');
};

describe('names of kinds of news not seen before (branch ner11)', () => {
  it('keeps "Philippines" a place: the lexicon lists it as a demonym’s plural', () => {
    const text = 'The Philippines and Malaysia sent tugs. Buyers in the Philippines waited.';
    expect(
      read(text, [
        at(text, 'Philippines', 'location'),
        at(text, 'Malaysia', 'location'),
        at(text, 'Philippines', 'location', 1),
      ]),
    ).toEqual(['Philippines:location', 'Malaysia:location', 'Philippines:location']);
  });

  it('reads no planet, moon or named craft as a person', () => {
    expect(implausiblePerson('The craft will swing towards Jupiter in 2036.', 'Jupiter')).toBe(
      true,
    );
    expect(implausiblePerson('It will study the moon Europa.', 'Europa')).toBe(true);
    expect(
      implausiblePerson('The probe, Meridian Explorer, passed Titan.', 'Meridian Explorer'),
    ).toBe(true);
    expect(implausiblePerson('The ship, the Orient Harmony, is owned by Halden.', 'Harmony')).toBe(
      true,
    );
    // A first name before a family name is a person's, and so is a name after a comma.
    expect(implausiblePerson('Venus Williams won. Venus said so.', 'Venus')).toBe(false);
    expect(implausiblePerson('They rented a boat, Ann Lee said.', 'Ann Lee')).toBe(false);
  });

  it('reads no word that only opens a quote or a sentence as a person', () => {
    expect(implausiblePerson('"Frankly, we have run out of patience," she said.', 'Frankly')).toBe(
      true,
    );
    expect(implausiblePerson('"Brazen is the only word," he said.', 'Brazen')).toBe(true);
    expect(implausiblePerson('"Marvellous, and a little spooky," she said.', 'Marvellous')).toBe(
      true,
    );
    // A name the article uses again, or one the lexicon knows, stays.
    expect(implausiblePerson('"Smith is the man," he said. Smith left.', 'Smith')).toBe(false);
    expect(implausiblePerson('Kelly, who runs the shop, said so.', 'Kelly')).toBe(false);
  });

  it('reads a body after the kind of body it is, also where the kind opens a sentence', () => {
    const text =
      'Insurer Gard said it was assessing the damage. Grain handler GrainCorp said it expected less, the trade paper Variety reported.';
    expect(read(text, [at(text, 'Insurer Gard', 'person')])).toEqual([
      'Gard:organization',
      'GrainCorp:organization',
      'Variety:organization',
    ]);
  });

  it('reads a company named with its trade before its place whole, and its short name after', () => {
    const text =
      'The ship is owned by Harbourline Shipping of Singapore. Harbourline said the hull held.';
    expect(
      read(text, [
        at(text, 'Harbourline', 'person'),
        at(text, 'Singapore', 'location'),
        at(text, 'Harbourline', 'person', 1),
      ]),
    ).toEqual([
      'Harbourline Shipping:organization',
      'Singapore:location',
      'Harbourline:organization',
    ]);
  });

  it('reads the acronym an apposition gives a body as that body, not a drug’s', () => {
    const text =
      'The bureau, known as ABARES, cut its forecast. The army’s emergency unit, the UME, was ready. A drug known as MDMA was found.';
    expect(read(text, [])).toEqual(['ABARES:organization', 'UME:organization']);
  });

  it('reads a place after "in", "off" or "the port of" as a place in every sentence', () => {
    const text =
      'More than 60,000 homes in Galicia lost power. The Xunta de Galicia declared an alert. A boat sank off Muros. The minister visited the port of Muros.';
    expect(
      read(text, [
        at(text, 'Galicia', 'location'),
        at(text, 'Galicia', 'person', 1),
        at(text, 'Muros', 'person'),
      ]),
    ).toEqual([
      'Galicia:location',
      'Xunta de Galicia:organization',
      'Muros:location',
      'Muros:location',
    ]);
  });

  it('reads a club’s first word after "in" as its town', () => {
    const text =
      'Kelmore Athletic beat Brackley Rovers 2-1 in the cup on Saturday. Kelmore scored after 12 minutes and Brackley levelled before half-time. Tickets for the next match go first to fans who live in Kelmore.';
    expect(
      read(text, [
        at(text, 'Kelmore Athletic', 'organization'),
        at(text, 'Brackley Rovers', 'organization'),
        at(text, 'Kelmore', 'organization', 2),
      ]),
    ).toEqual([
      'Kelmore Athletic:organization',
      'Brackley Rovers:organization',
      'Kelmore:organization',
      'Brackley:organization',
      'Kelmore:location',
    ]);
  });
});

describe('the lead’s cases of 06:50 (branch ner11)', () => {
  it('gives a body read once as a person and once as itself one type: the body', () => {
    const text =
      'Deutsche Bahn called the strike irresponsible. Later Deutsche Bahn said it would ask a court to stop it.';
    expect(
      read(text, [
        at(text, 'Deutsche Bahn', 'organization'),
        at(text, 'Deutsche Bahn', 'person', 1),
      ]),
    ).toEqual(['Deutsche Bahn:organization', 'Deutsche Bahn:organization']);
  });

  it('reads a federation or a diocese "of" a people or a place as a body', () => {
    const text =
      'The Federation of German Industries warned of losses. The Confederation of British Industry agreed, and the Diocese of Norwich will close churches.';
    const federation = 'Federation of German Industries';
    expect(
      read(text, [at(text, 'German Industries', 'organization'), at(text, 'Norwich', 'location')]),
    ).toEqual([
      `${federation}:organization`,
      'Confederation of British Industry:organization',
      'Diocese of Norwich:organization',
    ]);
  });

  it('reads a full name in an apposition that speaks as a person, not a place', () => {
    const text =
      'The United Nations envoy for Sudan, Ramtane Lamamra, said the talks would resume. Lamamra told the Security Council that both sides agreed.';
    expect(
      read(text, [
        at(text, 'United Nations', 'organization'),
        at(text, 'Sudan', 'location'),
        at(text, 'Ramtane Lamamra', 'location'),
        at(text, 'Lamamra', 'person', 1),
        at(text, 'Security Council', 'organization'),
      ]),
    ).toEqual([
      'United Nations:organization',
      'Sudan:location',
      'Ramtane Lamamra:person',
      'Lamamra:person',
      'Security Council:organization',
    ]);
  });

  it('reads an acronym a kind noun made a body as that body before a title too', () => {
    const text =
      'The train drivers’ union GDL said the strike would go ahead. GDL leader Mario Reiss said talks had failed.';
    expect(read(text, [at(text, 'GDL', 'person'), at(text, 'Mario Reiss', 'person')])).toEqual([
      'GDL:organization',
      'GDL:organization',
      'Mario Reiss:person',
    ]);
  });
});

describe('linking a short form after the full name (branch ner11)', () => {
  const suggestion = (text: string, words: string, type: string, nth = 0): Suggestion => {
    let start = text.indexOf(words);
    for (let i = 0; i < nth; i++) start = text.indexOf(words, start + 1);
    return {
      start,
      end: start + words.length,
      text: words,
      type,
      source: 'recognizer',
      origin: 'model',
      confidence: 0.8,
    };
  };

  it('files a club’s or a company’s first word under the body named before, as an organization', () => {
    const registry = registryOf(entity('rv', 'Riverton United', 'organization'));
    const text =
      'Riverton United beat Ashby Town. Riverton scored twice and Ashby once. Harbourline Shipping said the hull held; Harbourline will pay. Fans in Riverton cheered.';
    const linked = linkSuggestions(
      articleOf(text),
      [
        suggestion(text, 'Riverton United', 'organization'),
        suggestion(text, 'Ashby Town', 'organization'),
        suggestion(text, 'Riverton', 'location', 1),
        suggestion(text, 'Ashby', 'person', 1),
        suggestion(text, 'Harbourline Shipping', 'organization'),
        suggestion(text, 'Harbourline', 'person', 1),
        suggestion(text, 'Riverton', 'location', 2),
      ],
      registry,
    ).map((s) => `${s.text}:${s.type}:${s.entityName ?? ''}`);
    expect(linked).toEqual([
      'Riverton United:organization:Riverton United',
      'Ashby Town:organization:',
      'Riverton:organization:Riverton United',
      'Ashby:organization:Ashby Town',
      'Harbourline Shipping:organization:',
      'Harbourline:organization:Harbourline Shipping',
      'Riverton:location:',
    ]);
  });

  it('leaves a country a place after a body named for it (branch ner13)', () => {
    const text =
      'Aid came from the Kenya Red Cross Society. Kenya Cabinet Secretary Ann Oparanya spoke.';
    const linked = linkSuggestions(
      articleOf(text),
      [
        suggestion(text, 'Kenya Red Cross Society', 'organization'),
        suggestion(text, 'Kenya', 'location', 1),
      ],
      registryOf(),
    ).map((s) => `${s.text}:${s.type}:${s.entityName ?? ''}`);
    expect(linked).toEqual(['Kenya Red Cross Society:organization:', 'Kenya:location:']);
  });

  it('files a word read as a body under the body it ends, never a town read as a place', () => {
    const text =
      'Sporting won at Vitoria Guimaraes. Guimaraes pulled one back. Real Madrid drew. Fans in Madrid and Madrid officials cheered. Deutsche Bank said the Bank would pay.';
    const linked = linkSuggestions(
      articleOf(text),
      [
        suggestion(text, 'Sporting', 'organization'),
        suggestion(text, 'Vitoria Guimaraes', 'organization'),
        suggestion(text, 'Guimaraes', 'organization', 1),
        suggestion(text, 'Real Madrid', 'organization'),
        suggestion(text, 'Madrid', 'location', 1),
        suggestion(text, 'Madrid', 'location', 2),
        suggestion(text, 'Deutsche Bank', 'organization'),
        suggestion(text, 'Bank', 'organization', 1),
      ],
      registryOf(),
    ).map((s) => `${s.text}:${s.type}:${s.entityName ?? ''}`);
    expect(linked).toEqual([
      'Sporting:organization:',
      'Vitoria Guimaraes:organization:',
      'Guimaraes:organization:Vitoria Guimaraes',
      'Real Madrid:organization:',
      'Madrid:location:',
      'Madrid:location:',
      'Deutsche Bank:organization:',
      'Bank:organization:Deutsche Bank',
    ]);
  });

  it('does not file the moon Europa under the spacecraft Europa Clipper', () => {
    const registry = [{ entityId: 'ec', name: 'Europa Clipper', type: 'organization' }];
    const text = 'Europa Clipper flew on. It will study the moon Europa. Europa Clipper is fine.';
    expect(matchRegistry(text, registry).map((m) => text.slice(m.start, m.end))).toEqual([
      'Europa Clipper',
      'Europa Clipper',
    ]);
    const plain = 'Europa Clipper flew on. Later Europa sent images.';
    expect(matchRegistry(plain, registry).map((m) => plain.slice(m.start, m.end))).toEqual([
      'Europa Clipper',
      'Europa',
    ]);
  });
});
