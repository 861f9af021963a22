import { describe, expect, it } from 'vitest';
import {
  acceptAllReport,
  parseThresholdPercent,
} from '../../electron/common/model/accept-threshold.ts';
import { notebookWithArticle, span } from '../support/notebook-with-article.ts';

const HARBOUR = [
  'OSLO — The Harbour Authority of Nordvik said on Monday that Maria Lindqvist would lead the inquiry into the collision.',
  'Lindqvist, a former official of the Norwegian Maritime Directorate, met Erik Haugen in Bergen on Tuesday.',
  'Haugen said Statkraft and Equinor had offered divers. Nordvik officials declined to comment, and Brightwell did not answer.',
].join('\n\n');

describe('Accept all with a threshold (issue 15)', () => {
  it('accepts only the suggestions at or above it, counts the rest, and one undo restores all', async () => {
    const { api, id } = await notebookWithArticle(HARBOUR);
    const open = await api.listSuggestions({ articleId: id });
    const sure = open.filter((s) => s.candidates === undefined && s.confidence >= 0.8);
    const below = open.filter((s) => s.candidates === undefined && s.confidence < 0.8);
    expect(sure.length).toBeGreaterThan(0);
    expect(below.length).toBeGreaterThan(0);

    const result = await api.acceptSuggestions({ articleId: id, minConfidence: 0.8 });
    expect(result).toMatchObject({ accepted: sure.length, belowThreshold: below.length });
    expect(result.undoLabel).toBe(`Accept ${sure.length} suggestions`);
    const left = await api.listSuggestions({ articleId: id });
    expect(left.map((s) => s.text)).toEqual(below.map((s) => s.text));

    await api.undo({});
    expect(await api.listSuggestions({ articleId: id })).toHaveLength(open.length);
    expect(await api.listEntities({})).toEqual([]);
  });

  it('refuses, changing nothing, when every open suggestion is below it', async () => {
    const { api, id } = await notebookWithArticle(HARBOUR);
    const open = await api.listSuggestions({ articleId: id });
    await expect(api.acceptSuggestions({ articleId: id, minConfidence: 1 })).rejects.toThrow(
      `The ${open.length} open suggestions are below 100% likely right: review them one by one, or lower the threshold.`,
    );
    expect(await api.listSuggestions({ articleId: id })).toHaveLength(open.length);
    await expect(api.acceptSuggestions({ articleId: id, minConfidence: 1.5 })).rejects.toThrow();
  });

  it('reads a threshold in percent, and refuses anything else with a clear message', () => {
    expect(parseThresholdPercent('80')).toBe(0.8);
    expect(parseThresholdPercent('75%')).toBe(0.75);
    expect(parseThresholdPercent('0')).toBe(0);
    for (const bad of ['most', '', '120', '-5', '0.8.1'])
      expect(parseThresholdPercent(bad)).toEqual({
        error: `“${bad}” is not a confidence: give a percentage from 0 to 100, as 80.`,
      });
  });

  it('says what it accepted and what it left, and why', () => {
    expect(acceptAllReport({ accepted: 41, ambiguous: 0, belowThreshold: 6 }, 0.8)).toBe(
      'Accepted 41 suggestions; 6 below 80% left for review',
    );
    expect(
      acceptAllReport({ accepted: 1, ambiguous: 1, belowThreshold: 0 }, 0.8, ' in this article'),
    ).toBe('Accepted 1 suggestion in this article; 1 ambiguous one left for you to choose');
  });
});

describe('a dateline in capitals joins the article’s own place (issue 15)', () => {
  const TRANSFER = [
    'MADRID — Real Madrid agreed on Tuesday to sign the midfielder Tomas Verdi from Benfica, the club said.',
    'Verdi is expected to undergo a medical in Madrid on Thursday before signing a six-year contract.',
  ].join('\n\n');

  it('is filed under the place named in the story, never under an organization of that name', async () => {
    const { api, id } = await notebookWithArticle(TRANSFER);
    // The analyst once filed a lone "Madrid" (of a club) as an organization.
    const club = span(TRANSFER, 'Madrid', TRANSFER.indexOf('Real'));
    await api.markMention({ articleId: id, ...club, target: { type: 'organization' } });
    const open = await api.listSuggestions({ articleId: id });
    const dateline = open.find((s) => s.text === 'MADRID');
    expect(dateline).toMatchObject({ type: 'location', entityName: 'Madrid' });
    expect(dateline?.entityId).toBeUndefined();

    await api.acceptSuggestions({ articleId: id, minConfidence: 0 });
    const article = await api.getArticle({ id });
    const entityOf = (quote: string, from = 0) => {
      const at = TRANSFER.indexOf(quote, from);
      const mention = article.mentions.find((m) => m.start === at);
      return mention === undefined ? undefined : article.entities[mention.entityId];
    };
    const place = entityOf('Madrid', TRANSFER.indexOf('medical'));
    expect(place).toMatchObject({ name: 'Madrid', type: 'location' });
    expect(entityOf('MADRID')).toEqual(place);
  });
});
