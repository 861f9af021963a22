import type { RecognizedMention } from './entity-recognizer.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * A name read as a person's whose last word says what kind of thing it names: a place
 * ("Kielder Forest", "Severn Valley") or a body ("Kolmården Zoo", "Shawlands Academy",
 * "Arranmore Ferries"). A family name is seldom such a word; those that are ("Park", "Lake",
 * "Bay", "West", "Price", "Hall") are left out, but for a name of three words or more ("the Ross
 * Moore Lake fire"), seldom a person's (docs/EVAL.md, "Fourteenth pass").
 */

/** Last words of places' names that no common family name shares. */
const PLACE_TAIL =
  /^(?:Forest|Island|Islands|Strait|Ocean|Gulf|River|Canal|Coast|Peninsula|Valley|Desert|Basin|Delta|Plain|Plateau|Highlands|Heights|Harbour|Harbor|Creek|Airport|Mountains|Square|Street|Road|Avenue|County|District|Province|Estuary)$/u;

/** Last words of places' names that family names share: a place only after two name words. */
const LONG_PLACE_TAIL = /^(?:Lake|Bay|Mountain|Hill|Point|Park|Beach|Island)$/u;

/** Last words of bodies' names that no common family name shares. */
const BODY_TAIL =
  /^(?:Zoo|Academy|Observatory|Institute|Laboratory|Laboratories|University|College|Hospital|Museum|Library|School|Ferries|Airways|Airlines|Railways|Council|Commission|Ministry|Agency|Authority|Trust|Foundation|Association|Federation|Society|Union|Club|Orchestra|Theatre|Theater|Gallery|Festival|Party)$/u;

export function withKindTails(text: string, mentions: RecognizedMention[]): RecognizedMention[] {
  return mentions.map((m) => {
    if (m.type !== 'person') return m;
    const words = text.slice(m.start, m.end).split(/\s+/u);
    if (words.length < 2) return m;
    const last = words.at(-1)!;
    // "Judge Helen Marsh": after a given name, a family name, whatever else it may end.
    const given = words.length === 2 && wordKind(words[0]!) === 'first-name';
    if ((PLACE_TAIL.test(last) && !given) || (words.length >= 3 && LONG_PLACE_TAIL.test(last)))
      return { ...m, type: 'location' as const };
    if (BODY_TAIL.test(last)) return { ...m, type: 'organization' as const };
    return m;
  });
}
