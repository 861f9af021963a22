/**
 * Accept all's threshold: only suggestions at least this likely right are accepted at once; the
 * rest stay open for review. 80% is the knee on the held gold (docs/EVAL.md, "Accept all's
 * threshold"): it leaves 73 of 170 wrong suggestions for review at the cost of 259 of 1,707
 * right ones; above it each wrong one held back costs about six right ones, below it about two.
 */
export const DEFAULT_ACCEPT_THRESHOLD = 0.8;

/** The thresholds offered, as fractions (0 accepts every unambiguous suggestion). */
export const ACCEPT_THRESHOLDS = [0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95] as const;

export const percentText = (fraction: number): string => `${Math.round(fraction * 100)}%`;

/**
 * A threshold given in percent ("80", "80%", "0"), as a fraction; a clear message for anything
 * else.
 */
export function parseThresholdPercent(value: string): number | { error: string } {
  const match = /^\s*(\d{1,3}(?:\.\d+)?)\s*%?\s*$/u.exec(value);
  const percent = match === null ? Number.NaN : Number(match[1]);
  if (!(percent >= 0 && percent <= 100))
    return { error: `“${value}” is not a confidence: give a percentage from 0 to 100, as 80.` };
  return percent / 100;
}

/** What Accept all did: "Accepted 41 suggestions; 6 below 80% left for review". */
export function acceptAllReport(
  result: { accepted: number; ambiguous: number; belowThreshold: number },
  minConfidence: number,
  where = '',
): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    `Accepted ${count(result.accepted, 'suggestion', 'suggestions')}${where}`,
    ...(result.belowThreshold > 0
      ? [`${result.belowThreshold} below ${percentText(minConfidence)} left for review`]
      : []),
    ...(result.ambiguous > 0
      ? [`${count(result.ambiguous, 'ambiguous one', 'ambiguous ones')} left for you to choose`]
      : []),
  ].join('; ');
}
