import type { RecognizedMention } from './entity-recognizer.ts';

/**
 * Names that open the name of a festival, a prize or a cup: "Cannes Film" of "the Cannes Film
 * Festival", "Booker" of "the Booker Prize", or the whole name ("its Grand Prix"). Events and awards are no entities, nor the names
 * inside them (data/news-gold/README.md), so the words read there are dropped (branch ner15).
 */
const EVENT_AFTER =
  /^(?:\s(?:Film|Music|Arts|Book|Jazz|Literary|Song))?[\s-](?:Festival|Prize|Prizes|Award|Awards|Cup|Biennale)\b/u;

/**
 * A whole festival's or award's name read as an entity: "gave its Grand Prix to" (a cup is a
 * competition, which the gold files count as a body, as leagues).
 */
const EVENT_NAME = /\s(?:Festival|Prix|Prize|Award|Awards|Biennale)$/u;

export function withoutEventNameWords(
  text: string,
  mentions: RecognizedMention[],
): RecognizedMention[] {
  return mentions.filter(
    (m) =>
      !EVENT_AFTER.test(text.slice(m.end, m.end + 24)) &&
      !EVENT_NAME.test(text.slice(m.start, m.end)),
  );
}
