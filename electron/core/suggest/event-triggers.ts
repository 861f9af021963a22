import type { BuiltInEventType as EventType } from '../model/event.ts';

/** A word that reports an event of some type, found in a text. */
export interface Trigger {
  start: number;
  end: number;
  text: string;
  type: EventType;
}

/**
 * Trigger words by event type. A statement ("said", "told") is the type of last resort: the
 * event of a sentence is its first trigger of another type ("said the two sides signed an
 * agreement" is an agreement), as the main verb comes early in news sentences ("Zelensky met von
 * der Leyen on Saturday, two years after the invasion began" is a meeting).
 */
const TRIGGERS: [EventType, RegExp][] = [
  [
    'attack',
    /\b(?:attack(?:s|ed|ing)?|kill(?:s|ed|ing)?|bomb(?:s|ed|ing|ings)?|air ?strikes?|missile strikes?|shell(?:ed|ing)|explosions?|assault(?:s|ed)?|raids?|invad(?:e|ed|es|ing)|invasion|shot dead|massacre)\b/gi,
  ],
  [
    'sanction',
    /\b(?:sanction(?:s|ed|ing)?|visa restrictions?|designat(?:e|es|ed|ing|ion)|blacklist(?:s|ed|ing)?|embargo(?:es)?|asset freezes?|export controls?)\b/gi,
  ],
  [
    'agreement',
    /\b(?:sign(?:s|ed|ing)?|agreements?|accords?|memorand(?:um|a)|deals?|treat(?:y|ies)|pacts?|agreed)\b/gi,
  ],
  [
    'election',
    /\b(?:elections?|vot(?:e|es|ed|ing)|ballots?|referend(?:um|a)|(?:re-)?elected|primar(?:y|ies)|polls?)\b/gi,
  ],
  [
    'meeting',
    /\b(?:met|meet(?:s|ing|ings)?|summits?|host(?:s|ed|ing)?|conferences?|engagements?|received|phone call|call(?:ed)? with|2\+2)\b/gi,
  ],
  [
    'talks',
    /\b(?:talks|dialogue|consultations?|negotiat(?:e|es|ed|ing|ions?)|discuss(?:es|ed|ing|ions?)?)\b/gi,
  ],
  [
    'visit',
    /\b(?:visit(?:s|ed|ing)?|travel(?:s|ed|led|ing|ling)?|trips?|tours?|arriv(?:e|es|ed|ing|al)|head(?:s|ed|ing)? (?:to|for)|embark(?:s|ed|ing)?|depart(?:s|ed|ing|ure)|fl(?:ew|ies|y) to|returned)\b/gi,
  ],
  [
    'statement',
    /\b(?:said|says|say|announc(?:e|es|ed|ing|ement)|statements?|remarks|told|stated|declared|tweeted|warned|urged|called for|press conference|briefing)\b/gi,
  ],
];

/** Every trigger word in text[from, to), in text order. */
export function findTriggers(text: string, from = 0, to = text.length): Trigger[] {
  const slice = text.slice(from, to);
  const found: Trigger[] = [];
  for (const [type, pattern] of TRIGGERS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
      found.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0], type });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The trigger that gives an event its type: the first strong one, else the first statement. */
export function mainTrigger(triggers: Trigger[]): Trigger | null {
  return triggers.find((t) => isStrongType(t.type)) ?? triggers[0] ?? null;
}

/** Whether a type reports something that happened (a statement merely reports words). */
export function isStrongType(type: EventType): boolean {
  return type !== 'statement' && type !== 'other';
}
