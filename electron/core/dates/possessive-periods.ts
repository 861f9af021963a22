import type { FoundDate } from './resolve-date.ts';

/** "Next week's Ministerial", "last month's summit": a period that owns a happening, and its noun. */
const POSSESSIVE = /^['’]s\s+([A-Za-z][\w-]+)/;

/** What may stand between a happening's noun and its day: "Ministerial on July 19", "summit,
 * scheduled for May 3". */
const NOUN_TO_DAY =
  /^,?\s+(?:(?:(?:is|was|will be)\s+)?(?:held|scheduled|set|due)\s+)?(?:on|for)\s+/;

/**
 * "will host a virtual COVID-19 Ministerial on July 19 ... Next week's Ministerial will ...": a
 * period that owns a happening is the day the text gives that happening elsewhere ("<noun> on
 * <day>"), when that day falls in the period (one day only). Other dates are returned as they are.
 */
export function pinPossessivePeriods(text: string, dates: FoundDate[]): FoundDate[] {
  let byStart: Map<number, FoundDate> | null = null;
  return dates.map((date) => {
    if (date.range.precision === 'day') return date;
    const owned = POSSESSIVE.exec(text.slice(date.end, date.end + 60));
    if (owned === null) return date;
    byStart ??= new Map(dates.map((d) => [d.start, d]));
    const days = new Map<string, FoundDate>();
    for (const m of text.matchAll(new RegExp(`\\b${owned[1]}\\b`, 'g'))) {
      const nounEnd = m.index + m[0].length;
      const gap = NOUN_TO_DAY.exec(text.slice(nounEnd, nounEnd + 40));
      const day = gap === null ? undefined : byStart.get(nounEnd + gap[0].length);
      if (
        day !== undefined &&
        day.range.precision === 'day' &&
        day.range.start >= date.range.start &&
        day.range.end <= date.range.end
      )
        days.set(day.range.start, day);
    }
    if (days.size !== 1) return date;
    const [day] = days.values();
    return {
      ...date,
      range: { ...date.range, start: day!.range.start, end: day!.range.end, precision: 'day' },
    };
  });
}

/** "Last year's drought", "next week's event": a period that tells which of a kind of thing is meant. */
export function ownsNoun(text: string, date: { end: number }): boolean {
  return POSSESSIVE.test(text.slice(date.end, date.end + 60));
}
