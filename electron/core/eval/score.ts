import type { EntitySuggestion, EntityType } from '../suggest/entity-suggestion.ts';
import type { GoldFile } from './gold-file.ts';

/** What a suggestion path produced for one gold file's text. */
export interface SuggestedEvent {
  evidence: { start: number; end: number };
  date_start: string | null;
  date_end: string | null;
  /** The suggestion's title and its participants' names (the analyst's reading; not in the JSON). */
  title?: string;
  participants?: string[];
  /** The suggestion's place, by name (the analyst's reading; not in the JSON). */
  location?: string | null;
}

export interface FileSuggestions {
  gold: GoldFile;
  entities: EntitySuggestion[];
  events: SuggestedEvent[];
}

export interface PrfScore {
  precision: number;
  recall: number;
  f1: number;
}

/** The `dossier eval --json` object of FORMAT.md, exactly. */
export interface EvalReport {
  files: number;
  entities: PrfScore & { byType: Record<EntityType, PrfScore> };
  events: PrfScore;
  dates: { accuracy: number; dated: number };
}

/** Raw counts, kept so that per-file and overall numbers come from the same arithmetic. */
export interface Counts {
  /** true positives, suggested, gold */
  tp: number;
  suggested: number;
  gold: number;
}

export interface EvalCounts {
  files: number;
  entities: Counts;
  entitiesByType: Record<EntityType, Counts>;
  events: Counts;
  dates: { correct: number; dated: number };
  /** participants of matched events: right, suggested, gold (FORMAT.md's JSON leaves them out) */
  participants: Counts;
  /** places of matched events, counted as participants are */
  places: Counts;
}

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'location'];

function zeroCounts(): Counts {
  return { tp: 0, suggested: 0, gold: 0 };
}

function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, suggested: a.suggested + b.suggested, gold: a.gold + b.gold };
}

/**
 * Precision, recall and F1 from counts. A ratio whose denominator is 0 is 0: nothing suggested
 * earns no precision, and an empty gold earns no recall. That keeps a system that suggests
 * nothing at 0 rather than at a perfect 1, and an F1 of 0 when precision and recall are both 0.
 * Numbers are rounded to 4 decimals so that reports compare across runs and machines.
 */
export function prf(counts: Counts): PrfScore {
  const precision = counts.suggested === 0 ? 0 : counts.tp / counts.suggested;
  const recall = counts.gold === 0 ? 0 : counts.tp / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

const spanKey = (start: number, end: number, type: string): string => `${start}:${end}:${type}`;

/**
 * Entity mentions: a suggestion counts when its span and type equal a gold mention's. Both
 * sides are sets, so a span listed twice (in gold or in the suggestions) counts once.
 */
function countEntities(file: FileSuggestions): Record<EntityType, Counts> {
  const gold = new Map<string, EntityType>();
  for (const entity of file.gold.entities) {
    for (const mention of entity.mentions) {
      gold.set(spanKey(mention.start, mention.end, entity.type), entity.type);
    }
  }
  const suggested = new Map<string, EntityType>();
  for (const s of file.entities) suggested.set(spanKey(s.start, s.end, s.type), s.type);
  const counts = { person: zeroCounts(), organization: zeroCounts(), location: zeroCounts() };
  for (const type of gold.values()) counts[type].gold += 1;
  for (const [key, type] of suggested) {
    counts[type].suggested += 1;
    if (gold.has(key)) counts[type].tp += 1;
  }
  return counts;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Events: each suggested event matches the gold event whose evidence it overlaps most. The
 * matching is one to one: a gold event is claimed once and a suggestion claims one gold event,
 * so duplicate suggestions cannot inflate precision and one suggestion cannot cover two gold
 * events. Pairs are taken by decreasing overlap (ties: earlier suggestion, then earlier gold
 * event), which gives every suggestion the most-overlapping gold event still free. Two gold
 * events on the same sentence (FORMAT.md's example has them) need two suggestions there.
 * Returns, for each gold event, the index of its matched suggestion or -1.
 */
export function matchEvents(file: FileSuggestions): number[] {
  const pairs: { s: number; g: number; size: number }[] = [];
  file.events.forEach((event, s) => {
    file.gold.events.forEach((goldEvent, g) => {
      const size = overlap(event.evidence, goldEvent.evidence);
      if (size > 0) pairs.push({ s, g, size });
    });
  });
  pairs.sort((a, b) => b.size - a.size || a.s - b.s || a.g - b.g);
  const goldToSuggestion = file.gold.events.map(() => -1);
  const taken = new Set<number>();
  for (const { s, g } of pairs) {
    if (taken.has(s) || goldToSuggestion[g] !== -1) continue;
    taken.add(s);
    goldToSuggestion[g] = s;
  }
  return goldToSuggestion;
}

/**
 * Participants (or places) of the matched events whose suggestion names them: a suggested name
 * is right when it is a gold name or one of that entity's mentions ("Caddell" for "Rhys
 * Caddell"), case aside; each gold name is claimed once.
 */
function countNames(
  file: FileSuggestions,
  matches: number[],
  goldNames: (event: GoldFile['events'][number]) => string[],
  suggestedNames: (event: SuggestedEvent) => string[] | undefined,
): Counts {
  const counts = zeroCounts();
  file.gold.events.forEach((goldEvent, g) => {
    const suggestion = file.events[matches[g] ?? -1];
    const names = suggestion === undefined ? undefined : suggestedNames(suggestion);
    if (names === undefined) return;
    const wanted = goldNames(goldEvent);
    const spellings = wanted.map((name) => {
      const entity = file.gold.entities.find((e) => e.name === name);
      return new Set([name, ...(entity?.mentions.map((m) => m.text) ?? [])].map(lower));
    });
    const claimed = new Set<number>();
    for (const name of new Set(names.map(lower))) {
      const at = spellings.findIndex((set, i) => !claimed.has(i) && set.has(name));
      if (at !== -1) claimed.add(at);
    }
    counts.tp += claimed.size;
    counts.suggested += new Set(names.map(lower)).size;
    counts.gold += wanted.length;
  });
  return counts;
}

const lower = (text: string): string => text.toLowerCase();

export function countFile(file: FileSuggestions): EvalCounts {
  const byType = countEntities(file);
  const matches = matchEvents(file);
  const matched = matches.filter((s) => s !== -1).length;
  let dated = 0;
  let correct = 0;
  file.gold.events.forEach((goldEvent, g) => {
    if (goldEvent.date_start === null) return;
    dated += 1;
    const suggestion = file.events[matches[g] ?? -1];
    if (
      suggestion !== undefined &&
      suggestion.date_start === goldEvent.date_start &&
      suggestion.date_end === goldEvent.date_end
    ) {
      correct += 1;
    }
  });
  return {
    files: 1,
    entities: ENTITY_TYPES.reduce((sum, type) => addCounts(sum, byType[type]), zeroCounts()),
    entitiesByType: byType,
    events: { tp: matched, suggested: file.events.length, gold: file.gold.events.length },
    dates: { correct, dated },
    participants: countNames(
      file,
      matches,
      (event) => event.participants,
      (event) => event.participants,
    ),
    places: countNames(
      file,
      matches,
      (event) => (event.location == null ? [] : [event.location]),
      (event) =>
        event.location === undefined ? undefined : event.location === null ? [] : [event.location],
    ),
  };
}

export function addEvalCounts(a: EvalCounts, b: EvalCounts): EvalCounts {
  return {
    files: a.files + b.files,
    entities: addCounts(a.entities, b.entities),
    entitiesByType: {
      person: addCounts(a.entitiesByType.person, b.entitiesByType.person),
      organization: addCounts(a.entitiesByType.organization, b.entitiesByType.organization),
      location: addCounts(a.entitiesByType.location, b.entitiesByType.location),
    },
    events: addCounts(a.events, b.events),
    dates: { correct: a.dates.correct + b.dates.correct, dated: a.dates.dated + b.dates.dated },
    participants: addCounts(a.participants, b.participants),
    places: addCounts(a.places, b.places),
  };
}

export function emptyEvalCounts(): EvalCounts {
  return {
    files: 0,
    entities: zeroCounts(),
    entitiesByType: { person: zeroCounts(), organization: zeroCounts(), location: zeroCounts() },
    events: zeroCounts(),
    dates: { correct: 0, dated: 0 },
    participants: zeroCounts(),
    places: zeroCounts(),
  };
}

export function reportFromCounts(counts: EvalCounts): EvalReport {
  return {
    files: counts.files,
    entities: {
      ...prf(counts.entities),
      byType: {
        person: prf(counts.entitiesByType.person),
        organization: prf(counts.entitiesByType.organization),
        location: prf(counts.entitiesByType.location),
      },
    },
    events: prf(counts.events),
    dates: {
      // No dated gold event: accuracy 0, with `dated: 0` saying why.
      accuracy: counts.dates.dated === 0 ? 0 : round(counts.dates.correct / counts.dates.dated),
      dated: counts.dates.dated,
    },
  };
}

/** Scores every file together: counts are summed over files first (micro-averaging). */
export function score(files: FileSuggestions[]): EvalReport {
  return reportFromCounts(files.map(countFile).reduce(addEvalCounts, emptyEvalCounts()));
}
