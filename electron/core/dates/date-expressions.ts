import { isRealDate } from './calendar.ts';
import type { Reference, Rule, RuleContext, RuleMatch } from './date-patterns.ts';
import { MONTH_PATTERN, monthNumber, YEAR } from './date-patterns.ts';
import { PERIOD_RULES } from './date-rules-periods.ts';
import { RELATIVE_RULES } from './date-rules-relative.ts';
import type { Tense } from './tense.ts';

/**
 * Our own rules for the date expressions that chrono-node does not read, or reads in a way that
 * does not suit a timeline: weekdays by tense, weeks, "earlier this month", "early April",
 * "mid-2020", "the 1990s", "in 2021", "in March", seasons, quarters and halves, fiscal years,
 * "by the end of", year ranges, "March 3 and 4", named days, ISO months.
 */

/** In this order: where two rules read the same words, the first one's reading comes first. */
const RULES: Rule[] = [...RELATIVE_RULES, ...PERIOD_RULES];

/** Words that show an article is about the US government (for its fiscal years): its bodies,
 * "U.S. Environmental Protection Agency" and the like, and their common acronyms. */
const US_GOVERNMENT =
  /\b(?:Congress|congressional|Pentagon|White House|State Department|Department of (?:State|Defense|Homeland Security|the Treasury|Energy|Justice|Agriculture|Education|Health and Human Services|Veterans Affairs|Transportation|Commerce|Labor|the Interior)|Office of Management and Budget|federal (?:budget|government|agencies|agency|spending|funding)|U\.?S\.? (?:government|Army|Navy|Air Force|military)|U\.?S\.? (?:[A-Z][a-z]+ (?:and |of |for )?){1,4}(?:Agency|Administration|Service|Bureau|Commission|Corps|Department)|USAID|EPA|FEMA|FAA|FDA|IRS|NIH|NASA|appropriations?)\b/;

/** "whose fiscal year ends on June 30", "a financial year ending in March", "its fiscal year
 * begins July 1": the article says when its fiscal years end (group 1) or begin (group 2). */
const FISCAL_YEAR_BOUND = new RegExp(
  `\\b(?:fiscal|financial) year,? (?:that |which )?(?:(?:ends|ended|ending|closes|runs to|runs through) (?:on |in |at the end of )?(${MONTH_PATTERN})|(?:begins|began|beginning|starts|started|starting|runs from) (?:on |in )?(${MONTH_PATTERN}))\\b`,
  'i',
);

/** The month the article's fiscal years end in (see RuleContext). */
function fiscalYearEndOf(text: string): number | null {
  const bound = FISCAL_YEAR_BOUND.exec(text);
  if (bound !== null) {
    if (bound[1] !== undefined) return monthNumber(bound[1])!;
    return ((monthNumber(bound[2]!)! + 10) % 12) + 1;
  }
  return US_GOVERNMENT.test(text) ? 9 : null;
}

/** Words that may lead an expression without being part of its original words. */
const LEADING =
  /^(?:on|in|during|throughout|over|since|until|till|through|for|before(?!\s+the end)|after|of|by(?!\s+(?:the end|year|month)))\s+/i;

export function findRuleDates(
  text: string,
  ref: Reference | null,
  tenseAt: (index: number) => Tense,
): RuleMatch[] {
  const found: RuleMatch[] = [];
  const context: RuleContext = { fiscalYearEnd: fiscalYearEndOf(text) };
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m !== null; m = rule.pattern.exec(text)) {
      const resolved = rule.resolve(m, ref, tenseAt(m.index), context);
      if (resolved === null || resolved.to < resolved.from) continue;
      const lead = LEADING.exec(m[0]);
      const start = m.index + (lead === null ? 0 : lead[0].length);
      found.push({ start, end: m.index + m[0].length, ...resolved });
    }
  }
  return found;
}

/**
 * Month-and-day expressions that name no real day ("February 30", "31 April"): no date may be
 * read there, not even a rolled-over one.
 */
export function findImpossibleDates(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const patterns = [
    new RegExp(`(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+${YEAR})?`, 'g'),
    new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN})(?:,?\\s+${YEAR})?`,
      'g',
    ),
  ];
  patterns.forEach((pattern, index) => {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const monthName = index === 0 ? m[1]! : m[2]!;
      const dayOfMonth = Number(index === 0 ? m[2] : m[1]);
      const month = monthNumber(monthName);
      const year = m[3] !== undefined ? Number(m[3]) : 2024; // a leap year unless one is named
      if (month !== undefined && !isRealDate(year, month, dayOfMonth))
        spans.push({ start: m.index, end: m.index + m[0].length });
    }
  });
  return spans;
}
