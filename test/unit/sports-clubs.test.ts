import { describe, expect, it } from 'vitest';
import type { RecognizedMention } from '../../electron/core/suggest/entity-recognizer.ts';
import type { EntityType } from '../../electron/core/suggest/entity-suggestion.ts';
import { combineReadings } from '../../electron/core/suggest/combine-mentions.ts';
import { withOrganizationCues } from '../../electron/core/suggest/organization-cues.ts';

/** Every mention of `words` in `text`, as `type`. */
function all(text: string, words: string, type: EntityType): RecognizedMention[] {
  return [...text.matchAll(new RegExp(`\\b${words}\\b`, 'gu'))].map((m) => ({
    start: m.index,
    end: m.index + words.length,
    type,
    origin: 'model' as const,
  }));
}

const read = (text: string, mentions: RecognizedMention[]) =>
  withOrganizationCues(
    text,
    mentions.sort((a, b) => a.start - b.start),
  ).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

describe('clubs in sports news', () => {
  it('reads a city that stands for its club in a transfer story as the club, every time', () => {
    const text =
      'Porto signed striker Joao Mendes from Lyon for 40 million euros. Mendes scored 19 goals last season and helped Lyon reach the semi-finals. Lyon had rejected two offers. The club’s coach said Mendes passed a medical in Lisbon.';
    const mentions = [
      ...all(text, 'Porto', 'location'),
      ...all(text, 'Lyon', 'location'),
      ...all(text, 'Lisbon', 'location'),
    ];
    expect(read(text, mentions)).toEqual([
      'Porto:location',
      'Lyon:organization',
      'Lyon:organization',
      'Lyon:organization',
      'Lisbon:location',
    ]);
  });

  it('reads clubs that travel, host and lead as clubs, and leagues and club names whole', () => {
    const text =
      'Monaco travel to Lille on Wednesday after a 2-0 win, both goals from their striker. Leaders Nantes drew 1-1 at Brest. Sporting Braga and Racing Oporto meet in the league, and Ligue 1 resumes in August.';
    const mentions = [
      ...all(text, 'Monaco', 'location'),
      ...all(text, 'Lille', 'location'),
      ...all(text, 'Brest', 'location'),
      ...all(text, 'Braga', 'location'),
    ];
    expect(read(text, mentions)).toEqual([
      'Monaco:organization',
      'Lille:organization',
      'Nantes:organization',
      'Brest:organization',
      'Sporting Braga:organization',
      'Racing Oporto:organization',
      'Ligue 1:organization',
    ]);
  });

  it('reads the club before a player’s position apart from the player', () => {
    const text = 'Lens defender Kevin Dubois handled in the 2-0 defeat, and the striker scored.';
    const mentions = all(text, 'Lens defender Kevin Dubois', 'person');
    expect(read(text, mentions)).toEqual(['Lens:organization', 'Kevin Dubois:person']);
  });

  it('leaves cities alone outside sport', () => {
    const text =
      'The minister flew from Lyon to Lille and signed a deal in Monaco. Nice travel to Lille was cut.';
    const mentions = [
      ...all(text, 'Lyon', 'location'),
      ...all(text, 'Lille', 'location'),
      ...all(text, 'Monaco', 'location'),
    ];
    expect(read(text, mentions)).toEqual([
      'Lyon:location',
      'Lille:location',
      'Monaco:location',
      'Lille:location',
    ]);
  });
});

describe('the lead’s kinds of sports and body names', () => {
  const combined = (text: string, model: RecognizedMention[]) =>
    combineReadings(text, model, []).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);
  const one = (text: string, words: string, type: EntityType, from = 0): RecognizedMention => {
    const start = text.indexOf(words, from);
    return { start, end: start + words.length, type, origin: 'model' as const };
  };

  it('reads a club’s short name as the club, a position as no part of a name, and a league whole', () => {
    const text =
      'Ashby Town sacked their coach after a 2-1 defeat at Dunmore left them 18th in the Premier League. Striker Tomasz Nowak scored their goal. Ashby host Leeford on Saturday, and the Premier League Managers Association backed the coach.';
    const model = [
      one(text, 'Ashby Town', 'person'),
      one(text, 'Dunmore', 'location'),
      one(text, 'League', 'person'),
      one(text, 'Striker Tomasz Nowak', 'person'),
      one(text, 'Ashby', 'person', 40),
      one(text, 'League Managers Association', 'organization'),
    ];
    expect(combined(text, model)).toEqual([
      'Ashby Town:organization',
      'Dunmore:organization',
      'Premier League:organization',
      'Tomasz Nowak:person',
      'Ashby:organization',
      'Leeford:organization',
      'Premier League Managers Association:organization',
    ]);
  });

  it('reads names listed after rivals, bodies with "and", observatories and a dateline’s outlet as bodies', () => {
    const text =
      'LEEDS, Oct 3 (Northern Sports Wire) - Shoppers moved to rivals Tesco and Aldi, the Competition and Markets Authority said. The Kandilli Observatory measured the tremor near the town of Kovancilar.';
    const model = [
      one(text, 'LEEDS', 'location'),
      one(text, 'Northern Sports', 'organization'),
      one(text, 'Tesco', 'organization'),
      one(text, 'Aldi', 'person'),
      one(text, 'Markets Authority', 'organization'),
      one(text, 'Kandilli Observatory', 'location'),
    ];
    expect(combined(text, model)).toEqual([
      'LEEDS:location',
      'Northern Sports Wire:organization',
      'Tesco:organization',
      'Aldi:organization',
      'Competition and Markets Authority:organization',
      'Kandilli Observatory:organization',
      'Kovancilar:location',
    ]);
  });
});

describe('the lead’s later kinds', () => {
  it('reads a place before an officer’s title as the place, and an outlet in a dateline whole', () => {
    const text =
      'WASHINGTON (Capitol Report) - Ohio Solicitor General Elliot Gaiser said the law was valid.';
    const at = (words: string, type: EntityType): RecognizedMention => {
      const start = text.indexOf(words);
      return { start, end: start + words.length, type, origin: 'model' as const };
    };
    const model = [
      at('WASHINGTON', 'location'),
      at('Capitol', 'location'),
      at('Ohio Solicitor General', 'organization'),
      at('Elliot Gaiser', 'person'),
    ];
    expect(
      combineReadings(text, model, []).map((m) => `${text.slice(m.start, m.end)}:${m.type}`),
    ).toEqual([
      'WASHINGTON:location',
      'Capitol Report:organization',
      'Ohio:location',
      'Elliot Gaiser:person',
    ]);
  });

  it('leaves a day out of a name, and reads a stadium as a place', () => {
    const text =
      'Kelby lost 2-1 at Ashby on Sunday in the league, the striker booked. Leaders Vence drew at the Stade Velodrome on Saturday.';
    const at = (words: string, type: EntityType): RecognizedMention => {
      const start = text.indexOf(words);
      return { start, end: start + words.length, type, origin: 'model' as const };
    };
    const model = [
      at('Kelby', 'organization'),
      at('Ashby on Sunday', 'organization'),
      at('Vence', 'location'),
      at('Stade Velodrome on Saturday', 'organization'),
    ];
    expect(
      combineReadings(text, model, []).map((m) => `${text.slice(m.start, m.end)}:${m.type}`),
    ).toEqual([
      'Kelby:organization',
      'Ashby:organization',
      'Vence:organization',
      'Stade Velodrome:location',
    ]);
  });

  it('reads counties in a cricket report as clubs, and two clubs read as one name apart (org17)', () => {
    const text =
      'Somerset beat Essex by six wickets, with captain Tom Abell unbeaten on 94. Warwickshire host Somerset next week in the championship.';
    const mentions = [
      ...all(text, 'Somerset', 'location'),
      ...all(text, 'Essex', 'location'),
      ...all(text, 'Tom Abell', 'person'),
    ];
    const run = text.indexOf('Warwickshire host Somerset');
    const joined = {
      start: run,
      end: run + 'Warwickshire host Somerset'.length,
      type: 'location' as const,
      origin: 'model' as const,
    };
    expect(read(text, [...mentions.filter((m) => m.start < run), joined])).toEqual([
      'Somerset:organization',
      'Essex:organization',
      'Tom Abell:person',
      'Warwickshire:organization',
      'Somerset:organization',
    ]);
  });
});

describe('clubs in a transfer story (the lead24 cases)', () => {
  it('reads "Real Madrid" whole, and clubs that buy, sell, bid or take part in talks', () => {
    const text =
      'MADRID - Real Madrid have signed forward Joao Silva, after talks that also involved Paris Saint-Germain. The striker scored 12 goals this season. The club had rejected a higher offer from Chelsea in January. It is the most since Barcelona bought Neymar from Santos.';
    const mentions = [
      ...all(text, 'Madrid', 'location').slice(1),
      ...all(text, 'Paris Saint-Germain', 'person'),
      ...all(text, 'Chelsea', 'person'),
      ...all(text, 'Barcelona', 'location'),
      ...all(text, 'Santos', 'location'),
    ];
    expect(read(text, mentions)).toEqual([
      'Real Madrid:organization',
      'Paris Saint-Germain:organization',
      'Chelsea:organization',
      'Barcelona:organization',
      'Santos:organization',
    ]);
  });
});
