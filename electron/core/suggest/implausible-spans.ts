import { namesThingLikePerson } from './things-named-like-people.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * Spans that look like names to a recognizer but are not what their type says: the "US" of
 * "US$", a model number or a market index taken for a person, the "Nice" of "Nice to see you"
 * taken for a place. Checked on every suggestion, whatever found it.
 */

/** Stock market indices, whose names read like people's ("Dow Jones", "Hang Seng"). */
const MARKET_INDEX_WORDS = new Set(
  'dow nasdaq nikkei hang seng ftse dax cac kospi kosdaq sensex nifty stoxx topix asx tsx ibovespa s&p'.split(
    ' ',
  ),
);

/** Storms are named like people ("Hurricane Katrina", "Typhoon Haiyan"). */
const STORM_WORDS = ['Cyclone', 'Hurricane', 'Typhoon', 'Storm'];
const STORM = /^(?:Tropical )?(?:Cyclone|Hurricane|Typhoon|Storm)\s/u;

let storms: { text: string; names: number[] } = { text: '', names: [] };

/**
 * Where a name may follow a storm word in the text ("Phailin" in "Cyclone Phailin"), found once
 * per text: a search of the whole text per storm word and person suggestion took up to 40 ms
 * for a 3,000-word article.
 */
function stormNames(text: string): number[] {
  if (storms.text !== text) {
    const names: number[] = [];
    for (const word of STORM_WORDS) {
      for (let at = text.indexOf(`${word} `); at >= 0; at = text.indexOf(`${word} `, at + 1))
        names.push(at + word.length + 1);
    }
    storms = { text, names };
  }
  return storms.names;
}

/** What follows a pleasantry ("Nice to see you", "Great job"), never a place's name. */
const PLEASANTRY_TAIL =
  /^\s+(?:to\s+(?:see|meet|hear|have|be|talk|speak|join|chat)\b|job\b|work\b|one\b|question\b|day\b|weekend\b)/iu;

/** A market index's name: an index word, then the index's kind or its number of stocks. */
function isMarketIndex(value: string, after: string): boolean {
  const words = value.split(/[\s-]+/u);
  if (!words.some((word) => MARKET_INDEX_WORDS.has(word.toLowerCase()))) return false;
  return /^(?:Composite|Index|Average|Industrials?)$/u.test(words.at(-1)!) || /^\s\d/u.test(after);
}

/** Academic degrees, never a place or a body ("a B.A. in history"). */
const DEGREE = /^(?:B\.[AS]\.?|M\.[AS]\.?|Ph\.D\.?|J\.D\.?|M\.B\.A\.?|LL\.[BM]\.?)$/u;
/** A compass word whose place's name comes after "and": "North" of "North and Central America". */
const SHARED_COMPASS = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)$/u;
/** What opens an item of a numbered or bulleted list: "(6) ", "6. ", "- ". */
const LIST_ITEM_START = /(?:^|\n|;)\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|[-•*])\s*$/u;
/** A prefix making a place's name a word of an adjective: "Euro-Atlantic", "trans-Pacific". */
const ADJECTIVE_PREFIX = /(?<![\p{L}\p{N}])(?:Euro|[Tt]rans)-$/u;
/** Words after a region's name: "the Bandiagara and Gao regions of Mali". */
const REGION_AFTER = /^\s(?:regions?|provinces?|districts?|counties|states)\b/u;

/** Planets and moons, which news names alone like people ("towards Jupiter", "Titan's lakes"). */
const SKY_BODY =
  /^(?:Mercury|Venus|Mars|Jupiter|Saturn|Uranus|Neptune|Pluto|Ceres|Europa|Io|Ganymede|Callisto|Titan|Enceladus|Triton|Phobos|Deimos|Charon)$/u;
/** What a craft's or a heavenly body's name follows: "the moon Europa", "The probe, Meridian Explorer,". */
const CRAFT_KIND = String.raw`(?<![\p{L}\p{N}'’-])(?:moon|planet|asteroid|comet|probe|spacecraft|craft|rover|lander|orbiter|satellite|telescope|ship|vessel|tanker|freighter|ferry|yacht|trawler)s?`;
const CRAFT_BEFORE = new RegExp(
  String.raw`${CRAFT_KIND}\s(?:the\s)?(?:\p{Lu}[\p{L}'’-]*\s){0,2}$`,
  'u',
);
const CRAFT_APPOSITION = new RegExp(
  String.raw`${CRAFT_KIND},\s(?:the\s)?(?:\p{Lu}[\p{L}'’-]*\s){0,2}$`,
  'u',
);
/** A word that opens what someone says, alone: "“Frankly, we have…”", "“Brazen is the only word.”" */
const OPENS_QUOTE = /(?:^|\s)["“]$/u;
const AFTER_QUOTED_WORD = /^(?:[,.!]|\s(?:is|was)\b)/u;

/**
 * A heavenly body or a craft read as a person: a planet or a moon named alone (not a first
 * name before a family name, "Venus Williams"), or a name after the kind of craft or body it is
 * ("the moon Europa", "the ship, the Orient Harmony,").
 */
function namesSkyOrCraft(text: string, span: { start: number; end: number }, value: string) {
  if (SKY_BODY.test(value) && !new RegExp(`${value}\\s\\p{Lu}`, 'u').test(text)) return true;
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  if (CRAFT_BEFORE.test(before)) return true;
  return (
    CRAFT_APPOSITION.test(before) && /^(?:[,)]|\s(?:is|was|has)\b)/u.test(text.slice(span.end))
  );
}

/**
 * A lone word that only opens a sentence, never a name the article uses again: an adverb before
 * a comma ("Frankly, we have run out", "Honestly,"), or a quote's first word alone before its
 * punctuation or "is" ("“Marvellous, and a little spooky”", "“Brazen is the only word”").
 */
function onlyOpensSentence(text: string, span: { start: number; end: number }, value: string) {
  if (/\s/u.test(value) || !/^\p{Lu}\p{Ll}+$/u.test(value)) return false;
  const uses = text.match(new RegExp(`(?<![\\p{L}\\p{N}])${value}(?![\\p{L}\\p{N}])`, 'gu'));
  const kind = wordKind(value);
  if ((uses?.length ?? 0) > 1 || kind === 'first-name' || kind === 'last-name') return false;
  const before = text.slice(Math.max(0, span.start - 3), span.start);
  const after = text.slice(span.end, span.end + 4);
  if (/ly$/u.test(value) && after.startsWith(',') && /(?:^|[.!?"“]\s*|\n)$/u.test(before))
    return true;
  return OPENS_QUOTE.test(before) && AFTER_QUOTED_WORD.test(after);
}

export function isImplausible(text: string, span: { start: number; end: number }, type: string) {
  const value = text.slice(span.start, span.end);
  if (DEGREE.test(value)) return true;
  if (
    type === 'location' &&
    ADJECTIVE_PREFIX.test(text.slice(Math.max(0, span.start - 7), span.start))
  )
    return true;
  if (
    type === 'location' &&
    SHARED_COMPASS.test(value) &&
    /^\s+and\s+\p{Lu}/u.test(text.slice(span.end, span.end + 20))
  )
    return true;
  // "US$5", "AU$ 20", "HK$": a currency, not a place (or anything else).
  if (/^\s?[$€£¥]/u.test(text.slice(span.end, span.end + 2)) && /^\p{Lu}{1,3}$/u.test(value)) {
    return true;
  }
  if (/[$€£¥]/u.test(value)) return true;
  // "Vice chairman Jun Young-hyun": the first word of a title, never a name.
  if (
    /^(?:Vice|Deputy|Acting|Interim|Executive|Senior|Assistant)$/u.test(value) &&
    /^\s(?:chairman|chairwoman|chair|president|premier|minister|governor|mayor|director|chancellor|speaker|secretary)\b/u.test(
      text.slice(span.end, span.end + 14),
    )
  )
    return true;
  // "Cyclone Remal": a storm is no person, body or place, whatever the model read.
  if (/^(?:Tropical )?(?:Cyclone|Hurricane|Typhoon)\s/u.test(value)) return true;
  // "Nasdaq Composite", "FTSE 100", "Dow Jones Industrial Average": an index, no organization.
  if (type !== 'location' && isMarketIndex(value, text.slice(span.end, span.end + 6))) return true;
  if (type === 'person') {
    // "(6) Foster secure supply chains": a verb opening a list item, "Gao regions": a place.
    if (
      (!/\s/u.test(value) &&
        LIST_ITEM_START.test(text.slice(Math.max(0, span.start - 8), span.start)) &&
        /^\s\p{Ll}/u.test(text.slice(span.end, span.end + 2))) ||
      REGION_AFTER.test(text.slice(span.end, span.end + 12))
    )
      return true;
    if (namesSkyOrCraft(text, span, value) || onlyOpensSentence(text, span, value)) return true;
    if (namesThingLikePerson(text, span, value)) return true;
    // "Galaxy S24", "A320", "Nikkei 225": people's names hold no digits.
    if (/\p{N}/u.test(value)) return true;
    if (value.split(/[\s-]+/u).some((word) => MARKET_INDEX_WORDS.has(word.toLowerCase())))
      return true;
    // "Cyclone Phailin", and "Phailin" wherever the article names the storm so.
    if (STORM.test(value) || stormNames(text).some((at) => text.startsWith(value, at))) return true;
  }
  if (type === 'location' && !/\s/u.test(value) && PLEASANTRY_TAIL.test(text.slice(span.end))) {
    const before = text.slice(Math.max(0, span.start - 12), span.start);
    // At the start of a sentence or a line, or after an intensifier ("So nice to…" is lower case).
    if (/(?:^|[.!?:"“]\s*|\n\s*|\b(?:Very|Really|So|Oh|Well),?\s+)$/u.test(before)) return true;
  }
  return false;
}
