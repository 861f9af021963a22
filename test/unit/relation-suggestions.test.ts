import { describe, expect, it } from 'vitest';
import {
  relationCandidates,
  type NamedSpan,
} from '../../electron/core/suggest/relation-candidates.ts';
import { notebookWithArticle, span as spanIn } from '../support/notebook-with-article.ts';
import { runCliInProcess } from '../support/cli.ts';

/** The names of `text` marked with their types, as `[quote, type]`. */
function names(text: string, marks: [string, string][]): NamedSpan[] {
  return marks.map(([quote, type]) => {
    const { start, end } = spanIn(text, quote);
    return { start, end, type, entityId: quote };
  });
}

function read(text: string, marks: [string, string][]) {
  return relationCandidates(text, names(text, marks)).map((c) => [
    c.from.entityId,
    c.type,
    c.to.entityId,
    text.slice(c.sentence.start, c.sentence.end),
  ]);
}

describe('suggested relations', () => {
  it('reads possessives, appositions and memberships, each with its sentence', () => {
    const text =
      "Blinken arrived on Monday. Japan's Defense Minister Nobuo Kishi greeted him. Tim Cook, Apple's chief executive, was there, with Sundar Pichai, chief executive of Google, and Taro Kono, a member of the Liberal Democratic Party.";
    expect(
      read(text, [
        ['Japan', 'location'],
        ['Nobuo Kishi', 'person'],
        ['Tim Cook', 'person'],
        ['Apple', 'organization'],
        ['Sundar Pichai', 'person'],
        ['Google', 'organization'],
        ['Taro Kono', 'person'],
        ['Liberal Democratic Party', 'organization'],
      ]),
    ).toEqual([
      ['Nobuo Kishi', 'works-for', 'Japan', "Japan's Defense Minister Nobuo Kishi greeted him."],
      ['Tim Cook', 'leads', 'Apple', expect.stringMatching(/^Tim Cook, Apple's/)],
      ['Sundar Pichai', 'leads', 'Google', expect.stringMatching(/^Tim Cook/)],
      ['Taro Kono', 'member-of', 'Liberal Democratic Party', expect.stringMatching(/^Tim Cook/)],
    ]);
  });

  it('a prime minister leads, a vice president serves, and a name beside a name is no relation', () => {
    const text =
      "Japan's Prime Minister Yoshihide Suga spoke. Apple's Vice President Lisa Jackson agreed. Japan's ally Australia and Tim Cook, Apple, were silent.";
    expect(
      read(text, [
        ['Japan', 'location'],
        ['Yoshihide Suga', 'person'],
        ['Apple', 'organization'],
        ['Lisa Jackson', 'person'],
        ['Australia', 'location'],
        ['Tim Cook', 'person'],
      ]).map(([from, type, to]) => [from, type, to]),
    ).toEqual([
      ['Yoshihide Suga', 'leads', 'Japan'],
      ['Lisa Jackson', 'works-for', 'Apple'],
    ]);
  });

  it('reads a title between an organization or a country and a name, not a place where one stands', () => {
    const text =
      "Apple Chief Executive Tim Cook spoke. U.S. Defense Secretary Lloyd Austin agreed. In Tokyo Defense Minister Nobuo Kishi waited. Google and the minister Taro Kono left. The White House and Spokesperson Ned Price spoke in South Korean Foreign Minister Chung Eui-yong's stead.";
    expect(
      read(text, [
        ['Apple', 'organization'],
        ['Tim Cook', 'person'],
        ['U.S.', 'location'],
        ['Lloyd Austin', 'person'],
        ['Tokyo', 'location'],
        ['Nobuo Kishi', 'person'],
        ['Google', 'organization'],
        ['Taro Kono', 'person'],
        ['White House', 'organization'],
        ['Ned Price', 'person'],
        ['South', 'location'],
        ['Chung Eui-yong', 'person'],
      ]).map(([from, type, to]) => [from, type, to]),
    ).toEqual([
      ['Tim Cook', 'leads', 'Apple'],
      ['Lloyd Austin', 'works-for', 'U.S.'],
    ]);
  });

  it('reads a possessive title set off by a comma, a title before "Name of X", and "who heads X"', () => {
    const text =
      "Brightline's founder, Tomas Okafor, spoke. Analyst Deepa Rao of Kestrel Research agreed. Deputy Secretary Wendy Sherman of the State Department left. Ana Ruiz, who heads Meridian Labs, and Ben Cole, who works for Nimbus Cloud, stayed. Lars Berg of Oslo and former analyst Eva Lund of Harbor Capital were silent.";
    expect(
      read(text, [
        ['Brightline', 'organization'],
        ['Tomas Okafor', 'person'],
        ['Deepa Rao', 'person'],
        ['Kestrel Research', 'organization'],
        ['Wendy Sherman', 'person'],
        ['State Department', 'organization'],
        ['Ana Ruiz', 'person'],
        ['Meridian Labs', 'organization'],
        ['Ben Cole', 'person'],
        ['Nimbus Cloud', 'organization'],
        ['Lars Berg', 'person'],
        ['Oslo', 'location'],
        ['Eva Lund', 'person'],
        ['Harbor Capital', 'organization'],
      ]).map(([from, type, to]) => [from, type, to]),
    ).toEqual([
      ['Tomas Okafor', 'leads', 'Brightline'],
      ['Deepa Rao', 'works-for', 'Kestrel Research'],
      ['Wendy Sherman', 'works-for', 'State Department'],
      ['Ana Ruiz', 'leads', 'Meridian Labs'],
      ['Ben Cole', 'works-for', 'Nimbus Cloud'],
    ]);
  });

  it('a head "at" a place stands there and leads nothing; one who serves "at" an organization works for it', () => {
    const text =
      'I met President Bernardo Arévalo at the National Palace this morning. Researcher Ana Silva at Fiocruz agreed, and Director Paul Kern of Vale Labs left.';
    expect(
      read(text, [
        ['Bernardo Arévalo', 'person'],
        ['National Palace', 'organization'],
        ['Ana Silva', 'person'],
        ['Fiocruz', 'organization'],
        ['Paul Kern', 'person'],
        ['Vale Labs', 'organization'],
      ]).map(([from, type, to]) => [from, type, to]),
    ).toEqual([
      ['Ana Silva', 'works-for', 'Fiocruz'],
      ['Paul Kern', 'leads', 'Vale Labs'],
    ]);
  });

  it('reads an organization named as the first word of a title set off by a comma', () => {
    const text =
      'Dr. Amara Oduya, the WHO representative in Kaltera, said cases had doubled. Luc Ferrand, the UNICEF Deputy Director, agreed. Ana Ruiz, the Alliance said on Monday, is the official to ask. Eva Lund, the Paris representative of Gavi, left.';
    expect(
      read(text, [
        ['Amara Oduya', 'person'],
        ['WHO', 'organization'],
        ['Luc Ferrand', 'person'],
        ['UNICEF', 'organization'],
        ['Ana Ruiz', 'person'],
        ['Alliance', 'organization'],
        ['Eva Lund', 'person'],
        ['Paris', 'location'],
      ]).map(([from, type, to]) => [from, type, to]),
    ).toEqual([
      ['Amara Oduya', 'works-for', 'WHO'],
      ['Luc Ferrand', 'works-for', 'UNICEF'],
    ]);
  });

  it('reads titles news writes in lower case, "whose founder X" and "led by X"', () => {
    const text =
      'Veltro chief executive Pieter de Boer said it would appeal. GDL leader Mario Reiss refused. The complaint came from Arcwave, whose founder Nisha Patel spoke. The RSF, led by Mohamed Hamdan Dagalo, was silent. Google said on Monday its chief Ana Ruiz agreed. Acer and the former chief executive Eva Lund left.';
    expect(
      read(text, [
        ['Veltro', 'organization'],
        ['Pieter de Boer', 'person'],
        ['GDL', 'organization'],
        ['Mario Reiss', 'person'],
        ['Arcwave', 'organization'],
        ['Nisha Patel', 'person'],
        ['RSF', 'organization'],
        ['Mohamed Hamdan Dagalo', 'person'],
        ['Google', 'organization'],
        ['Ana Ruiz', 'person'],
        ['Acer', 'organization'],
        ['Eva Lund', 'person'],
      ]).map(([from, type, to]) => [from, type, to]),
    ).toEqual([
      ['Pieter de Boer', 'leads', 'Veltro'],
      ['Mario Reiss', 'leads', 'GDL'],
      ['Nisha Patel', 'leads', 'Arcwave'],
      ['Mohamed Hamdan Dagalo', 'leads', 'RSF'],
    ]);
  });

  it('reads an occupation set off by commas ("an analyst at Y") and a possessive "head of X"; a nominee or a former engineer leads nothing', () => {
    const text =
      "Kjersti Haugland, chief economist at DNB Markets, said the door was open. Kestrel's head of quality, Dana Whitfield, said dealers would fix it. Lina Okafor, an analyst at Bernstein, agreed. Tomasz Wielgus, a former engineer at Google, disagreed. Robert Sarvis, the Libertarian Party's nominee for Governor of Virginia, answered.";
    expect(
      read(text, [
        ['Kjersti Haugland', 'person'],
        ['DNB Markets', 'organization'],
        ['Kestrel', 'organization'],
        ['Dana Whitfield', 'person'],
        ['Lina Okafor', 'person'],
        ['Bernstein', 'organization'],
        ['Tomasz Wielgus', 'person'],
        ['Google', 'organization'],
        ['Robert Sarvis', 'person'],
        ['Libertarian Party', 'organization'],
      ]).map(([from, type, to]) => [from, type, to]),
    ).toEqual([
      ['Kjersti Haugland', 'works-for', 'DNB Markets'],
      ['Dana Whitfield', 'works-for', 'Kestrel'],
      ['Lina Okafor', 'works-for', 'Bernstein'],
      ['Robert Sarvis', 'works-for', 'Libertarian Party'],
    ]);
  });

  it('no relation from a place that ends a sentence, the subject of a title, or prose after a possessive', () => {
    const text =
      "Sherman met Chris Seed in Washington, D.C. Deputy Secretary Wendy Sherman condemned the war. Special Representative for the DPRK Ambassador Sung Kim is visiting. We reiterated our support for UN Special Envoy Geir Pedersen. The visit reinforced the U.S.'s support for Interim President Juan Guaidó's call.";
    expect(
      read(text, [
        ['D.C.', 'location'],
        ['Wendy Sherman', 'person'],
        ['DPRK', 'location'],
        ['Sung Kim', 'person'],
        ['U.S.', 'location'],
        ['UN', 'organization'],
        ['Geir Pedersen', 'person'],
        ['Juan Guaidó', 'person'],
      ]).map(([from, type, to]) => [from, type, to]),
    ).toEqual([['Geir Pedersen', 'works-for', 'UN']]);
  });

  it('accepting makes a relation with the sentence as evidence; a rejected one is not offered again', async () => {
    const text =
      "Japan's Defense Minister Nobuo Kishi met Lloyd Austin. Kishi, a member of the Liberal Democratic Party, spoke.";
    const { api, service, id } = await notebookWithArticle(text);
    const mark = async (quote: string, type: string, from = 0) =>
      (await api.markMention({ articleId: id, ...spanIn(text, quote, from), target: { type } }))
        .entityId;
    const japan = await mark('Japan', 'location');
    const kishi = await mark('Nobuo Kishi', 'person');
    await mark('Kishi', 'person', text.indexOf('Kishi,'));
    const ldp = await mark('Liberal Democratic Party', 'organization');
    const open = await api.listRelationSuggestions({ articleId: id });
    expect(open.map((c) => [c.from.id, c.type, c.to.id, c.pattern])).toEqual([
      [kishi, 'works-for', japan, 'possessive'],
      [kishi, 'member-of', ldp, 'member'],
    ]);
    const { relationId } = await api.acceptRelationSuggestion({
      articleId: id,
      candidateId: open[0]!.candidateId,
    });
    expect((await api.listRelations({}))[0]).toMatchObject({
      id: relationId,
      type: 'works-for',
      directed: true,
      evidence: [
        { articleId: id, quote: "Japan's Defense Minister Nobuo Kishi met Lloyd Austin." },
      ],
    });
    await api.rejectRelationSuggestion({ articleId: id, candidateId: open[1]!.candidateId });
    expect(await api.listRelationSuggestions({})).toEqual([]);
    await api.undo({});
    expect((await api.listRelationSuggestions({})).map((c) => c.type)).toEqual(['member-of']);
    await service.close();
  });

  it('`suggest --relations --accept` accepts them all from the command line', async () => {
    const text = "Tim Cook, Apple's chief executive, spoke.";
    const { api, service, folder, id } = await notebookWithArticle(text);
    for (const [quote, type] of [
      ['Tim Cook', 'person'],
      ['Apple', 'organization'],
    ] as const)
      await api.markMention({ articleId: id, ...spanIn(text, quote), target: { type } });
    await service.close();
    const listed = await runCliInProcess([
      '--notebook',
      folder,
      'suggest',
      '--relations',
      '--json',
    ]);
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({
        type: 'leads',
        from: expect.objectContaining({ name: 'Tim Cook' }),
        to: expect.objectContaining({ name: 'Apple' }),
        evidence: { start: 0, end: text.length, text },
      }),
    ]);
    const accepted = await runCliInProcess([
      '--notebook',
      folder,
      'suggest',
      '--relations',
      '--accept',
      '--json',
    ]);
    expect(JSON.parse(accepted.stdout)).toEqual({ accepted: 1 });
    const relations = JSON.parse(
      (await runCliInProcess(['--notebook', folder, 'relations', '--json'])).stdout,
    );
    expect(relations).toMatchObject([{ type: 'leads', from: { name: 'Tim Cook' } }]);
  });
});
