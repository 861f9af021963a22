import { describe, expect, it } from 'vitest';
import { emptySuggestContext } from '../../electron/core/suggest/entity-suggestion.ts';
import type { SuggestContext } from '../../electron/core/suggest/entity-suggestion.ts';
import { suggestEntities } from '../../electron/core/suggest/suggest-entities.ts';
import { cleanSpan } from '../../electron/core/suggest/span-cleanup.ts';
import { matchRegistry } from '../../electron/core/suggest/registry-matcher.ts';
import { openSuggestions } from '../../electron/core/annotate/suggestions.ts';

const TEXT =
  'WASHINGTON, D.C. Secretary of State Antony J. Blinken met Japan’s Foreign Minister Hayashi ' +
  'in Tokyo. Blinken’s trip, the State Department said, strengthens the U.S.-Japan Alliance. ' +
  'Later, Blinken travels to India.';

function context(partial: Partial<SuggestContext> = {}): SuggestContext {
  return { ...emptySuggestContext(), ...partial };
}

function pick(text: string, ctx = context()): [string, string][] {
  return suggestEntities(text, ctx).map((s) => [s.text, s.type]);
}

describe('suggestEntities', () => {
  it('finds people, organizations and places with clean spans', () => {
    const found = pick(TEXT);
    expect(found).toContainEqual(['Antony J. Blinken', 'person']);
    expect(found).toContainEqual(['Hayashi', 'person']);
    expect(found).toContainEqual(['Japan', 'location']);
    expect(found).toContainEqual(['State Department', 'organization']);
    expect(found).toContainEqual(['U.S.', 'location']);
    expect(found).toContainEqual(['WASHINGTON, D.C.', 'location']);
    expect(found).toContainEqual(['Tokyo', 'location']);
    expect(found).toContainEqual(['India', 'location']);
  });

  it('leaves punctuation, possessives and a leading article out of spans', () => {
    for (const s of suggestEntities(TEXT, context())) {
      expect(s.text).not.toMatch(/^(?:the|The)\s/);
      expect(s.text).not.toMatch(/['’]s$/);
      expect(s.text).not.toMatch(/[,;:!?]$/);
    }
    expect(pick('Talks with Russia’s envoy. Then China.')).toEqual([
      ['Russia', 'location'],
      ['China', 'location'],
    ]);
  });

  it('takes neither the field of an office nor an agreement for a person', () => {
    const found = pick(
      'Acting Assistant Secretary for European and Eurasian Affairs, Philip T. Reeker, will ' +
        'travel to Milan. The Abraham Accords were signed in 2020.',
    );
    expect(found).toContainEqual(['Philip T. Reeker', 'person']);
    expect(found.filter(([, type]) => type === 'person')).toEqual([['Philip T. Reeker', 'person']]);
  });

  it('names an organization whole, not as the pieces a gazetteer knows', () => {
    expect(pick('The International Committee of the Red Cross said so.')).toEqual([
      ['International Committee of the Red Cross', 'organization'],
    ]);
  });

  it('takes no academic degree for an organization', () => {
    expect(pick('She holds a B.A. from Yale University and an MBA; he has a J.D.')).toEqual([
      ['Yale University', 'organization'],
    ]);
  });

  it('keeps offsets equal to the text slices, sorted and without overlaps', () => {
    const suggestions = suggestEntities(TEXT, context());
    let previousEnd = 0;
    for (const s of suggestions) {
      expect(TEXT.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = s.end;
    }
  });

  it('links registry names and the surname of a confirmed person', () => {
    const registry = [{ entityId: 'e1', type: 'person', name: 'Antony Blinken' }];
    const text = 'Antony Blinken arrived. Blinken’s meeting with Blinkenson ended; Blinken left.';
    const suggestions = suggestEntities(text, context({ registry }));
    const linked = suggestions.filter((s) => s.entityId === 'e1').map((s) => [s.start, s.text]);
    expect(linked).toEqual([
      [0, 'Antony Blinken'],
      [24, 'Blinken'],
      [65, 'Blinken'],
    ]);
    expect(suggestions.every((s) => s.text !== 'Blinkenson' || s.entityId === undefined)).toBe(
      true,
    );
    expect(
      suggestions.filter((s) => s.entityId === 'e1').every((s) => s.source === 'registry'),
    ).toBe(true);
  });

  it('matches registry names case-sensitively and lets them win on overlap', () => {
    const registry = [{ entityId: 'org1', type: 'organization', name: 'Quad' }];
    const text = 'The Quad met. A quad bike.';
    const suggestions = suggestEntities(text, context({ registry }));
    expect(suggestions.map((s) => [s.text, s.source, s.entityId])).toEqual([
      ['Quad', 'registry', 'org1'],
    ]);
  });

  it('does not offer a rejected span again, nor a name rejected everywhere', () => {
    const all = suggestEntities(TEXT, context());
    const tokyo = all.find((s) => s.text === 'Tokyo')!;
    const withoutSpan = suggestEntities(
      TEXT,
      context({ rejectedSpans: [{ start: tokyo.start, end: tokyo.end }] }),
    );
    expect(withoutSpan.some((s) => s.text === 'Tokyo')).toBe(false);
    expect(withoutSpan.some((s) => s.text === 'India')).toBe(true);
    const withoutName = suggestEntities(TEXT, context({ rejectedNames: ['blinken'] }));
    expect(withoutName.some((s) => s.text === 'Blinken')).toBe(false);
    const registry = [{ entityId: 'e1', type: 'person', name: 'Antony J. Blinken' }];
    const both = suggestEntities(TEXT, context({ registry, rejectedNames: ['BLINKEN'] }));
    expect(both.some((s) => s.text === 'Blinken')).toBe(false);
    expect(both.some((s) => s.text === 'Antony J. Blinken' && s.entityId === 'e1')).toBe(true);
  });
});

describe('cleanSpan', () => {
  const text = 'the State Department’s view, and the U.S. and Biden’s.';
  it('trims possessives, punctuation and the article but keeps abbreviation periods', () => {
    expect(text.slice(...span(cleanSpan(text, { start: 0, end: 22 })))).toBe('State Department');
    expect(text.slice(...span(cleanSpan(text, { start: 37, end: 41 })))).toBe('U.S.');
    expect(text.slice(...span(cleanSpan(text, { start: 46, end: 54 })))).toBe('Biden');
  });
});

function span(value: { start: number; end: number } | null): [number, number] {
  if (value === null) throw new Error('no span');
  return [value.start, value.end];
}

describe('registry matching', () => {
  const entry = (name: string, entityId: string, type = 'organization') => ({
    name,
    entityId,
    type,
  });

  it('lets a longer name win over a shorter one it overlaps, wherever each starts', () => {
    const text = 'Crowds in New York Times Square; later New York.';
    const found = matchRegistry(text, [entry('New York', 'ny'), entry('York Times Square', 'ts')]);
    expect(found.map((m) => [text.slice(m.start, m.end), m.entityId])).toEqual([
      ['York Times Square', 'ts'],
      ['New York', 'ny'],
    ]);
  });

  it('finds names on word boundaries only, including names that start with punctuation', () => {
    const text = "NATOS and NATO's allies; the 'Ndrangheta and x'Ndrangheta.";
    const found = matchRegistry(text, [entry('NATO', 'nato'), entry("'Ndrangheta", 'nd')]);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['NATO', "'Ndrangheta"]);
  });

  it('follows a changed registry', () => {
    const registry = [entry('Kenya', 'ke', 'location')];
    expect(matchRegistry('Kenya and Somalia', registry)).toHaveLength(1);
    const next = [...registry, entry('Somalia', 'so', 'location')];
    expect(matchRegistry('Kenya and Somalia', next).map((m) => m.entityId)).toEqual(['ke', 'so']);
  });
});

describe('open suggestions', () => {
  it('are those that overlap no mention, whatever the order and nesting of the mentions', () => {
    // A small deterministic generator: the same cases on every run.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const spans = (count: number) =>
      Array.from({ length: count }, () => {
        const start = next(200);
        return { start, end: start + 1 + next(15) };
      });
    for (let trial = 0; trial < 500; trial++) {
      const mentions = spans(next(30));
      const suggestions = spans(next(30));
      const expected = suggestions.filter(
        (s) => !mentions.some((m) => m.start < s.end && s.start < m.end),
      );
      const order = mentions.map((m) => m.start).join();
      expect(openSuggestions({ mentions } as never, suggestions as never)).toEqual(expected);
      expect(mentions.map((m) => m.start).join()).toBe(order); // the article is not changed
    }
  });
});

describe('UN agencies named in full (issue 15)', () => {
  it('reads "Food and Agricultural Organization" and "World Food Program" whole', () => {
    const text =
      'Aid flows through the World Food Program, Food and Agricultural Organization, and others.';
    expect(pick(text)).toEqual([
      ['World Food Program', 'organization'],
      ['Food and Agricultural Organization', 'organization'],
    ]);
  });
  it('knows charities and news outlets by name', () => {
    const text =
      'Medecins Sans Frontieres opened two wards, Xinhua reported, and Le Figaro agreed.';
    const found = pick(text);
    for (const name of ['Medecins Sans Frontieres', 'Xinhua', 'Le Figaro'])
      expect(found).toContainEqual([name, 'organization']);
  });

  it("offers no registry place inside an office's portfolio, and offers it elsewhere", () => {
    const text =
      'She was named Assistant Secretary of State for Western Hemisphere Affairs. Trade in the Western Hemisphere grew.';
    const registry = [{ entityId: 'e1', type: 'location', name: 'Western Hemisphere' }];
    const found = suggestEntities(text, context({ registry })).filter(
      (s) => s.source === 'registry',
    );
    expect(found.map((s) => s.start)).toEqual([text.lastIndexOf('Western Hemisphere')]);
  });
});
