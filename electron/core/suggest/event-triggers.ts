import type { BuiltInEventType as EventType } from '../../common/model/event.ts';

/** A word that reports an event of some type, found in a text. */
export interface Trigger {
  start: number;
  end: number;
  text: string;
  type: EventType;
  /** A plain "said": words reported, which makes an event only with a date. */
  weak?: boolean;
  /** A fixture told in the simple present ("Riverton host Everton"): the verb, whatever its tags. */
  scheduled?: boolean;
}

/** What follows a vote on a measure: "to open", "on the contract", "52 to 31 in favour". */
const ON_A_MEASURE =
  '\\s+(?:(?:\\d+\\s*(?:-|to)\\s*\\d+|unanimously)\\s+)?(?:to|on|in\\s+favou?r|against)\\b';

/** Currencies by name, what moves in a market though no one is named. */
export const CURRENCIES =
  'currency|dollar|euro|yen|pound|peso|rupee|rupiah|krone|krona|crown|franc|lira|rand|yuan|renminbi|ruble|rouble|shekel|zloty|forint|ringgit|baht|dinar|naira|shilling';

/** Whom one receives: a name, or a visitor by office. */
const RECEIVED_WHOM =
  '\\s+(?:[A-Z]|(?:a|an|the|his|her|their|its)\\s+(?:[A-Za-z-]+\\s+){0,2}?(?:delegations?|envoys?|ambassadors?|ministers?|president|prime minister|secretary|counterparts?|visitors?|guests?|leaders?)\\b)';

/**
 * Trigger words by event type. A statement ("said", "told") is the type of last resort: the
 * event of a sentence is its first trigger of another type ("said the two sides signed an
 * agreement" is an agreement), as the main verb comes early in news sentences ("Zelensky met von
 * der Leyen on Saturday, two years after the invasion began" is a meeting). `other` holds the
 * happenings that have no type of their own: disasters, rescues, arrests, launches, deliveries,
 * market moves, orders and decisions.
 */
const TRIGGERS: [EventType, RegExp][] = [
  [
    'attack',
    /\b(?:attack(?:s|ed|ing)?|kill(?:s|ed|ing)?|bomb(?:s|ed|ing|ings)?|air ?strikes?|missile strikes?|shell(?:ed|ing)|explosions?|assault(?:s|ed)?|raid(?:s|ed)?|invad(?:e|ed|es|ing)|invasion|shot dead|massacre|fired (?:artillery|missiles?|rockets?|shells?)|exchanged (?:artillery )?fire|retaliat(?:e|ed|es|ing))\b/gi,
  ],
  [
    'sanction',
    /\b(?:sanction(?:s|ed|ing)?|visa restrictions?|tariffs?|designat(?:e|es|ed|ing|ion)|blacklist(?:s|ed|ing)?|embargo(?:es)?|asset freezes?|export controls?|cracked down|crack(?:s|ing)? down|crackdown)\b/gi,
  ],
  // A regulator's fine: "fined", or "fines" before whom it fines ("fines Veltro"), not "paid fines".
  ['sanction', /\b(?:fined|fines(?= [A-Z]))\b/g],
  [
    'agreement',
    /\b(?:sign(?:s|ed|ing)?|agreements?|accords?|memorand(?:um|a)|deals?|treat(?:y|ies)|pacts?|agreed)\b/gi,
  ],
  // A vote welcomed ("The African Union welcomed the vote") is a statement on a vote told before.
  [
    'election',
    new RegExp(
      `\\b(?:elections?|(?<!\\bwelcom(?:ed|es)\\s+(?:the|this|that|its|their)\\s+(?:[\\w-]+\\s+)?)vot(?:e|es|ed|ing)(?!${ON_A_MEASURE})|ballots?|referend(?:um|ums|a)|(?:re-)?elected|primar(?:y|ies)|polls?|won\\s+(?:\\d+|a\\s+majority|the\\s+most)(?=\\s+(?:of\\s+the\\s+)?(?:\\d+\\s+)?seats))\\b`,
      'gi',
    ),
  ],
  // A body's vote on a measure ("voted to open", "will vote on the contract") decides; it elects
  // no one.
  ['other', new RegExp(`\\bvot(?:e|es|ed|ing)(?=${ON_A_MEASURE})`, 'gi')],
  [
    'meeting',
    /\b(?:met|meet(?:s|ing|ings)?|summits?|host(?:s|ed|ing)?|(?<!(?:news|press) )conferences?|engagements?|phone call|call(?:ed)? with|contacted|ceremony|2\+2)\b/gi,
  ],
  // Whom someone received is a meeting ("received the Chinese foreign minister", "received
  // Lula"); what, another happening ("received more than half of the bonds"). Case-sensitive,
  // for the name's capital.
  ['meeting', new RegExp(`\\breceived(?=${RECEIVED_WHOM})`, 'g')],
  ['other', new RegExp(`\\breceived(?!${RECEIVED_WHOM})`, 'g')],
  [
    'talks',
    /\b(?:talks|dialogue|sp(?:oke|eaks?) (?:by phone )?with|consultations?|negotiat(?:e|es|ed|ing|ions?)|discuss(?:es|ed|ing|ions?)?)\b/gi,
  ],
  [
    'visit',
    /\b(?:visit(?:s|ed|ing)?|travel(?:s|ed|led|ing|ling)?|trips?|tours?|arriv(?:e|es|ed|ing|al)|head(?:s|ed|ing)? (?:to|for)|embark(?:s|ed|ing)?|depart(?:s|ed|ing|ure)|fl(?:ew|ies|y) to|returned)\b/gi,
  ],
  [
    'other',
    /\b(?:collaps(?:e|ed|es)|crash(?:ed|es)?|stampedes?|earthquakes?|floods?|fires? broke out|caught fire|derail(?:ed|ment)|rescu(?:e|ed|es)|evacuat(?:e|ed|es|ion)|arrest(?:s|ed)?|charged|convicted|sentenced|indicted|resign(?:s|ed)|appoint(?:s|ed)?|proclamation|executive order|decree|nominated|sworn in|launch(?:es|ed)?|unveil(?:s|ed)|releas(?:e|es|ed)|deliver(?:s|ed|y|ies)?|shipped|open(?:s|ed)|clos(?:es|ed)|began|begins|started|ended|(?:rose|fell|jumped|dropped|plunged|surged|climbed|slid|slumped|soared|tumbled|rallied|gained|slipped|dipped|sank|eased|rebounded|edged (?:up|down|higher|lower)|declined(?! to))|acquir(?:e|es|ed)|merg(?:e|es|ed)|bought|sold|filed|approv(?:e|es|ed)|passed|adopted|ordered|issued an order|declared(?!\s+(?:that\b|["“]))|promoted|protest(?:s|ed)?|strike|stoppages?|walk(?:ed|s)? out|walkouts?|died|killed|wounded|injured|t(?:ook|akes?) place|celebrat(?:e|es|ed)|commemorat(?:e|es|ed))\b/gi,
  ],
  // A force of nature that strikes ("A storm ... hit the Brittany coast", "Hurricane Lena made
  // landfall"): the verb after it, which alone says nothing ("shares hit a record").
  [
    'other',
    /(?<=\b(?:storms?|hurricanes?|cyclones?|typhoons?|tornado(?:e?s)?|blizzards?|snowstorms?|gales?|tsunamis?|wildfires?|bushfires?|floods?|earthquakes?|quakes?)\b[^.;!?]{0,80}?)\b(?:hit|struck|swept|battered|lashed|pounded|ravaged|slammed|tore (?:through|across|into)|made landfall)\b/gi,
  ],
  // A currency that weakens or strengthens ("The peso weakened 1.1 percent"), not demand or a
  // storm (the currency looked for behind the verb only: a lookbehind first is tried everywhere).
  [
    'other',
    new RegExp(`\\b(?:weakened|strengthened)\\b(?<=\\b(?:${CURRENCIES})\\b[^.;!?]{1,52})`, 'gi'),
  ],
  // A decision on a rate, a price or jobs ("cut its benchmark rate", "raised fares", "cut 400
  // jobs"): the verb, which alone says nothing ("cut the ribbon", "raised concerns").
  [
    'other',
    /\b(?:cut|raised|lowered|hiked|increased|reduced|slashed)(?=\s+(?:(?:its|their|the|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:rates?|jobs|dividends?|prices|fares|output|production|forecasts?|outlook|tax(?:es)?|tariffs?)\b)|\b(?:held|kept|left)(?=\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?rates?\b)/gi,
  ],
  // Aid and forces sent ("sent four Canadair aircraft", "sent a rescue team of 30"): a
  // delivery; "sent" alone says nothing ("sent a letter", "sent shivers").
  [
    'other',
    /\b(?:sent|sends|dispatched)(?!\s+(?:to|back|home|off|out)\b)(?=\s+(?:[\w-]+\s+){0,3}?(?:aircraft|planes?|helicopters?|troops|soldiers|teams?|ships?|vessels?|aid|supplies|delegations?|observers|firefighters|doctors|medics|experts|rescuers|engineers|equipment|tonnes|tons)\b)/gi,
  ],
  // A body's word on a decision ("welcomed the ruling", "welcomed the agreement"), not a host's
  // welcome ("welcomed guests").
  [
    'statement',
    /\bwelcom(?:ed|es)(?=\s+(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:decision|ruling|verdict|judg(?:e)?ment|agreement|deal|move|announcement|plan|news|step|result|outcome|law|bill|ban|ceasefire|truce|release|report|vote)\b)/gi,
  ],
  // Help offered after a disaster or in a crisis ("Japan offered to send a rescue team",
  // "Spain and France offered help"), not a price or a job offered ("offered $5 a share").
  [
    'other',
    /\boffer(?:ed|s)(?=\s+(?:to\s+(?:send|help|provide|mediate|host|deploy)|(?:its\s+|their\s+)?(?:help|aid|assistance|support|condolences|rescuers|rescue teams?))\b)/gi,
  ],
  // A result in sport: "Benfica beat Famalicao 2-0", "Claes won the stage", "Wanjiru won in
  // 2:21:05", "Whaanga scored an unbeaten 112"; not "beat expectations", "won support", nor
  // "came from two goals down to beat" (the comeback is the news) or a season's "scored 19 goals".
  [
    'other',
    /(?<!\bto\s+)\b(?:beat|defeated)(?=\s+(?:[\p{Lu}][\p{L}.'-]*\s+){1,3}\d+\s*[-–]\s*\d+\b)|\bwon(?=\s+(?:the\s+(?:[\p{L}-]+\s+)?(?:stage|race|title|final|match|game|tournament|championship|cup|trophy|medal|marathon|sprint)|in\s+\d+:\d\d|(?:a|the)\s+(?:gold|silver|bronze)\b))|\bscored(?=\s+(?:an?\s+)?unbeaten\s+\d+\b)/giu,
  ],
  [
    'statement',
    /\b(?:said|says|say|announc(?:e|es|ed|ing|ement)|statements?|remarks|told|stated|declared|tweeted|warned|urged|called (?:for|on)|threaten(?:s|ed)|condemn(?:s|ed)|pledged|vowed|demanded|claimed responsibility|congratulat(?:e|es|ed|ions)|condolences|(?:press|news) conference|briefing|reject(?:s|ed))\b/gi,
  ],
];

/**
 * Statement words that report words only, and a conversation ("Wikinews spoke with a
 * cosplayer"): an event with a date, not without one.
 */
const WEAK = /^(?:said|says|say|told|remarks|briefing|sp(?:oke|eaks?) (?:by phone )?with)$/i;

/**
 * What kills without anyone attacking: "Avalanches killed three skiers", "the earthquake, which
 * killed 40 people". A killing beside one of these is a disaster (`other`), not an attack.
 */
const DISASTER =
  /\b(?:avalanches?|earthquakes?|quakes?|aftershocks?|tremors?|floods?|flooding|flash floods?|landslides?|mudslides?|storms?|hurricanes?|cyclones?|typhoons?|tornado(?:e?s)?|blizzards?|snowstorms?|heatwaves?|heat waves?|wildfires?|bushfires?|forest fires?|lightning|tsunamis?|eruptions?|volcano(?:e?s)?|droughts?|crash(?:es|ed)?|collisions?|derailments?|accidents?|outbreaks?|epidemics?|pandemic)\b/i;

/** Every trigger word in text[from, to), in text order. */
export function findTriggers(text: string, from = 0, to = text.length): Trigger[] {
  const slice = text.slice(from, to);
  const found: Trigger[] = [];
  for (const [type, pattern] of TRIGGERS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
      const start = from + m.index;
      if (found.some((t) => t.start < start + m![0].length && start < t.end)) continue;
      if (!isEventWord(text, start, m[0])) continue;
      found.push({
        start,
        end: start + m[0].length,
        text: m[0],
        type: type === 'attack' && /^kill/i.test(m[0]) && DISASTER.test(slice) ? 'other' : type,
        ...(WEAK.test(m[0]) &&
          !madeAsStatement(text, start, start + m[0].length) && { weak: true }),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The channel of words said as a statement: "said in an email", "said in a television interview". */
const CHANNEL =
  /^\s+(?:(?:on|late on|early on)\s+\p{Lu}\p{Ll}+\s+)?(?:in|via|through)\s+(?:an?|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:e-?mail|statement|interview|letter|post|video|speech|address|message|press release|news release|filing|blog post|broadcast)\b/iu;
/** Whom words are told as a statement: the press, or an outlet ("told Reuters", "told the BBC"). */
const AUDIENCE =
  /^\s+(?:reporters|journalists|the press|an? (?:news|press) conference|(?:the\s+)?\p{Lu}[\p{L}.&-]*)(?!\s*[.:,]?\s*["“])(?=[\s,]+\p{L})/u;

const CLOSING_AUDIENCE =
  /^\s+(?:reporters|journalists|the press)(?:\s+(?:in|at|on)\s+[^,.;"“”]{1,40})?\s*\.(?:\s|$)/;

/**
 * A "said" or "told" that makes a statement as one, with no date needed: through a channel
 * ("Kestrel Shipping said in an email the crew were safe") or to the press ("Aldous told the
 * BBC the company was sorry"), reporting what was said in its own words. A quotation's "said"
 * ('"We are safe," the company told reporters') stays words reported.
 */
function madeAsStatement(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 120);
  const channel = /^(?:said|says)$/i.test(text.slice(start, end))
    ? CHANNEL.test(after)
    : /^told$/i.test(text.slice(start, end)) && AUDIENCE.test(after);
  if (!channel) return false;
  const before = text.slice(Math.max(0, start - 300), start);
  // "The government will appeal ..., Oduor told reporters in Mombasa.": a closing tag reports
  // the words before it.
  if (CLOSING_AUDIENCE.test(after) && /,[^,;.]{1,60}$/.test(before)) return false;
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
  return !/["”“]/.test(sentence);
}

/** Words that only look like a trigger: part of a name, or "meet" a need. */
const NOT_A_MEETING =
  /^\s+(?:the\s+|their\s+|its\s+|our\s+|this\s+|these\s+|all\s+)?(?:[\w-]+\s+){0,2}(?:needs?|demands?|goals?|targets?|requirements?|standards?|obligations?|commitments?|deadlines?|expectations?|criteria)\b/i;

function isEventWord(text: string, start: number, word: string): boolean {
  // "Host Communities", "Summit for Democracy": a capital inside a sentence makes a name.
  const before = text.slice(Math.max(0, start - 4), start);
  if (/^\p{Lu}/u.test(word) && !/(?:^|[.!?]["”’)]*\s+|\n\s*|["“(—–-]\s*)$/u.test(before))
    return false;
  const after = text.slice(start + word.length, start + word.length + 60);
  if (/^meet/i.test(word) && NOT_A_MEETING.test(after)) return false;
  // "The rescued members included ...", "the injured passengers": a participle that describes a
  // noun after an article reports nothing of its own.
  return !(
    /^\p{Ll}+ed$/u.test(word) &&
    /\b(?:the|these|those|its|their|his|her|our)\s+$/i.test(
      text.slice(Math.max(0, start - 8), start),
    ) &&
    /^\s+(?!(?:by|in|on|at|to|for|from|with|after|before|during|and|or|was|were|is|are)\b)\p{Ll}{3,}/u.test(
      after,
    )
  );
}

/**
 * The trigger that gives an event its type: the first of a typed happening (meeting, attack…),
 * else the first other happening or pointed statement ("announced", "warned"), else "said".
 */
export function mainTrigger(triggers: Trigger[]): Trigger | null {
  return (
    triggers.find((t) => isStrongType(t.type)) ??
    triggers.find((t) => isHappening(t)) ??
    triggers[0] ??
    null
  );
}

/** Whether a type reports something that happened (a statement merely reports words). */
export function isStrongType(type: EventType): boolean {
  return type !== 'statement' && type !== 'other';
}

/** Whether a trigger reports a happening on its own, without a date: all but a plain "said". */
export function isHappening(trigger: Trigger): boolean {
  return trigger.weak !== true;
}

/**
 * Why a sentence reports no happening, whatever its words: a greeting or thanks, a question,
 * a press release's boilerplate, talk about the call or briefing itself ("As I mentioned", "let
 * me turn to", "I'll take questions"), or a hypothetical. Null when none of these.
 */
export function nonEventReason(sentence: string): string | null {
  const s = sentence.trim();
  if (/\?["”’')\]]*$/.test(s)) return 'question';
  if (GREETING.test(s) || PLEASANTRY.test(s)) return 'greeting';
  if (BOILERPLATE.test(s) || CITATION.test(s)) return 'boilerplate';
  if (CALL_TALK.test(s) || RECAP.test(s) || TURN_TAKING.test(s)) return 'meta';
  if (HYPOTHETICAL.test(s)) return 'hypothetical';
  return null;
}

const GREETING =
  /^(?:["“]?(?:thank(?:s| you)|good (?:morning|afternoon|evening)|hello|hi|welcome|greetings|congratulations|let me (?:start|begin) by|i (?:want|would like|'d like) to (?:thank|welcome|start)|it(?:'s| is) (?:a|an|my) (?:great )?(?:pleasure|honor|honour|privilege)))\b/i;
const PLEASANTRY =
  /\b(?:(?:nice|good|great|glad|happy|pleased|wonderful|delighted) to (?:be|see|have|meet|welcome) (?:you|with you|here|all of you|everyone)|(?:pleased|glad|happy|delighted|honou?red|thrilled) to have (?:[\p{L}’'.-]+ ){0,6}(?:with us|here|on the line|joining)|appreciate the (?:opportunity|chance)|(?:we|i)(?:['’](?:re|m)| are| am)? (?:joined|pleased to be joined) (?:today |here |now |this (?:morning|afternoon) )?by|joining us (?:today|now|here)|with us (?:today|now|here) (?:is|are)|thank you (?:all|so much|very much|for)|thanks (?:for|so much|very much|again)|(?:i )?appreciate (?:everyone|you|your (?:time|patience))|(?:i|we) (?:look forward|am grateful|are grateful)|you(?:['’]re| are) (?:all )?here|(?:i|we) (?:(?:very much|really|greatly|truly|deeply|so much) )+appreciate)\b/iu;
const BOILERPLATE =
  /^(?:#{2,}|-{2,}|\*{3}|[-–—]?\s*end\s*[-–—]?$|for (?:further|more) information|for immediate release|media (?:contact|inquiries)|contact:|follow (?:us|the)|read more|subscribe|please (?:contact|visit|see|direct)|click here|copyright|all rights reserved|this (?:readout|statement|release) (?:is|was)|(?:the )?(?:u\.s\. )?department of state (?:is|will be) (?:closed|available)|related (?:links|articles))/i;
/** How a call or a briefing is run: turns, questions, the rules of attribution. */
const CALL_TALK =
  /\b(?:the line of|(?:next|final|last|one more|a couple(?: of)?|a few) questions?|time for (?:a |one |just )?(?:final |last |few |couple (?:of )?|more )?questions?|(?:take|taking|answer|answering) (?:a few |some |your |any |a couple (?:of )?|more )?questions|open (?:it|the (?:call|floor|lines?)) (?:up )?(?:to|for)|go ahead|can you hear me|on the record|on background|embargoed|opening remarks|the instructions|(?:share|tell|give|walk|update|brief|remind) (?:with )?(?:you|everyone|everybody|all of you)\b|refer (?:you|everyone|everybody)(?: back)? to|concludes? (?:today['’]s |this |the |our )?(?:briefing|call|press conference))\b/i;
/** "As I mentioned previously, ...": the speaker recalls what the text said before. */
const RECAP =
  /^["“]?(?:(?:look|so|and|but|again|now|well|yes|no),?\s+)*as (?:i|we) (?:have |had |just |already )?(?:mentioned|said|noted|indicated|stated|discussed|explained|outlined)\b/i;
/** "With that, I will turn it over to ...", "Let's go to ...", "I'll stop there". */
const TURN_TAKING =
  /^["“]?(?:(?:so|and|now|okay|ok|well|great|terrific|all right|with that),?\s+)*(?:let me|let['’]s|i['’]ll|i will|i would like to|i['’]d like to|we['’]ll|we will) (?:turn|hand|pass|go (?:to|next|ahead)|move (?:on|to)|start with|begin with|conclude|open|close|pause|stop)\b/i;
/** A cited headline: '"MP calls for probe" — Edmonton Sun, August 16, 2008'. */
const CITATION = /^["“][^"”]+["”]\s*[—–-]+\s*[^"”]{1,80}\b\d{4}\.?$/;
/**
 * Conditionals and hypotheticals: "If the talks fail, ...", "Had it happened an hour later,
 * ...", "... could have been worse", "... may have left the boat on purpose"; not what a thing
 * struck down "would have" done ("overturned a law that would have taxed mobile payments").
 */
const HYPOTHETICAL =
  /^["“]?(?:if|had|should|were|unless|suppose|imagine|whether)\b|\b(?<!\b(?:that|which) )(?:would|could|might|may|should|must) (?:have|not have)\b|\b(?:may|might|could) (?:be|become|lead|happen|take|result)\b/i;
