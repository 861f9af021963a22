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
