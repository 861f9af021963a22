import { describe, expect, it } from 'vitest';
import { articleOf, entity, recognized, registryOf } from '../support/registry-fixtures.ts';
import type { EntityId } from '../../electron/common/model/ids.ts';
import type { Suggestion } from '../../electron/common/api/contract.ts';
import { linkSuggestions } from '../../electron/core/annotate/suggestion-links.ts';
import { matchRegistry } from '../../electron/core/suggest/registry-matcher.ts';
import { notebookWithArticle, span } from '../support/notebook-with-article.ts';
import { pressBriefing } from '../support/press-briefing.ts';

/** Suggestions of these words of the text (their first occurrence from `from`), as a recognizer would. */
function found(text: string, ...words: [string, string, number?][]): Suggestion[] {
  return words.map(([word, type, from]) => recognized(text.indexOf(word, from ?? 0), word, type));
}

const SUNG = entity('sung', 'Sung Kim');
const JINMYUNG = entity('jin', 'Jinmyung Kim');

describe('linking a lone word to an entity', () => {
  it('leaves "Kim" open with its candidates when two people named Kim are in the registry', () => {
    const text = 'Kim said the talks would resume.';
    const [kim] = linkSuggestions(
      articleOf(text),
      found(text, ['Kim', 'person']),
      registryOf(SUNG, JINMYUNG),
    );
    expect(kim!.entityId).toBeUndefined();
    expect(kim!.candidates).toEqual([
      { entityId: 'sung', name: 'Sung Kim' },
      { entityId: 'jin', name: 'Jinmyung Kim' },
    ]);
  });

  it('links "Kim" to the one Kim of the registry when the article names no other', () => {
    const text = 'Kim said the talks would resume.';
    const [kim] = linkSuggestions(
      articleOf(text),
      found(text, ['Kim', 'person']),
      registryOf(SUNG),
    );
    expect(kim).toMatchObject({ entityId: 'sung', entityName: 'Sung Kim' });
    expect(kim!.candidates).toBeUndefined();
  });

  it('prefers the Kim the article names over the registry’s, and asks when it names two', () => {
    const one = 'Reporter Jinmyung Kim asked a question. Kim then left.';
    const linked = linkSuggestions(
      articleOf(one),
      found(one, ['Jinmyung Kim', 'person'], ['Kim', 'person', 30]),
      registryOf(SUNG),
    );
    expect(linked[1]).toMatchObject({ text: 'Kim', entityName: 'Jinmyung Kim' });

    const two = 'Jinmyung Kim asked Sung Kim a question. Kim answered.';
    const both = linkSuggestions(
      articleOf(two),
      found(two, ['Jinmyung Kim', 'person'], ['Sung Kim', 'person'], ['Kim', 'person', 38]),
      registryOf(),
    );
    expect(both[2]!.candidates?.map((c) => c.name)).toEqual(['Jinmyung Kim', 'Sung Kim']);
  });

  it('never widens a surname over the portfolio of the office before it ("Secretary of State Blinken")', () => {
    const text = 'Dear Secretary of State Blinken, welcome. Secretary of Defense Austin agreed.';
    const linked = linkSuggestions(
      articleOf(text),
      found(text, ['Blinken', 'person'], ['Austin', 'person']),
      registryOf(),
    );
    expect(linked.map((s) => s.text)).toEqual(['Blinken', 'Austin']);
  });

  it('reads no greeting or contraction as a first name ("Thanks Matt", "I’m Matt")', () => {
    const text = 'MR PRICE: Thanks Matt. QUESTION: Hi, I’m Matt Lee. I’m Matt, and Matt asked.';
    const linked = linkSuggestions(
      articleOf(text),
      found(
        text,
        ['Matt', 'person'],
        ['Matt Lee', 'person'],
        ['Matt', 'person', text.indexOf('I’m Matt,') + 4],
      ),
      registryOf(),
    );
    expect(linked.map((s) => [s.text, s.entityName ?? s.candidates])).toEqual([
      ['Matt', 'Matt Lee'],
      ['Matt Lee', undefined],
      ['Matt', 'Matt Lee'],
    ]);
  });

  it('takes a title as evidence, in capitals too', () => {
    const text =
      'Special Representative Ambassador Sung Kim spoke. Jinmyung Kim asked. Ambassador Kim replied.\n\nAMBASSADOR KIM: Thank you.';
    const linked = linkSuggestions(
      articleOf(text),
      found(
        text,
        ['Sung Kim', 'person'],
        ['Jinmyung Kim', 'person'],
        ['Kim', 'person', text.indexOf('Ambassador Kim')],
      ),
      registryOf(),
    );
    expect(linked.map((s) => [s.text, s.entityName ?? s.candidates])).toEqual([
      ['Sung Kim', undefined],
      ['Jinmyung Kim', undefined],
      ['Kim', 'Sung Kim'],
      ['KIM', 'Sung Kim'],
    ]);
  });

  it('never files the "Union" of the European Union under the Soviet Union, nor one bureau under another', () => {
    const soviet = entity('ussr', 'Soviet Union', 'organization');
    const consular = entity('bca', 'Bureau of Consular Affairs', 'organization');
    const registry = registryOf(soviet, consular);
    const text =
      'The European Union met the Bureau of Arms Control. The Union said the Bureau agreed.';
    // The registry's short forms never claim part of a longer name.
    expect(
      matchRegistry(text, [{ entityId: 'ussr', type: 'organization', name: 'Soviet Union' }]),
    ).toEqual(expect.not.arrayContaining([expect.objectContaining({ start: 4 })]));
    const linked = linkSuggestions(
      articleOf(text),
      found(
        text,
        ['European Union', 'organization'],
        ['Bureau of Arms Control', 'organization'],
        ['Union', 'organization', text.indexOf('The Union')],
        ['Bureau', 'organization', text.indexOf('the Bureau agreed')],
      ),
      registry,
    );
    expect(linked.map((s) => [s.text, s.entityId, s.entityName])).toEqual([
      ['European Union', undefined, undefined],
      ['Bureau of Arms Control', undefined, undefined],
      ['Union', undefined, 'European Union'],
      ['Bureau', undefined, 'Bureau of Arms Control'],
    ]);
  });

  it('suggests a body of the registry by its first word alone, never by an inner word', () => {
    const registry = [
      {
        entityId: 'nhtsa',
        type: 'organization',
        name: 'National Highway Traffic Safety Administration',
      },
      { entityId: 'kestrel', type: 'organization', name: 'Kestrel Motors' },
    ];
    const text = 'Highway 1 was closed west of the city. Kestrel said its plant was safe.';
    expect(matchRegistry(text, registry).map((m) => text.slice(m.start, m.end))).toEqual([
      'Kestrel',
    ]);
  });

  it('matches a person’s registered names in capitals, and a short form only where it stands alone', () => {
    const registry = [
      { entityId: 'sung', type: 'person', name: 'Sung Kim' },
      { entityId: 'ussr', type: 'organization', name: 'Soviet Union' },
    ];
    const text = 'AMBASSADOR KIM: Yes. Kim Jong Un did not. Ambassador Kim agreed. SUNG KIM left.';
    const found = matchRegistry(text, registry).map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(['KIM', 'Kim', 'SUNG KIM']);
  });
});

describe('linking the other forms of a name an article uses (issue 15)', () => {
  it('files a double surname used alone under the full name named before', () => {
    const text =
      'I have appointed Desirée Cormier Smith. Special Representative Cormier Smith will lead. Smith agreed.';
    const linked = linkSuggestions(
      articleOf(text),
      found(
        text,
        ['Desirée Cormier Smith', 'person'],
        ['Cormier Smith', 'person', 40],
        ['Smith', 'person', text.indexOf('Smith agreed')],
      ),
      registryOf(),
    );
    expect(linked.map((s) => [s.text, s.entityName ?? s.candidates])).toEqual([
      ['Desirée Cormier Smith', undefined],
      ['Cormier Smith', 'Desirée Cormier Smith'],
      ['Smith', 'Desirée Cormier Smith'],
    ]);
  });

  it('names a person known only by a speaker label in capitals in normal case', () => {
    const text = 'MR BRILLIANT: Thank you.\n\nSECRETARY BLINKEN: Thanks.\n\nMR BRILLIANT: Yes.';
    const linked = linkSuggestions(
      articleOf(text),
      found(text, ['BRILLIANT', 'person'], ['BRILLIANT', 'person', 40]),
      registryOf(),
    );
    expect(linked.map((s) => s.entityName)).toEqual(['Brilliant', 'Brilliant']);
  });
});

describe('span hygiene on suggestions', () => {
  it('drops currencies, model numbers, market indices as people and pleasantries as places', () => {
    const text =
      'Nice to see you all. Revenue reached US$5 billion and AU$ 2 billion. The Galaxy S24 sold well; the Dow Jones fell. We flew to Nice.';
    const linked = linkSuggestions(
      articleOf(text),
      found(
        text,
        ['Nice', 'location'],
        ['US', 'location'],
        ['AU', 'location'],
        ['Galaxy S24', 'person'],
        ['Dow Jones', 'person'],
        ['Nice', 'location', 100],
      ),
      registryOf(),
    );
    expect(linked.map((s) => [s.text, s.start])).toEqual([['Nice', text.lastIndexOf('Nice')]]);
  });

  it('drops degrees, a compass word shared by two places, a list item verb and a region as a person', () => {
    const text =
      'She holds a B.A. from Yale. Trade with North and Central America grew. The partners will:\n(6) Foster secure supply chains. Attacks in the Gao and Mopti regions rose. North Africa.';
    const linked = linkSuggestions(
      articleOf(text),
      found(
        text,
        ['B.A.', 'location'],
        ['North', 'location'],
        ['Central America', 'location'],
        ['Foster', 'person'],
        ['Mopti', 'person'],
        ['North Africa', 'location'],
      ),
      registryOf(),
    );
    expect(linked.map((s) => s.text)).toEqual(['Central America', 'North Africa']);
  });

  it('trims punctuation, quotes and possessives, straight and curly', () => {
    const text = "He met “Lloyd Austin’s” aide and (Antony Blinken), then Biden's team.";
    const linked = linkSuggestions(
      articleOf(text),
      found(
        text,
        ['“Lloyd Austin’s”', 'person'],
        ['(Antony Blinken),', 'person'],
        ["Biden's", 'person'],
      ),
      registryOf(),
    );
    expect(linked.map((s) => s.text)).toEqual(['Lloyd Austin', 'Antony Blinken', 'Biden']);
    for (const s of linked) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('leaves the titles that open a person’s span in the text, out of the name', () => {
    const text = 'National Security Adviser Jake Sullivan and Ambassador Kim spoke. Dr. Who?';
    const linked = linkSuggestions(
      articleOf(text),
      found(text, ['Adviser Jake Sullivan', 'person'], ['Ambassador Kim', 'person']),
      registryOf(),
    );
    expect(linked.map((s) => s.text)).toEqual(['Jake Sullivan', 'Kim']);
    for (const s of linked) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps a registered name as the analyst wrote it', () => {
    const text = 'Judges in The Hague ruled.';
    const start = text.indexOf('The Hague');
    const [hague] = linkSuggestions(
      articleOf(text),
      [
        {
          start,
          end: start + 9,
          text: 'The Hague',
          type: 'location',
          entityId: 'hague' as EntityId,
          source: 'registry',
          origin: 'registry',
          confidence: 1,
        },
      ],
      registryOf(entity('hague', 'The Hague', 'location')),
    );
    expect(hague).toMatchObject({ text: 'The Hague', entityId: 'hague', entityName: 'The Hague' });
  });
});

describe('the press briefing, through the notebook', () => {
  it('files every "Ambassador Kim" under Sung Kim, the reporter’s one question under Jinmyung Kim, and leaves a bare "Kim" for review', async () => {
    const text = `${pressBriefing()}\n\nMODERATOR: Kim, you have the last word.`;
    const { api, service, id } = await notebookWithArticle(text);
    const { accepted, ambiguous } = await api.acceptSuggestions({});
    expect(accepted).toBeGreaterThan(25);
    expect(ambiguous).toBe(1);
    const article = await api.getArticle({ id });
    const byName = (quote: RegExp) =>
      article.mentions
        .filter((m) => quote.test(m.quote))
        .map((m) => article.entities[m.entityId]!.name);
    const ambassador = article.mentions.filter((m) =>
      /Ambassador |AMBASSADOR /.test(text.slice(m.start - 11, m.start)),
    );
    expect(ambassador.length).toBeGreaterThanOrEqual(21);
    expect(new Set(ambassador.map((m) => article.entities[m.entityId]!.name))).toEqual(
      new Set(['Sung Kim']),
    );
    expect(byName(/Jinmyung/)).toEqual(['Jinmyung Kim']);
    const people = (await api.listEntities({})).filter((e) => e.type === 'person');
    expect(people.find((e) => e.name === 'Jinmyung Kim')?.mentionCount).toBe(1);

    // The bare "Kim" waits, with both candidates, first in the review queue.
    const [first] = await api.listSuggestionGroups({});
    expect(first).toMatchObject({ text: 'Kim', articleCount: 1 });
    expect(first!.candidates?.map((c) => c.name).sort()).toEqual(['Jinmyung Kim', 'Sung Kim']);
    const items = first!.items.map(({ articleId, start, end }) => ({ articleId, start, end }));
    await expect(api.acceptSuggestionGroup({ items })).rejects.toThrow(
      /could be .* or .*: choose one/,
    );
    const jinmyung = first!.candidates!.find((c) => c.name === 'Jinmyung Kim')!;
    await api.acceptSuggestionGroup({ items, entityId: jinmyung.entityId! });
    expect((await api.listEntities({})).find((e) => e.name === 'Jinmyung Kim')?.mentionCount).toBe(
      2,
    );
    await api.undo({});
    expect((await api.listSuggestionGroups({}))[0]?.text).toBe('Kim');
    await service.close();
  });
});

describe('resolving an ambiguous suggestion', () => {
  it('files it under a candidate the article names but the registry does not hold yet', async () => {
    const text = 'Jinmyung Kim asked Sung Kim a question. Kim answered at length.';
    const { api, service, id } = await notebookWithArticle(text);
    const group = (await api.listSuggestionGroups({})).find((g) => g.text === 'Kim')!;
    expect(group.candidates).toEqual([{ name: 'Jinmyung Kim' }, { name: 'Sung Kim' }]);
    const items = group.items.map(({ articleId, start, end }) => ({ articleId, start, end }));
    await api.acceptSuggestionGroup({ items, name: 'Sung Kim' });
    const article = await api.getArticle({ id });
    const kim = article.mentions.find((m) => m.start === text.indexOf('Kim answered'))!;
    expect(article.entities[kim.entityId]).toMatchObject({ name: 'Sung Kim', type: 'person' });
    expect((await api.info({})).undoLabel).toBe('Accept “Kim” as Sung Kim');
    // Retyped, an ambiguous suggestion needs no choice among people.
    await api.undo({});
    await api.acceptSuggestionGroup({ items, type: 'organization' });
    const retyped = (await api.getArticle({ id })).mentions.find(
      (m) => m.start === text.indexOf('Kim answered'),
    )!;
    expect((await api.getEntity({ id: retyped.entityId })).type).toBe('organization');
    await service.close();
  });
});

describe('rejecting a group', () => {
  it('turns its suggestions down across articles in one undoable step, or its name everywhere', async () => {
    const text = 'Lloyd Austin visited Tokyo. Tokyo welcomed him.';
    const { api, service, id } = await notebookWithArticle(text);
    const { id: other } = await api.addText({ title: 'Two', text: 'Later, Tokyo hosted talks.' });
    const tokyo = (await api.listSuggestionGroups({})).find((g) => g.text === 'Tokyo')!;
    expect(tokyo).toMatchObject({ type: 'location', articleCount: 2 });
    expect(tokyo.items).toHaveLength(3);
    const items = tokyo.items.map(({ articleId, start, end }) => ({ articleId, start, end }));
    const { rejected } = await api.rejectSuggestionGroup({ items });
    expect(rejected).toBe(3);
    expect((await api.info({})).undoLabel).toBe('Reject 3 × “Tokyo”');
    for (const article of [id, other]) {
      const left = await api.listSuggestions({ articleId: article });
      expect(left.map((s) => s.text)).not.toContain('Tokyo');
    }
    await api.undo({});
    expect(
      (await api.listSuggestionGroups({})).find((g) => g.text === 'Tokyo')?.items,
    ).toHaveLength(3);
    await api.rejectSuggestionGroup({ items: items.slice(0, 1), everywhere: true });
    expect((await api.listSuggestionGroups({})).some((g) => g.text === 'Tokyo')).toBe(false);
    await expect(api.rejectSuggestionGroup({ items })).rejects.toThrow(
      'Those suggestions are no longer open.',
    );
    await service.close();
  });
});

describe('a group of the review queue', () => {
  it('holds a name whatever its case, titled as the story writes it, and files it under one entity', async () => {
    const text = 'TOKYO - Lloyd Austin visited Tokyo on Monday. Tokyo welcomed him.';
    const { api, service, id } = await notebookWithArticle(text);
    const groups = (await api.listSuggestionGroups({})).filter((g) => /tokyo/i.test(g.text));
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ text: 'Tokyo', type: 'location' });
    expect(groups[0]!.items.map((item) => text.slice(item.start, item.end))).toEqual([
      'TOKYO',
      'Tokyo',
      'Tokyo',
    ]);
    const items = groups[0]!.items.map(({ articleId, start, end }) => ({ articleId, start, end }));
    await api.acceptSuggestionGroup({ items });
    const article = await api.getArticle({ id });
    const places = new Set(
      article.mentions
        .filter((m) => /tokyo/i.test(text.slice(m.start, m.end)))
        .map((m) => m.entityId),
    );
    expect(places.size).toBe(1);
    expect(article.entities[[...places][0]!]).toMatchObject({ name: 'Tokyo' });
    await service.close();
  });
});

describe('manual marks', () => {
  const TEXT = 'Lloyd Austin, the secretary, met Antony Blinken. Later Lloyd Austin, again, spoke.';

  it('leave edge punctuation out, and the comma version never comes back as a suggestion', async () => {
    const { api, service, id } = await notebookWithArticle(TEXT);
    const { mentionId, entityId } = await api.markMention({
      articleId: id,
      ...span(TEXT, 'Lloyd Austin,'),
      target: { type: 'person' },
    });
    const article = await api.getArticle({ id });
    expect(article.mentions.map((m) => m.quote)).toEqual(['Lloyd Austin']);
    expect(article.entities[entityId]!.name).toBe('Lloyd Austin');
    await api.removeMention({ articleId: id, mentionId });
    const texts = (await api.listSuggestions({ articleId: id })).map((s) => s.text);
    expect(texts).toContain('Lloyd Austin');
    expect(texts.filter((t) => /[,.]$/.test(t))).toEqual([]);
    // An entity already saved with the comma (an older notebook) is looked for without it.
    await api.updateEntity({ id: entityId, name: 'Lloyd Austin,' });
    const again = await api.listSuggestions({ articleId: id });
    expect(again.filter((s) => s.entityId === entityId).map((s) => s.text)).toEqual([
      'Lloyd Austin',
      'Lloyd Austin',
    ]);
    await service.close();
  });

  it('refuse a selection of only punctuation or white space, and change nothing', async () => {
    const { api, service, id } = await notebookWithArticle(TEXT);
    const before = (await api.info({})).undoLabel;
    await expect(
      api.markMention({ articleId: id, ...span(TEXT, ','), target: { type: 'person' } }),
    ).rejects.toThrow(
      'The selection holds only punctuation or white space; select the words of a name.',
    );
    await expect(
      api.markMention({
        articleId: id,
        start: 12,
        end: 14,
        quote: ', ',
        target: { type: 'person' },
      }),
    ).rejects.toThrow(/white space/);
    expect((await api.getArticle({ id })).mentions).toEqual([]);
    expect((await api.info({})).undoLabel).toBe(before);
    await service.close();
  });

  it('find the entity a selection names, ignoring case and punctuation', async () => {
    const { api, service, id } = await notebookWithArticle(TEXT);
    const { entityId } = await api.markMention({
      articleId: id,
      ...span(TEXT, 'Antony Blinken'),
      target: { type: 'person' },
    });
    expect(await api.entitiesNamed({ name: 'ANTONY BLINKEN.' })).toEqual([
      { id: entityId, name: 'Antony Blinken', type: 'person' },
    ]);
    expect(await api.entitiesNamed({ name: ',' })).toEqual([]);
    await service.close();
  });
});

describe('relinking and retyping', () => {
  it('refuses to link a mention to an entity of another type unless asked to', async () => {
    const text = 'Austin met officials of Austin in Texas.';
    const { api, service, id } = await notebookWithArticle(text);
    const person = await api.markMention({
      articleId: id,
      ...span(text, 'Austin'),
      target: { type: 'person' },
    });
    const place = await api.markMention({
      articleId: id,
      ...span(text, 'Austin', 10),
      target: { type: 'location', name: 'Austin, Texas' },
    });
    const relink = {
      articleId: id,
      mentionId: place.mentionId,
      target: { entityId: person.entityId },
    };
    await expect(api.relinkMention(relink)).rejects.toThrow(
      'Austin is a person; “Austin” is a location mention. Confirm to link it anyway (allowTypeChange).',
    );
    expect((await api.getArticle({ id })).mentions.map((m) => m.entityId)).toEqual([
      person.entityId,
      place.entityId,
    ]);
    await api.relinkMention({ ...relink, allowTypeChange: true });
    expect(new Set((await api.getArticle({ id })).mentions.map((m) => m.entityId))).toEqual(
      new Set([person.entityId]),
    );
    await service.close();
  });

  it('retypes a suggestion as it is accepted, and refuses an entity of another type without the flag', async () => {
    const text = 'Officials from Acme Widgets Corp met Jane Doe in Paris.';
    const { api, service, id } = await notebookWithArticle(text);
    const paris = (await api.listSuggestions({ articleId: id })).find((s) => s.text === 'Paris')!;
    const item = { articleId: id, start: paris.start, end: paris.end };
    const { entityId: jane } = await api.markMention({
      articleId: id,
      ...span(text, 'Jane Doe'),
      target: { type: 'person' },
    });
    await expect(
      api.acceptSuggestionGroup({ items: [item], entityId: jane as EntityId }),
    ).rejects.toThrow(/Jane Doe is a person; “Paris” was suggested as a location/);
    await api.acceptSuggestionGroup({ items: [item], type: 'organization' });
    const article = await api.getArticle({ id });
    const mention = article.mentions.find((m) => m.quote === 'Paris')!;
    expect(article.entities[mention.entityId]).toMatchObject({
      name: 'Paris',
      type: 'organization',
    });
    expect((await api.info({})).undoLabel).toBe('Accept “Paris” as organization');
    await service.close();
  });
});
