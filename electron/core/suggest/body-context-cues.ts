import type { RecognizedMention } from './entity-recognizer.ts';
import { escapeRegExp } from '../regexp-escape.ts';

/**
 * Bodies named alone, without a legal form or a trade, that the words after them give away
 * (docs/EVAL.md, "Fourteenth pass"): a job and a person's name after the body ("Transnet
 * spokeswoman Ayanda Ndlovu", "Jefferies analyst Amit Rao"), a relative clause that a person
 * would not take ("Vattenfall, which runs hydropower dams"), and a unit named after its parent's
 * possessive ("NASA's Jet Propulsion Laboratory").
 */

/** Jobs held at a body, written after its name and before the holder's: "Satawu leader X". */
const JOBS =
  'chief executive|chief financial officer|chief operating officer|chief economist|chief|spokes(?:man|woman|person)|analyst|economist|strategist|leader|partner|head coach|coach|manager|chairman|chairwoman|chair|president|managing director|director|general counsel|founder|co-founder|owner|boss';

/** Kinds of body that no cue makes a name: "Council leader Tom Hargreaves". */
const GENERIC_BODY =
  'Council|Union|Group|Company|Board|Committee|Party|Ministry|Department|Agency|Commission|Cabinet|Parliament|Government|Club|Team|Opposition|State|Church|Court';

/** What a body does in a relative clause after its name: "Viterra, which runs". */
const BODY_DEEDS =
  'runs|ran|owns|owned|operates|operated|flies|makes|sells|employs|represents|organi[sz]ed|publishes|builds|supplies|was bought|was founded|was set up';

/** The last word of a unit's name: "Jet Propulsion Laboratory", "Serious Fraud Office". */
const UNIT_WORD =
  'Laboratory|Laboratories|Institute|Center|Centre|Observatory|Office|Agency|Bureau|Division|Unit|Directorate|Command|Service|School|College|Museum|Library|Academy|Foundation';

/**
 * The last word of a body's name whatever opens it: "European Southern Observatory", "the
 * Metropolitan Opera" (a company that performs, not the house it plays in).
 */
const LAST_WORD =
  'Observatory|Institute|Survey|Laboratory|Laboratories|Agency|Authority|Commission|Foundation|Federation|Association|Society|Opera|Ballet|Orchestra|Philharmonic';

/**
 * The patterns, over `name` (organization-cues.ts's name of capitalized words): `job` ones name
 * a body unless it is a known place or a common word ("Council leader Tom Hargreaves"), `unit`
 * and `byLastWord` ones (over `word`, one capitalized word) name one whatever was read inside.
 */
export function bodyContextPatterns(
  name: string,
  word: string,
): { job: RegExp[]; unit: RegExp; byLastWord: RegExp } {
  return {
    // Capitalized words that end in the kind of body they name, with the place or people "of"
    // it may add: "European Southern Observatory", "Fisheries Survey of India".
    byLastWord: new RegExp(
      String.raw`(?<![\p{L}\p{N}'’-])(${word}(?:\s${word})*\s(?:${LAST_WORD})(?:\sof\s(?:the\s)?${word}(?:\s${word})*)?)(?![\p{L}\p{N}])`,
      'dgu',
    ),
    job: [
      new RegExp(
        String.raw`(?<![\p{L}\p{N}'’-])(?!(?:${GENERIC_BODY})\s)(${name})\s(?:${JOBS}),?\s(?=\p{Lu}[\p{L}'’-]+\s\p{Lu})`,
        'dgu',
      ),
      new RegExp(
        String.raw`(?<![\p{L}\p{N}'’-])(${name}),\swhich\s(?:${BODY_DEEDS})(?![\p{L}\p{N}])`,
        'dgu',
      ),
    ],
    unit: new RegExp(
      String.raw`(?<=\p{L}['’]s\s)((?:\p{Lu}[\p{L}-]*\s){1,4}(?:${UNIT_WORD}))(?![\p{L}\p{N}])`,
      'dgu',
    ),
  };
}

/**
 * Every other use of a body's name that a cue gave away, where nothing was read: "Corvane will
 * build" after "Corvane chief executive Nadia Froese". Not a use inside a longer name.
 */
export function withUnreadUses(
  text: string,
  mentions: RecognizedMention[],
  names: Iterable<string>,
): RecognizedMention[] {
  const added: RecognizedMention[] = [];
  for (const name of names) {
    const escaped = escapeRegExp(name);
    const use = new RegExp(
      String.raw`(?<![\p{L}\p{N}&'’-]|\p{Lu}[\p{L}'’-]*\s)${escaped}(?![\p{L}\p{N}&-]|\s\p{Lu})`,
      'gu',
    );
    for (const match of text.matchAll(use)) {
      const start = match.index;
      const end = start + name.length;
      if ([...mentions, ...added].some((m) => m.start < end && start < m.end)) continue;
      added.push({ start, end, type: 'organization', origin: 'rule:body-cue' });
    }
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** Bodies whose name goes on "of the" a place: "National Library of the Netherlands". */
const BODY_OF_THE_PLACE =
  /(?:Library|Museum|University|Bank|Academy|Institute|Archives|Gallery|Orchestra|Theatre|Theater|College|School|Society|Church|Council|Court|Parliament)$/u;

/**
 * "National Library" and "Netherlands" of "the National Library of the Netherlands": one body;
 * so too a court "of the" a union of states ("General Court of the European Union").
 */
export function withBodiesOfThePlace(
  text: string,
  mentions: RecognizedMention[],
): RecognizedMention[] {
  const out: RecognizedMention[] = [];
  for (const m of mentions) {
    const previous = out.at(-1);
    if (
      previous?.type === 'organization' &&
      m.type !== 'person' &&
      text.slice(previous.end, m.start) === ' of the ' &&
      BODY_OF_THE_PLACE.test(text.slice(previous.start, previous.end))
    ) {
      out[out.length - 1] = { ...previous, end: m.end };
      continue;
    }
    out.push(m);
  }
  return out;
}

/** A body named after its country's possessive: "Sweden's Riksbank", "Poland's National Bank". */
const OWNED_BODY = /^(\p{Lu}[\p{L}.-]*)['’]s\s+\p{Lu}/u;

/**
 * A body's mention that took in its owner's possessive ("Sweden's Riksbank", "NASA's Jet
 * Propulsion Laboratory"): the body, and the owner apart, a place where `isPlace` says so, or
 * the body that owns it when it is an acronym.
 */
export function withOwnersApart(
  text: string,
  mentions: RecognizedMention[],
  isPlace: (name: string) => boolean,
): RecognizedMention[] {
  return mentions.flatMap((m) => {
    const owned = m.type === 'organization' ? OWNED_BODY.exec(text.slice(m.start, m.end)) : null;
    if (owned === null) return [m];
    const owner = owned[1]!;
    // "King's College London", "Macy's Inc": a possessive inside a body's own name.
    if (!isPlace(owner) && !/^\p{Lu}{2,}$/u.test(owner)) return [m];
    const rest = m.start + owned[0].length - 1;
    const body = { ...m, start: rest };
    const type = isPlace(owner) ? ('location' as const) : ('organization' as const);
    return [{ ...m, end: m.start + owner.length, type }, body];
  });
}
