import type { RecognizedMention } from './entity-recognizer.ts';
import { getGazetteer } from './gazetteer.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * A place's name run on into the words of a name that is no place: "Japan Alliance" of
 * "U.S.-Japan Alliance", "Algeria Strategic Dialogue" of "U.S.-Algeria Strategic Dialogue".
 */

/** Newspapers read as places ("The Washington Post"). */
export const NEWSPAPER_WORD =
  /^(?:Post|Times|Journal|Herald|Tribune|Gazette|Telegraph|Chronicle)$/u;

/** Words that end a place's own name after another place's ("Mexico City", "Korea Strait"). */
export const PLACE_NAME_TAIL =
  /^(?:City|Town|State|County|District|Province|Region|Territory|Island|Islands|Strait|Sea|Ocean|Gulf|Bay|River|Lake|Canal|Coast|Peninsula|Valley|Desert|Basin|Delta|Plain|Plateau|Highlands|Falls|Heights|Hills|Springs|Beach|Harbor|Harbour|Point|Park|Creek|Forest|Airport|Station|Bridge|Dam|Port|Mountains?|Square|Street|Road|Strip|States|North|South|East|West|Northwest|Northeast|Southwest|Southeast)$/u;

/**
 * A place run on into the common words of a name that is no place ("Japan Alliance" of
 * "U.S.-Japan Alliance"): the place alone.
 */
export function withoutCommonTail(text: string, mention: RecognizedMention): RecognizedMention {
  // "Kurdistan Regional" of "Kurdistan Regional Government": a body's name goes on.
  if (mention.type !== 'location' || /^\s+\p{Lu}/u.test(text.slice(mention.end, mention.end + 3)))
    return mention;
  const words = [...text.slice(mention.start, mention.end).matchAll(/\S+/gu)];
  for (let kept = words.length - 1; kept >= 1; kept -= 1) {
    const tail = words.slice(kept).map((w) => w[0]);
    if (
      !tail.every(
        (w) =>
          /^\p{Lu}\p{Ll}+$/u.test(w) &&
          wordKind(w) === 'common' &&
          !PLACE_NAME_TAIL.test(w) &&
          !NEWSPAPER_WORD.test(w),
      )
    )
      return mention;
    const last = words[kept - 1]!;
    const place = text.slice(mention.start, mention.start + last.index + last[0].length);
    if (getGazetteer().get(place.toLowerCase())?.type === 'location')
      return { ...mention, end: mention.start + last.index + last[0].length };
  }
  return mention;
}

/** The kind and word of a meeting named for its parties: "Strategic Dialogue", "Economic Talks". */
const MEETING_TAIL =
  /(?: (?:Strategic|Economic|Security|Political|High-Level|Bilateral|Trade|Energy|Defense|Defence|Policy|Partnership|Investment|Commercial))* (?:Dialogue|Talks|Consultations?)$/u;

/**
 * A place run on into the meeting it names ("Algeria Strategic Dialogue" of "U.S.-Algeria
 * Strategic Dialogue"), whose words the lexicon may not know: the place alone.
 */
export function withoutMeeting(text: string, mention: RecognizedMention): RecognizedMention {
  if (mention.type !== 'location') return mention;
  const meeting = MEETING_TAIL.exec(text.slice(mention.start, mention.end));
  if (meeting === null || meeting.index === 0) return mention;
  const place = text.slice(mention.start, mention.start + meeting.index);
  return getGazetteer().get(place.toLowerCase())?.type === 'location'
    ? { ...mention, end: mention.start + meeting.index }
    : mention;
}
