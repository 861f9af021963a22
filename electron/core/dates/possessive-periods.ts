import type { FoundDate } from './resolve-date.ts';
import { splitSentences } from './sentences.ts';

/** "Next week's Ministerial", "last month's summit": a period that owns a happening, and its noun. */
const POSSESSIVE = /^['’]s\s+(?:[\w-]+\s+)?([A-Za-z][\w-]+)/;

/**
 * "will host a virtual COVID-19 Ministerial on July 19 ... Next week's Ministerial will ...": a
 * period that owns a happening is the day the text gives that happening elsewhere, when that
 * day falls in the period (one day only). Other dates are returned as they are.
 */
export function pinPossessivePeriods(text: string, dates: FoundDate[]): FoundDate[] {
  let sentences: ReturnType<typeof splitSentences> | null = null;
  return dates.map((date) => {
    if (date.range.precision === 'day') return date;
    const owned = POSSESSIVE.exec(text.slice(date.end, date.end + 60));
    if (owned === null) return date;
    sentences ??= splitSentences(text);
    const noun = new RegExp(`\\b${owned[1]}\\b`, 'g');
    const days = new Map<string, FoundDate>();
    for (const m of text.matchAll(noun)) {
      if (m.index >= date.start && m.index <= date.end + owned[0].length) continue;
      const sentence = sentences.find((s) => s.start <= m.index && m.index < s.end);
      if (sentence === undefined) continue;
      for (const d of dates) {
        const inSentence = d.start >= sentence.start && d.end <= sentence.end;
        const inPeriod = d.range.start >= date.range.start && d.range.end <= date.range.end;
        if (inSentence && inPeriod && d.range.precision === 'day') days.set(d.range.start, d);
      }
    }
    if (days.size !== 1) return date;
    const [day] = days.values();
    return {
      ...date,
      range: { ...date.range, start: day!.range.start, end: day!.range.end, precision: 'day' },
    };
  });
}
