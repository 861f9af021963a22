import type { RecognizedMention } from './entity-recognizer.ts';

/**
 * Names that open the name of a festival, a prize, a cup or a tournament: "Cannes Film" of "the
 * Cannes Film Festival", "Booker" of "the Booker Prize", "Indian Wells" of "the Indian Wells
 * Open", "Commonwealth" of "the Commonwealth Games". Events and awards are no entities, nor the
 * names inside them, as in CoNLL and OntoNotes (MISC, EVENT) and the lead's gold
 * (data/news-gold/README.md), so the words read there are dropped (branches ner15, persons20).
 */
const EVENT_AFTER =
  /^(?:\s(?:Film|Music|Arts|Book|Jazz|Literary|Song))?[\s-](?:Festival|Prize|Prizes|Award|Awards|Cup|Biennale|Open(?![\s-]\p{Lu})|(?:Olympic|Paralympic|Commonwealth|Asian|Pan American|African|European|Winter|Summer|Youth)\sGames)\b/u;

/**
 * A whole event's or award's name read as an entity: "gave its Grand Prix to", "the FA Cup",
 * "the Mexican Open", "the Tour de France"; a leagues stays a body.
 */
const EVENT_NAME =
  /(?:\s(?:Festival|Prix|Prize|Award|Awards|Biennale|Cup|Open|Championships?|Olympics|Paralympics)|^(?:Olympics|Paralympics|Tour de France|Giro d'Italia|Giro d’Italia|Vuelta a España|Roland Garros))$/u;

/** What a race named after its country opens on: "France" of "the Tour de France". */
const RACE_BEFORE = /(?:Tour de|Giro d['’]|Vuelta a|Tour of)\s?$/u;

/** A tournament named by its place, before what is won there: "his third Wimbledon title". */
const TOURNAMENT_WON = /^\s(?:title|titles|final|semi-final|crown|champion|trophy)\b/u;

export function withoutEventNameWords(
  text: string,
  mentions: RecognizedMention[],
): RecognizedMention[] {
  return mentions.filter(
    (m) =>
      !EVENT_AFTER.test(text.slice(m.end, m.end + 24)) &&
      !EVENT_NAME.test(text.slice(m.start, m.end)) &&
      !RACE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) &&
      !(m.type === 'person' && TOURNAMENT_WON.test(text.slice(m.end, m.end + 12))),
  );
}
