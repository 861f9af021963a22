import type { FoundDate } from '../dates/resolve-date.ts';
import type { TextSpan } from '../dates/sentences.ts';
import type { MentionInput } from './event-context.ts';
import {
  CURRENCIES,
  findTriggers,
  isHappening,
  mainTrigger,
  type Trigger,
} from './event-triggers.ts';
import { firstVerb, isPastForm, tagsOf } from './event-verbs.ts';

/** Whether a span lies within another. */
export const inside = (m: TextSpan, span: TextSpan): boolean =>
  m.start >= span.start && m.end <= span.end;

const WOULD = /\b(?:would|could|might)\b/i;
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:(?:already|also|now|just|since)\s+)*$/i;
const PAST_PERFECT = /\bhad\s+(?:(?:already|long|recently|also|just|been|not|never)\s+)*$/i;
const BACKGROUND =
  /\b(?:(?:has|have|had)\s+long|(?:is|are|was|were)\s+(?:well\s+|best\s+|widely\s+)?(?:known|famous|renowned|noted)\s+for)\b/i;
const PROGRESSIVE = /^[^,;]*?\b(?:was|were)\s+(?:still\s+|already\s+|also\s+)?\p{Ll}+ing\b/u;
const HEDGE_AFTER_WOULD = /^\s+(?:probably|possibly|perhaps|likely)\b/i;
const REPORTING_BEFORE_WOULD = /\b(?:said|stated|warned|threatened|announced|says|added)\b/i;

/**
 * Supposed rather than reported: "would" outside reported speech, unless it dates a plan; and
 * anything that hangs on a condition ("Construction could start next spring if a legal
 * challenge fails"), dated or not. A modal after the trigger, in a clause of its own ("raised
 * its rate on Thursday and signalled that more could follow"), says nothing of the trigger.
 */
export function hypothetical(clause: string, date: FoundDate | null, trigger = 0): boolean {
  const would = WOULD.exec(clause);
  if (would === null) return false;
  // "said Asante could make his debut on Saturday", "said the bank would probably raise rates":
  // a possibility stays one when someone reports it, and whatever its date.
  const possible =
    /^(?:could|might)$/i.test(would[0]) ||
    HEDGE_AFTER_WOULD.test(clause.slice(would.index + would[0].length));
  if (!possible && REPORTING_BEFORE_WOULD.test(clause.slice(0, would.index))) return false;
  if (
    would.index > trigger &&
    // ("Analysts said that prices could reach $12,000": the report's own "that" is no other clause.)
    (possible ? /\b(?:and|but|which|who)\b/i : /\b(?:and|but|that|which|who)\b/i).test(
      clause.slice(trigger, would.index),
    )
  )
    return false;
  if (possible || /\b(?:if|unless)\b/i.test(clause)) return true;
  return date === null || !/\b(?:then|later|next)\b/i.test(clause);
}

const CAREER =
  /\b(?:(?:began|begins|started|starts)\s+(?:his|her|their)\s+(?:\p{L}+\s+)?career|(?:previously|formerly|earlier)\s+(?:served|worked|held)|(?:has|have)\s+(?:also\s+)?(?:served|worked)\s+as)\b/iu;
const ONGOING = /\b(?:will|would|to)\s+continue\s+(?:[^\s,;]+\s+){0,3}$/i;

/**
 * A career summary ("began his career", "previously served as", "has served as") is background
 * to a biography, and a duty that goes on ("will continue U.S. engagement") is no happening:
 * an analyst files neither, though dated.
 */
export function careerOrDuty(text: string, clause: TextSpan, trigger: TextSpan): boolean {
  const body = text.slice(clause.start, clause.end);
  const career = CAREER.exec(body);
  if (
    career !== null &&
    clause.start + career.index < trigger.end &&
    clause.start + career.index + career[0].length > trigger.start
  )
    return true;
  return ONGOING.test(text.slice(clause.start, trigger.start));
}

/**
 * "The Unity Party had governed since 2022", "has ruled the country since 1990": a state that
 * lasts from a date is background to the news, not a happening on that date.
 */
export function stateSince(text: string, clause: TextSpan): boolean {
  return STATE_SINCE.test(text.slice(clause.start, clause.end));
}

const STATE_SINCE =
  /\b(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?(?:governed|ruled|led|run|held|served|lived|controlled|owned|been(?!\s+\p{Ll}+(?:ed|en|wn|ne)\b)|remained|stayed|dominated|chaired|presided)\b[^.;]*?\bsince\b(?![^.;]*\b(?:when|after|as)\b)/u;

/**
 * "This public designation is made under Section 7031(c)": a subject that refers back to the
 * happening the article reported ("this", "these" and the trigger's noun) restates it.
 */
export function refersBack(text: string, clause: TextSpan, trigger: TextSpan): boolean {
  return /^\s*(?:this|these|that|those)\s+(?:\p{Ll}+\s+){0,2}$/iu.test(
    text.slice(clause.start, trigger.start),
  );
}

/**
 * "Today's announcement is an affront", "Next week's Ministerial will constitute another
 * important step": the trigger names a happening that the clause judges.
 */
export function describes(text: string, trigger: Trigger): boolean {
  // With no word of a known kind, the clause's verb is the judgement itself.
  if (/^(?:constitute|represent)[sd]?$/i.test(trigger.text))
    return /^\s+(?:a|an|another|the)\b/i.test(text.slice(trigger.end, trigger.end + 10));
  if (
    /^\s+(?:is|are|(?:will|would)\s+(?:be|constitute|represent|mark)|constitutes?|represents?)\s+(?:a|an|the|another|not|very|\p{L}+ly)\b/u.test(
      text.slice(trigger.end, trigger.end + 40),
    )
  )
    return true;
  // "Turnout in the 2025 election was 61 percent", "The previous election in Hong Kong was
  // before the 2014 protests": a figure or a time told of a named happening, in the past.
  return (
    !/ed$/i.test(trigger.text) &&
    /^(?:\s+(?:in|of|at)(?:\s+(?!(?:that|which|who|when|where)\b)[^\s,;.]+){1,4})?\s+(?:was|were)\s+(?:\d(?![^\s]*\s+\p{L}+\s+ago\b)|(?:just\s+|shortly\s+|long\s+)?(?:before|after)\s)/u.test(
      text.slice(trigger.end, trigger.end + 60),
    )
  );
}

const TREND_SUBJECT = String.raw`(?:the\s+|its\s+|their\s+)?(?:\p{Ll}+\s+)?(?:markets?|demand|prices|economy|growth|inflation|deliveries|orders|conditions|winds?|weather|rates|unemployment|spending|trade|supply|campaign|programme|program|project|cases|deaths|toll|numbers?|total|output|production|sales|revenues?|costs)`;
const TREND =
  /(?:would|will|could|should|might|may|(?:is|are)\s+(?:expected|likely|forecast)\s+to)\s+(?:\p{Ll}+ly\s+)?(?:recover|rise|fall|grow|improve|ease|pick\s+up|slow|decline|rebound|increase|decrease|remain|stay|return|weaken|strengthen|drop|climb|peak|stabili[sz]e|reach|exceed|hit|top|surpass|double|triple|halve)\b/u;
const FORECAST = new RegExp(
  String.raw`(?:^|\bthat\s+|,\s*|\b(?:said|says|predicted|warned)\s+)${TREND_SUBJECT}\s+${TREND.source}`,
  'iu',
);

/**
 * "said that the market would recover in the first half of 2027", "Winds are expected to ease by
 * Thursday": a forecast of a trend is no happening, though dated by its own words (what a
 * company says it will do, "said it would cut 400 jobs", stays one).
 */
export function forecast(clause: string): boolean {
  return FORECAST.test(clause) || LASTS.test(clause) || expectation(clause);
}

/** Someone's expectation as the clause's verb: "said it expected", "Analysts expect", with what
 * is expected after it (not "is expected to meet", a plan, nor "expected to close the deal"; nor
 * a company's guidance in the present, "said it now expects operating profit of", news). */
const EXPECTS =
  /(?<!\b(?:is|are|was|were|be|been|being|the|a|an|as|than|had|has|have|not)\s+)\b(?:expected|expect|predicted|projected|anticipated)\b(?!\s+(?:to|by|in|on|at|for)\b)/u;
/** A happening told before the expectation: "cut 300 jobs on Monday and said it expected". */
const DONE_BEFORE =
  /\b(?!(?:need|indeed|speed|hundred)\b)\p{Ll}{2,}ed\b|\b(?:cut|sent|won|lost|fell|rose|held|met|made|took|gave|struck|sold|bought|paid|began|left|hit|set|put|shut|quit)\b/u;

/**
 * "ASML said it expected ... sales to China would fall to 20 percent in 2028", "Analysts expect
 * the ruling to cost ...": what someone expects is no happening, though dated by its words; a
 * happening told before it in the clause stays one.
 */
function expectation(clause: string): boolean {
  const m = EXPECTS.exec(clause);
  return m !== null && !DONE_BEFORE.test(clause.slice(0, m.index));
}

/**
 * "The talks are expected to last until Thursday": how long a thing will go on, no happening
 * ("expected to continue through February" still tells more of the talks: event-merge.ts).
 */
const LASTS =
  /\b(?:is|are|was|were)\s+(?:expected|likely|set|due)\s+to\s+(?:last|run)\s+(?:until|till)\b/iu;

/** "we marked", "I'll be discussing": the speaker tells of what they do. */
export function spokenInFirstPerson(text: string, clause: TextSpan, verb: TextSpan): boolean {
  return /\b(?:I|[Ww]e|[Yy]ou)(?:['’](?:ll|re|ve|d|m))?\s+(?:[\p{Ll}]+\s+){0,2}$/u.test(
    text.slice(clause.start, verb.start),
  );
}

/**
 * Whether an undated clause reports a happening: a trigger other than "said", with someone or
 * somewhere named, not a habit ("every year"); a statement only with its speaker named.
 */
export function reportsHappening(
  text: string,
  clause: TextSpan,
  trigger: Trigger,
  actors: MentionInput[],
  location: MentionInput | null,
): boolean {
  if (!isHappening(trigger)) return namedSpeakerReports(text, clause, trigger, actors);
  // "had already increased": background to what the article reports.
  if (PAST_PERFECT.test(text.slice(Math.max(clause.start, trigger.start - 40), trigger.start)))
    return false;
  // "has already received coverage", "All have received": a state reached, not a happening.
  if (PRESENT_PERFECT.test(text.slice(Math.max(clause.start, trigger.start - 40), trigger.start)))
    return false;
  // "has long opposed", "is known for its festivals": what the subject is, not what it did;
  // "Lee was making his final appearance, part of a farewell tour": the scene, not the news.
  if (BACKGROUND.test(text.slice(clause.start, trigger.start))) return false;
  if (PROGRESSIVE.test(text.slice(clause.start, trigger.end))) return false;
  // "required the team to travel", "was there to launch", "hopes to visit": wanted, planned or
  // required, not reported as done.
  if (/\bto\s+$/i.test(text.slice(Math.max(clause.start, trigger.start - 4), trigger.start)))
    return false;
  // "X stated to the paper that ...": words reported; a statement made as one, or a threat or a
  // promise ("stated it would attack"), is an event.
  if (
    /^stat(?:ed|es)$/i.test(trigger.text) &&
    !/^\s+(?:that\s+)?(?:it|they|he|she|we)\s+(?:would|will)\b/i.test(
      text.slice(trigger.end, trigger.end + 30),
    )
  )
    return false;
  // "I had a banner", "we discussed it", "we'll be discussing": an interview's speakers tell,
  // they do not report.
  if (spokenInFirstPerson(text, clause, trigger)) return false;
  if (trigger.type === 'statement') return actors.length > 0;
  if (
    /\b(?:(?:every|each)\s+(?:year|month|week|day|time)|usually|often|always|annually|generally|typically|normally)\b/i.test(
      text.slice(clause.start, clause.end),
    )
  )
    return false;
  return (
    actors.length > 0 ||
    location !== null ||
    marketMove(text, clause, trigger) ||
    TOLL.test(text.slice(clause.start, trigger.end))
  );
}

/** A toll that opens its clause, no one named: "Eleven miners were killed", "At least 14 died". */
const TOLL =
  /^\s*(?:(?:at least|more than|about|nearly|some)\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:were|have been|had been)\s+)?(?:killed|injured|wounded|died)$/iu;

/**
 * What moves in a market, before its verb: "Its shares slipped 2%", "Oil prices jumped $3",
 * "Brent crude rose 1 percent".
 */
const MARKET_SUBJECT = new RegExp(
  `\\b(?:shares?|stocks?|prices?|index|indices|bonds?|yields?|futures|${CURRENCIES}|sales|exports|imports|profits?|revenues?|earnings|output|deliveries|orders|crude|oil|gas|gold|copper|wheat|bitcoin)\\b`,
  'i',
);
const MOVE_SIZE = /^[^.;]*?(?:\d+(?:\.\d+)?\s?(?:%|percent|per cent|points?|cents?)|[$€£¥]\s?\d)/i;

/** A market move with its size, which reports a happening though no one is named. */
function marketMove(text: string, clause: TextSpan, trigger: Trigger): boolean {
  return (
    trigger.type === 'other' &&
    MARKET_SUBJECT.test(text.slice(clause.start, trigger.start)) &&
    MOVE_SIZE.test(text.slice(trigger.end, clause.end))
  );
}

/**
 * The trigger that makes the clause's event: the main one, except that a threat or a promise
 * ("stated it would attack") is a statement, not the attack.
 */
export function eventTrigger(text: string, triggers: Trigger[]): Trigger | null {
  const main = mainTrigger(triggers);
  if (main === null || main.type === 'statement') return main;
  const speech = triggers.find(
    (t) =>
      t.type === 'statement' &&
      t.end <= main.start &&
      /\b(?:would|will|to)\b/i.test(text.slice(t.end, main.start)),
  );
  return speech !== undefined && !speech.weak ? speech : main;
}

/** A participle phrase that opens the clause ("Discussing his concern, ..."): not its event. */
export function leadingParticiple(text: string, clause: TextSpan, trigger: Trigger): boolean {
  return (
    /ing$/i.test(trigger.text) &&
    text.slice(clause.start, trigger.start).trim() === '' &&
    text.slice(trigger.end, clause.end).includes(',')
  );
}

/**
 * "Estonia's economy minister, Tiit Riisalo, said the government would keep a 40 percent stake",
 * "South Wales Police said officers had opened an investigation": a statement on a matter, by a
 * speaker named before the verb, is a happening though undated (the lead's cases). Not words in
 * quotation marks (a quote's tag), nor what is said in the first person.
 */
const DONE_OR_TO_BE_DONE =
  /^\s+(?:that\s+)?(?:[\p{L}'’.-]+\s+){1,5}(?:would|will|had)\s+(?:not\s+)?(?:been\s+)?(?!be\b|feel|believe|think|seem|like|want|need|prefer|hope)\p{Ll}{3,}\b/u;

function namedSpeakerReports(
  text: string,
  clause: TextSpan,
  trigger: Trigger,
  actors: MentionInput[],
): boolean {
  if (!/^(?:said|says|told)$/i.test(trigger.text)) return false;
  if (!actors.some((a) => a.end <= trigger.start && a.type !== 'location')) return false;
  if (/["“”]/u.test(text.slice(clause.start, clause.end))) return false;
  const said = text.slice(trigger.end, clause.end);
  // What will be done or what had been done, not an opinion ("said she felt", "said he is
  // alarmed", "said Warhol was both an artist and a businessperson").
  return DONE_OR_TO_BE_DONE.test(said) && !/^\s+(?:that\s+)?(?:I|we|he|she|they|it)\b/iu.test(said);
}

/**
 * "struck down the act on Wednesday, ruling that parliament had passed it ...", "launched the
 * satellite on Wednesday, placing it in orbit": a participle phrase after the main clause's verb
 * tells how or why; a trigger word in it is not the clause's event.
 */
export function trailingParticiple(text: string, clause: TextSpan, trigger: Trigger): boolean {
  const before = text.slice(clause.start, trigger.start);
  const phrase = TRAILING_PARTICIPLE.exec(before);
  if (phrase === null || NOT_PARTICIPLE.test(phrase[1]!)) return false;
  return firstVerb(text, { start: clause.start, end: clause.start + phrase.index }) !== null;
}

const TRAILING_PARTICIPLE = /,\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{2,}ing)\b[^,;]*$/u;
/** Prepositions and nouns that end in "-ing": "..., during the launch", "..., according to". */
const NOT_PARTICIPLE =
  /^(?:during|including|according|following|regarding|concerning|excluding|pending|morning|evening|nothing|something|anything|everything|spring|king|thing)$/u;

/**
 * "Started in 1990, the festival continues ...", "Founded in 1975 by two brothers, Acme sells
 * ...": a past participle phrase that opens the clause is background to its subject, so neither
 * its verb nor its date is the clause's happening. Returns that phrase, up to its comma.
 */
export function openingParticiple(text: string, clause: TextSpan): TextSpan | null {
  const opener = OPENING_PARTICIPLE.exec(text.slice(clause.start, clause.end));
  if (opener === null) return null;
  const word = opener[1]!.toLowerCase();
  const participle =
    isPastForm(word) || tagsOf(word).includes('Participle') || /[^e]ed$/.test(word);
  return participle ? { start: clause.start, end: clause.start + opener[0].length } : null;
}

const OPENING_PARTICIPLE =
  /^\s*["“]?(\p{Lu}\p{Ll}+)\s+(?:in|on|at|by|from|during|after|under|near|as|with)\s[^,;]{1,80},/u;

/**
 * The clauses of a sentence that each report their own happening: split at ", while", ",
 * whereas", ", but", ";" and "— and" when both sides have a happening and an entity; otherwise
 * the sentence.
 */
const TIME_LEAD = /^(?:in|on|at|during|since|by|until|from|between|last|next|this|early|late)\b/i;
const TIME_LEAD_BEFORE = /\b(?:in|on|at|during|since|by|until|from|between)\s+$/i;

/** The noun phrase before a relative clause, after the preposition that opens it. */
const ANTECEDENT =
  /(?:^|\s)(?:of|in|on|at|for|with|over|to|from|by|and|after|before|about)\s+((?:[\p{L}\d'’-]+\s+){0,3}[\p{L}\d'’-]+)$/u;

export function clausesOf(
  text: string,
  sentence: TextSpan,
  mentions: MentionInput[],
  dates: readonly TextSpan[],
): TextSpan[] {
  const body = text.slice(sentence.start, sentence.end);
  // A date of the clause's own, as an adverbial ("in October"), not one in a name ("the
  // fiscal year 2026 budget").
  const dated = (span: TextSpan): boolean =>
    dates.some(
      (d) =>
        inside(d, span) &&
        (TIME_LEAD.test(text.slice(d.start, d.end)) ||
          TIME_LEAD_BEFORE.test(text.slice(Math.max(span.start, d.start - 12), d.start))),
    );
  // "UNICEF delivered doses on Saturday, and Gavi pledged $8 million last month": two subjects,
  // two dates, two happenings, each with its own participants.
  for (const and of body.matchAll(/,\s+and\s+(?=(?:the\s+)?\p{Lu})/gu)) {
    const first = { start: sentence.start, end: sentence.start + and.index };
    const second = { start: first.end + and[0].length, end: sentence.end };
    const named = (span: TextSpan): boolean => mentions.some((m) => inside(m, span));
    if (
      [first, second].every((part) => dated(part) && named(part) && firstVerb(text, part) !== null)
    )
      return [first, second];
  }
  // "..., who was released on November 20.": a closing relative clause with a date and a verb of
  // its own reports a second happening, when the rest of the sentence has its own date too.
  const relative = /,\s+(?:which|who)\s+[^,;]+[.!?]?["”’]?\s*$/.exec(body);
  if (relative !== null) {
    const main = { start: sentence.start, end: sentence.start + relative.index };
    // The clause starts at the noun it tells of ("a journalist, who was released ..."), which
    // gives it its subject.
    const antecedent = ANTECEDENT.exec(body.slice(0, relative.index));
    const tail = {
      start: antecedent === null ? main.end + 2 : main.end - antecedent[1]!.length,
      end: sentence.end,
    };
    if (dated(main) && dated(tail) && firstVerb(text, tail) !== null) return [main, tail];
  }
  const pattern = /,\s+(?:while|whereas|but)\s+|;\s+|\s+[—–]\s+and\s+/g;
  const cuts: TextSpan[] = [];
  for (let m = pattern.exec(body); m !== null; m = pattern.exec(body)) {
    cuts.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  }
  if (cuts.length === 0) return [sentence];
  const parts: TextSpan[] = [];
  let start = sentence.start;
  for (const cut of cuts) {
    parts.push({ start, end: cut.start });
    start = cut.end;
  }
  parts.push({ start, end: sentence.end });
  const eventful = parts.every((part) => {
    const trigger = mainTrigger(findTriggers(text, part.start, part.end));
    const actors = mentions.some((m) => inside(m, part));
    return trigger !== null && isHappening(trigger) && trigger.type !== 'statement' && actors;
  });
  return eventful ? parts : [sentence];
}

/** The quoted stretches of a sentence (straight or curly double quotes). */
export function quotedSpans(text: string, span: TextSpan): TextSpan[] {
  const spans: TextSpan[] = [];
  let open = -1;
  let from = span.start;
  // An odd straight quote that closes rather than opens ('... 251", said KCNA.'): the sentence
  // continues a quotation from the one before.
  const body = text.slice(span.start, span.end);
  const first = body.indexOf('"');
  // A quote followed by a comma or a stop closes ('... 250 and 251 ", said KCNA.').
  if ((body.match(/"/g) ?? []).length % 2 === 1 && first > 0) {
    const after = body.slice(first + 1);
    if (
      (/\S/.test(body[first - 1]!) && /^(?:[\s,.;:!?]|$)/.test(after)) ||
      /^\s*[,.;:!?]/.test(after)
    ) {
      spans.push({ start: span.start, end: span.start + first + 1 });
      from = span.start + first + 1;
    }
  }
  for (let i = from; i < span.end; i += 1) {
    const ch = text[i];
    if (ch === '"') {
      if (open < 0) open = i;
      else {
        spans.push({ start: open, end: i + 1 });
        open = -1;
      }
    } else if (ch === '“') open = i;
    else if (ch === '”' && open >= 0) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  // A quotation that runs on past the sentence (or began before it): the rest is quoted.
  if (open >= 0) spans.push({ start: open, end: span.end });
  return spans;
}
