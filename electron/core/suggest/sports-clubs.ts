import type { RecognizedMention } from './entity-recognizer.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * Clubs in sports news, which names them after their city ("Lyon had rejected two offers",
 * "Monaco travel to Lille") or by a name whose form is a club's ("Sporting Braga", "RC Lens"),
 * and the leagues they play in ("Ligue 1"). Used by organization-cues.ts; each cue is a class of
 * sports writing, not a list of clubs (docs/EVAL.md, "Tenth pass").
 */

const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western)$/u;

/** Words a sports story uses; three of them, or two and a score, make a text one. */
const SPORTS_WORDS =
  /\b(?:goals?|scored|striker|goalkeeper|midfielder|defender|winger|fly-half|scrum-half|flanker|league|half-time|penalty|penalties|kick-off|fixture|stadium|relegation|promotion|derby|title|coach|season|semi-finals?|quarter-finals?|transfer|signing|squad|tries|club|wickets?|innings|captain|championship|unbeaten)\b/giu;
const SCORE = /(?<![\d.,:/-])\d{1,2}-\d{1,2}(?![\d.,:/-])/u;

/** Whether a text reports on sport: a match, a season or a transfer. */
export function isSportsStory(text: string): boolean {
  const words = new Set([...text.matchAll(SPORTS_WORDS)].map((m) => m[0].toLowerCase()));
  return words.size >= 3 || (words.size >= 2 && SCORE.test(text));
}

/**
 * A name, as organization-cues.ts reads one: capitalized words joined inside by "&", "of",
 * "de" or "for".
 */
const WORD = String.raw`\p{Lu}(?:[\p{L}\p{N}&'’!-]|\.(?=[\p{L}\p{N}]))*`;
const NAME = String.raw`${WORD}(?:[ \t](?:(?:&|of|de|for)[ \t])?${WORD})*`;

/**
 * A club before the word for one of its people, its result or what it does in a season:
 * "Bremen goalkeeper Michael Zetterer", "Lyon had rejected two earlier offers", "Monaco travel
 * to Lille", "Toulouse will meet Northampton", "Benfica have agreed to sell" (a club takes a
 * plural verb, a person never).
 */
const CLUB_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(${NAME})(?=\s(?:goalkeeper|keeper|striker|midfielder|defender|forward|winger|captain|manager|coach|boss|fans|supporters|players?|squad)\b|\s\d{1,2}-\d{1,2}\b|\s(?:(?:will|had|have|has)\s)?(?:beat|drew|lost|won|host|hosted|travel|face|faced|meet|met|reached|rejected|bought|sold|drop|dropped|edge|edged|stay\stop|stayed\stop|have\s(?:agreed|confirmed|signed|completed|accepted)|moved\sup|are\s(?:\w+\s)?points)\b)`,
  'dgu',
);

/**
 * A club after what it did or had done to it, or where a player came from or went to ("paid
 * Benfica 127 million euros", "an offer from Chelsea", "talks that involved Paris Saint-Germain",
 * "bought Neymar from Santos"): "a 2-0
 * win over Werder Bremen", "face Atalanta", "drew 1-1 at Nice", "a 2-1 defeat at Dunmore", "signed from Rennes", "joined
 * Lyon", "helped Lyon reach".
 */
const CLUB_AFTER = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?:paid|beat|beating|defeated|win\sover|victory\sover|defeat\s(?:to|by)|loss\sto|lost\sto|draw\s(?:with|against)|drew\swith|against|face|faces|facing|hosts?|hosting|travel\sto|leaders|joined|helped|(?:offer|bid|approach)s?\sfrom|involved|\d{1,2}-\d{1,2}\s(?:(?:defeat|win|victory|loss|draw)\s)?(?:at\shome\sto|at|to|by|over|against)|(?:sign(?:ed|ing|s)?|join(?:ed|ing|s)?|transfer(?:red)?|move[sd]?|b(?:ought|uy|uys|uying)|s(?:old|ell|ells|elling))\b[^.\n]{0,60}?\sfrom)\s(${NAME})`,
  'dgu',
);

/**
 * Names whose form is a club's or a league's: a first word that clubs take ("Sporting Braga",
 * "Real Madrid", "Racing Oporto", "Olympique de Marseille", "RC Lens"; not "Stade", which stadiums take too) or a last word that
 * they take ("Northampton Saints", "Ashby Town"), and leagues ("Ligue 1", "Serie A") with the
 * names they open ("Premier League Managers Association").
 */
const CLUB_FIRST =
  /^(?:Real|Sporting|Racing|Olympique|Olympiacos|Atletico|Athletic|Dynamo|Dinamo|Lokomotiv|Spartak|Borussia|Eintracht|Hertha|Fortuna|RC|AS|OGC|FC|AFC|SC|SV|VfB|VfL|AC|SSC|RCD|CD|UD)$/u;
const CLUB_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?:(?:${CLUB_FIRST.source.slice(1, -1)})\s${NAME}|${NAME}\s(?:FC|AFC|United|City|Town|Athletic|County|Rovers|Wanderers|Albion|Saints|Hotspur|Rangers)|(?:Ligue\s[12]|Serie\s[AB]|La\sLiga|Bundesliga|Eredivisie|Primeira\sLiga|Super\sLig|Premiership|Top\s14|Champions\sCup|Premier\sLeague|Champions\sLeague|Europa\sLeague|Conference\sLeague)(?:\s${WORD})*)(?![\p{L}\p{N}])`,
  'dgu',
);

/**
 * The spans of the names a sports story's words make clubs; none outside sport. `whole`: a
 * club's or league's name by its form, to be taken as it stands ("Premier League" opens with a
 * title word).
 */
export function clubCues(
  text: string,
): { start: number; end: number; name: string; whole: boolean }[] {
  if (!isSportsStory(text)) return [];
  const found: { start: number; end: number; name: string; whole: boolean }[] = [];
  for (const pattern of [CLUB_BEFORE, CLUB_AFTER]) {
    for (const match of text.matchAll(pattern)) {
      let [start] = match.indices![1]!;
      let name = match[1]!;
      // "Leaders Nantes drew": a common word that opens the sentence is no part of the club.
      for (let word = /^(\S+)\s/u.exec(name); word !== null; word = /^(\S+)\s/u.exec(name)) {
        const kind = wordKind(word[1]!);
        // "North Harbour drew": a compass word opens a club's name as it opens a place's.
        if (CLUB_FIRST.test(word[1]!) || COMPASS.test(word[1]!)) break;
        if (kind !== 'common' && kind !== 'function') break;
        start += word[0].length;
        name = name.slice(word[0].length);
      }
      found.push({ start, end: start + name.length, name, whole: false });
    }
  }
  for (const match of text.matchAll(CLUB_NAME)) {
    // "Leinster Saints" yes, "In City" no: a name's last word alone after a common word is none.
    const first = match[0].split(/\s/u)[0]!;
    if (wordKind(first) === 'function') continue;
    const end = match.index + match[0].length;
    found.push({ start: match.index, end, name: match[0], whole: true });
  }
  return found;
}

/** Words before a club's first word that make it its town's name. */
const IN_TOWN = /(?<![\p{L}\p{N}])(?:in|near|outside)\s$/u;

/** Whether the word at `start` is a club's town: "fans who live in Kelmore". */
export function namesClubTown(text: string, start: number): boolean {
  return IN_TOWN.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * In a sports story, a club named in full once ("Bayern Munich", "Bayer Leverkusen") is the
 * word of its name that stands alone elsewhere ("Bayern, who lost", "Leverkusen now face"),
 * where nothing, a place or a person was read there; after "in" it is the town.
 */
export function withClubShortNames(
  text: string,
  mentions: RecognizedMention[],
): RecognizedMention[] {
  const words = new Set<string>();
  for (const m of mentions) {
    const name = text.slice(m.start, m.end);
    if (m.type !== 'organization' || !/\s/u.test(name)) continue;
    for (const word of name.split(/\s+/u)) {
      const kind = wordKind(word);
      if (/^\p{Lu}\p{Ll}{2,}$/u.test(word) && kind !== 'common' && kind !== 'function')
        words.add(word);
    }
  }
  let out = mentions;
  for (const word of words) {
    for (const match of text.matchAll(
      new RegExp(`(?<![\\p{L}\\p{N}'’.-])${word}(?![\\p{L}\\p{N}-])`, 'gu'),
    )) {
      const span = { start: match.index, end: match.index + word.length };
      // "Bayern Munich" again: the word inside a longer name is no short name.
      if (/^\s\p{Lu}/u.test(text.slice(span.end, span.end + 2))) continue;
      if (/\p{Lu}[\p{L}]*\s$/u.test(text.slice(Math.max(0, span.start - 20), span.start))) continue;
      const inside = out.filter((m) => span.start < m.end && m.start < span.end);
      // "fans who live in Kelmore": the town, not the club.
      const town = namesClubTown(text, span.start);
      if (inside.length === 0)
        out = [
          ...out,
          {
            ...span,
            type: town ? 'location' : 'organization',
            origin: 'rule:sports-club' as const,
          },
        ];
      else if (town) {
        const [read] = inside;
        if (inside.length === 1 && read!.start === span.start && read!.end === span.end)
          out = out.map((m) => (m === read ? { ...m, type: 'location' as const } : m));
        continue;
      } else if (
        inside.length === 1 &&
        inside[0]!.type !== 'organization' &&
        inside[0]!.start === span.start &&
        inside[0]!.end === span.end
      )
        out = out.map((m) => (m === inside[0] ? { ...m, type: 'organization' as const } : m));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A player's or a coach's position, between the club's name and theirs. */
const CLUB_ROLE =
  /^(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)*)\s(?:goalkeeper|keeper|striker|midfielder|defender|forward|winger|captain|coach|manager|fly-half|scrum-half|flanker|wing|prop|hooker|full-back)\s(\p{Lu}.*)$/u;

/**
 * In a sports story, a person read over the club before their position ("Lens defender Kevin
 * Dubois") is the club and the person, apart.
 */
export function withClubsApartFromPlayers(
  text: string,
  mentions: RecognizedMention[],
): RecognizedMention[] {
  if (!mentions.some((m) => m.type === 'person' && CLUB_ROLE.test(text.slice(m.start, m.end))))
    return mentions;
  if (!isSportsStory(text)) return mentions;
  return mentions.flatMap((m) => {
    const parts = m.type === 'person' ? CLUB_ROLE.exec(text.slice(m.start, m.end)) : null;
    if (parts === null) return [m];
    const club = { start: m.start, end: m.start + parts[1]!.length };
    const person = { start: m.end - parts[2]!.length, end: m.end };
    return [
      { ...m, ...club, type: 'organization' as const },
      { ...m, ...person },
    ];
  });
}
