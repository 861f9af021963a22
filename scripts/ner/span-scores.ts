// Span-level scoring of a recognizer on gold texts (cold start, no registry, no linking): what
// scripts/ner/ablation.ts and scripts/ner/seed-spread.ts report. `dossier eval` scores the app's
// whole path instead (scripts/ner/eval-sets.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecognizedMention } from '../../electron/core/suggest/entity-recognizer.ts';
import type { EntityType } from '../../electron/core/suggest/entity-suggestion.ts';
import type { GoldSpan, GoldText } from './corpus.ts';

export interface Counts {
  tp: number;
  suggested: number;
  gold: number;
}
export const TYPES: EntityType[] = ['person', 'organization', 'location'];

export function score(
  texts: GoldText[],
  system: (text: string) => RecognizedMention[],
): Record<string, Counts> {
  const counts: Record<string, Counts> = {};
  for (const key of ['all', ...TYPES]) counts[key] = { tp: 0, suggested: 0, gold: 0 };
  for (const { text, spans } of texts) {
    const gold = new Set(spans.map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const s of spans) {
      counts[s.type]!.gold += 1;
      counts.all!.gold += 1;
    }
    const seen = new Set<string>();
    for (const m of system(text)) {
      const key = `${m.start}:${m.end}:${m.type}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const hit = gold.has(key) ? 1 : 0;
      for (const k of ['all', m.type]) {
        counts[k]!.suggested += 1;
        counts[k]!.tp += hit;
      }
    }
  }
  return counts;
}

export const spanScores = (c: Counts) => {
  const p = c.suggested === 0 ? 0 : c.tp / c.suggested;
  const r = c.gold === 0 ? 0 : c.tp / c.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

/** The gold files (test/fixtures/gold/ form) in `folders`, as texts with typed spans. */
export function goldFixtures(folders: string[]): GoldText[] {
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => {
        const gold = JSON.parse(readFileSync(join(folder, name), 'utf8')) as {
          id: string;
          text: string;
          entities: { type: EntityType; mentions: { start: number; end: number }[] }[];
        };
        return {
          doc: gold.id,
          text: gold.text,
          spans: gold.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type }))),
        };
      }),
  );
}

/** The set a gold file belongs to: its name up to "dev" or "held", else to its first word with a digit. */
export function setOf(name: string): string {
  const words = name.replace(/\.json$/u, '').split('-');
  const split = words.findIndex((w) => w === 'dev' || w === 'held' || w === 'interview');
  if (split > 0) return words.slice(0, split + 1).join('-');
  const digit = words.findIndex((w) => /\d/u.test(w));
  if (digit >= 0) return words.slice(0, /^\d+$/u.test(words[digit]!) ? digit : digit + 1).join('-');
  return words.slice(0, words.length > 2 ? 2 : 1).join('-');
}

/** Why a recognizer's spans miss: per type, wrong suggestions and missed gold, by kind. */
export interface ErrorKinds {
  /** suggested with gold's exact bounds but another type */
  wrongType: number;
  /** overlapping a gold span without its exact bounds (of any type) */
  wrongBounds: number;
  /** overlapping no gold span */
  spurious: number;
  /** gold spans that no suggestion overlaps */
  unseen: number;
}

const overlaps = (a: GoldSpan, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** The kinds of error of `system` on `texts`, per type: wrong suggestions by their type, unseen by gold's. */
export function errorKinds(
  texts: GoldText[],
  system: (text: string) => RecognizedMention[],
): Record<EntityType, ErrorKinds> {
  const kinds = Object.fromEntries(
    TYPES.map((t) => [t, { wrongType: 0, wrongBounds: 0, spurious: 0, unseen: 0 }]),
  ) as Record<EntityType, ErrorKinds>;
  for (const { text, spans } of texts) {
    const mentions = system(text);
    for (const m of mentions) {
      const same = spans.find((s) => s.start === m.start && s.end === m.end);
      if (same?.type === m.type) continue;
      const kind = kinds[m.type];
      if (same !== undefined) kind.wrongType += 1;
      else if (spans.some((s) => overlaps(s, m))) kind.wrongBounds += 1;
      else kind.spurious += 1;
    }
    for (const s of spans) if (!mentions.some((m) => overlaps(s, m))) kinds[s.type].unseen += 1;
  }
  return kinds;
}
