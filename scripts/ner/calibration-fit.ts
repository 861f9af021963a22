// Fits the calibration table (electron/core/suggest/entity-calibration.ts) to labelled
// suggestions, and measures how well probabilities match outcomes (reliability, Brier, ECE).
import {
  groupKeys,
  lengthOf,
  type Calibration,
  type CalibrationInput,
} from '../../electron/core/suggest/entity-calibration.ts';

/** A suggestion made on a gold text, and whether gold holds its span and type. */
export interface Labelled extends CalibrationInput {
  right: boolean;
}

/** Pseudo-observations of the rate above that smooth each group's rate (a small group stays near it). */
const PRIOR_WEIGHT = 10;

const smoothed = (right: number, n: number, prior: number): number =>
  (right + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT);

const round = (p: number): number => Math.round(p * 10_000) / 10_000;

/** Pool-adjacent-violators: the non-decreasing step function nearest to the weighted points. */
export function isotonic(points: { x: number; y: number; w: number }[]): {
  from: number;
  y: number;
  w: number;
}[] {
  const blocks: { from: number; y: number; w: number }[] = [];
  for (const point of [...points].sort((a, b) => a.x - b.x)) {
    blocks.push({ from: point.x, y: point.y, w: point.w });
    while (blocks.length > 1 && blocks.at(-2)!.y >= blocks.at(-1)!.y) {
      const last = blocks.pop()!;
      const previous = blocks.at(-1)!;
      previous.y = (previous.y * previous.w + last.y * last.w) / (previous.w + last.w);
      previous.w += last.w;
    }
  }
  return blocks;
}

export function fitCalibration(data: Labelled[], fittedOn: string): Calibration {
  const rightCount = data.filter((d) => d.right).length;
  const overall = { n: data.length, p: round(data.length === 0 ? 0.5 : rightCount / data.length) };
  const counts = new Map<string, { n: number; right: number }>();
  for (const d of data) {
    for (const key of groupKeys(d)) {
      const c = counts.get(key) ?? { n: 0, right: 0 };
      c.n += 1;
      c.right += Number(d.right);
      counts.set(key, c);
    }
  }
  const groups: Calibration['groups'] = {};
  // Keys sorted by depth: a group's parent is fitted before it.
  for (const key of [...counts.keys()].sort((a, b) => a.split('|').length - b.split('|').length)) {
    const c = counts.get(key)!;
    const parent = key.includes('|') ? groups[key.slice(0, key.lastIndexOf('|'))]!.p : overall.p;
    groups[key] = { n: c.n, p: round(smoothed(c.right, c.n, parent)) };
  }
  const model: Calibration['model'] = {};
  const byKey = new Map<string, Labelled[]>();
  for (const d of data) {
    if (d.origin !== 'model' || d.modelConfidence === undefined) continue;
    const key = `${d.type}|${lengthOf(d.text.trim())}`;
    byKey.set(key, [...(byKey.get(key) ?? []), d]);
  }
  for (const [key, items] of byKey) {
    const prior = groups[`model|${key}`]!.p;
    const blocks = isotonic(
      items.map((d) => ({ x: d.modelConfidence!, y: Number(d.right), w: 1 })),
    );
    // Each step smoothed towards its group's rate, then made non-decreasing again.
    const steps = isotonic(
      blocks.map((b) => ({ x: b.from, y: smoothed(b.y * b.w, b.w, prior), w: b.w + PRIOR_WEIGHT })),
    );
    model[key] = steps.map((s) => ({ from: s.from, p: round(s.y) }));
  }
  return { fittedOn, overall, groups, model };
}

export interface Reliability {
  bins: { from: number; to: number; n: number; predicted: number; observed: number }[];
  brier: number;
  ece: number;
}

/** Ten equal-width bins of the predicted probability; ECE weighs each bin's gap by its size. */
export function reliability(pairs: { p: number; right: boolean }[]): Reliability {
  const bins = Array.from({ length: 10 }, (_, i) => ({
    from: i / 10,
    to: (i + 1) / 10,
    n: 0,
    predicted: 0,
    observed: 0,
  }));
  let brier = 0;
  for (const { p, right } of pairs) {
    const bin = bins[Math.min(9, Math.floor(p * 10))]!;
    bin.n += 1;
    bin.predicted += p;
    bin.observed += Number(right);
    brier += (p - Number(right)) ** 2;
  }
  let ece = 0;
  for (const bin of bins) {
    if (bin.n === 0) continue;
    ece += (bin.n / pairs.length) * Math.abs(bin.predicted / bin.n - bin.observed / bin.n);
    bin.predicted = round(bin.predicted / bin.n);
    bin.observed = round(bin.observed / bin.n);
  }
  return {
    bins: bins.filter((b) => b.n > 0),
    brier: round(brier / Math.max(1, pairs.length)),
    ece: round(ece),
  };
}
