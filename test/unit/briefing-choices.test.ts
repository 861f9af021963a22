import { describe, expect, it } from 'vitest';
import type {
  ArticleSummary,
  EntitySummary,
  EventView,
  HighlightView,
} from '../../electron/common/api/contract.ts';
import {
  citables,
  describeFilter,
  filterProblem,
  searchCitables,
  tagsOf,
  tidyFilter,
  typeFilterOf,
  type NotebookChoices,
} from '../../renderer/views/briefing/choices.ts';

const choices: NotebookChoices = {
  articles: [
    {
      id: 'aaaaaaaaaaaa',
      title: 'Blinken in Tokyo',
      source: 'Reuters',
      published: '2021-03-16',
      tags: ['Japan', 'alliance'],
    } as unknown as ArticleSummary,
  ],
  entities: [
    {
      id: 'eeeeeeeeeeee',
      name: 'Antony Blinken',
      type: 'person',
      aliases: ['Blinken'],
      mentionCount: 4,
    },
    { id: 'ffffffffffff', name: 'Tokyo', type: 'location', aliases: [], mentionCount: 9 },
  ] as unknown as EntitySummary[],
  events: [
    {
      id: 'vvvvvvvvvvvv',
      title: 'Two-plus-two talks',
      type: 'talks',
      tags: ['Iran'],
      date: { text: 'March 16', start: '2021-03-16', end: '2021-03-16', precision: 'day' },
      evidence: [
        { articleId: 'aaaaaaaaaaaa', start: 10, end: 42, quote: 'The alliance' },
        { articleId: 'aaaaaaaaaaaa', start: 50, end: 70, quote: 'Talks began   today.' },
      ],
    } as unknown as EventView,
  ],
  entityTypes: ['person', 'organization', 'location'],
};

describe('a section filter in words', () => {
  it('says what narrows the section, by name, and "none" when nothing does', () => {
    expect(describeFilter({}, choices, 'actors')).toBe('none (the whole notebook)');
    expect(describeFilter({ tags: ['Iran'], from: '2021-03-01' }, choices, 'timeline')).toBe(
      'tag ‘Iran’, since 2021-03-01',
    );
    expect(
      describeFilter(
        {
          articleIds: ['aaaaaaaaaaaa', 'zzzzzzzzzzzz'],
          entityIds: ['eeeeeeeeeeee'],
          types: ['person'],
          to: '2021-12-31',
          limit: 5,
        } as never,
        choices,
        'profiles',
      ),
    ).toBe(
      'articles ‘Blinken in Tokyo’, ‘a deleted article’, entity ‘Antony Blinken’, entity types: Person, until 2021-12-31, at most 5',
    );
    expect(describeFilter({ tags: ['a', 'b', 'c'], types: ['talks'] }, choices, 'sources')).toBe(
      '3 tags',
    );
  });

  it('offers the tags in use and the types the section kind filters on', () => {
    expect(tagsOf(choices)).toEqual(['alliance', 'Iran', 'Japan']);
    expect(typeFilterOf('actors', choices)?.types).toEqual(choices.entityTypes);
    expect(typeFilterOf('timeline', choices)?.types).toContain('talks');
    expect(typeFilterOf('sources', choices)).toBeNull();
  });

  it('saves no empty fields and refuses a window that ends before it starts', () => {
    expect(tidyFilter({ tags: [], types: ['person'], from: '', limit: 3 })).toEqual({
      types: ['person'],
      limit: 3,
    });
    expect(filterProblem({ from: '2021-03-02', to: '2021-03-01' })).toBe(
      'The window ends (2021-03-01) before it starts (2021-03-02).',
    );
    expect(filterProblem({ from: '2021-03-01', to: '2021-03-01' })).toBeNull();
  });
});

describe('what the analyst can cite', () => {
  const highlight: HighlightView = {
    articleId: 'aaaaaaaaaaaa' as never,
    articleTitle: 'Blinken in Tokyo',
    highlightId: 'hhhhhhhhhhhh' as never,
    start: 10,
    end: 42,
    quote: 'The alliance\nis the cornerstone.',
    comment: '',
    credibility: null,
  };
  const items = citables(choices, [highlight]);

  it('is every entity, event, article, highlight and event report, each span once', () => {
    expect(items.map((i) => [i.kind, i.label, i.reference])).toEqual([
      ['entity', 'Tokyo', '[@entity:ffffffffffff]'],
      ['entity', 'Antony Blinken', '[@entity:eeeeeeeeeeee]'],
      ['event', 'Two-plus-two talks', '[@event:vvvvvvvvvvvv]'],
      ['article', 'Blinken in Tokyo', '[@article:aaaaaaaaaaaa]'],
      ['quote', '“The alliance is the cornerstone.”', '[@quote:aaaaaaaaaaaa:10-42]'],
      ['quote', '“Talks began today.”', '[@quote:aaaaaaaaaaaa:50-70]'],
    ]);
    expect(items.at(-1)!.detail).toBe('Reports “Two-plus-two talks”');
  });

  it('is found by every word typed, in names, aliases, details and kinds', () => {
    const found = (query: string) => searchCitables(items, query).map((i) => i.label);
    expect(found('blinken')).toEqual(['Antony Blinken', 'Blinken in Tokyo', items[4]!.label]);
    expect(found('tokyo quote')).toEqual([items[4]!.label]);
    expect(found('march 16')).toEqual(['Two-plus-two talks']);
    expect(found('two-plus-two')).toEqual(['Two-plus-two talks', '“Talks began today.”']);
    expect(found('nothing')).toEqual([]);
    expect(searchCitables(items, '', 2)).toHaveLength(2);
  });
});
