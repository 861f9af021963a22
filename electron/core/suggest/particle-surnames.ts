import type { RecognizedMention } from './entity-recognizer.ts';
import { getGazetteer } from './gazetteer.ts';
import { isTitleWord } from './titles.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * People whose family names hold a particle ("Marloes van der Linden", "Sanne de Vries",
 * "Mohammed al-Sudani"), which a recognizer trained on English cuts at the particle: the
 * person's mention widened over it, and over the given name before it (docs/EVAL.md,
 * "Fourteenth pass"); particles alone ("met von der Leyen") where the article gives the whole
 * name with them.
 */

const PARTICLES = 'van|von|de|der|den|da|dos|das|du|di|del|della|ter|ten|bin|bint|ibn|le|la|arap';
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]+`;

/** A given name and particles before a mention: "Marloes van der " of "Marloes van der Linden". */
const BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(${NAME_WORD})\s(?:(?:${PARTICLES})\s){1,3}$`,
  'u',
);
/** Particles that open a sentence's family name: "Van der Linden said". */
const OPENING = new RegExp(
  String.raw`(?:^|\n|[.!?]["”’]?\s+)((?:Van|Von|De|Da|Di|Du|Del|Ter|Ten)(?:\s(?:der|den|de|la))?\s)$`,
  'u',
);
/** Particles alone before a mention: "met von der " of "Zelensky met von der Leyen". */
const PARTICLES_ONLY = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])((?:(?:${PARTICLES})\s){1,3})$`,
  'u',
);
/** Particles and a family name after a given name: " de Vries", " al-Sudani". */
const AFTER = new RegExp(
  String.raw`^(?:\s(?:(?:${PARTICLES})\s){1,3}${NAME_WORD}|\s(?:al|el)-${NAME_WORD})(?![\p{L}\p{N}])`,
  'u',
);

function isPlace(name: string): boolean {
  return wordKind(name) === 'place' || getGazetteer().get(name.toLowerCase())?.type === 'location';
}

export function withParticleSurnames(
  text: string,
  mentions: RecognizedMention[],
): RecognizedMention[] {
  let out = mentions;
  for (const m of mentions) {
    if (m.type !== 'person' || !out.includes(m)) continue;
    let { start, end } = m;
    const before = BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    const opening = OPENING.exec(text.slice(Math.max(0, start - 12), start));
    // "Commissioner van der Linden": a title is no given name.
    if (before !== null && !isPlace(before[1]!) && !isTitleWord(before[1]!)) {
      const from = start - before[0].length;
      // The given name must be free, or a person's: not a body's or a place's ("Banco de").
      if (!out.some((o) => o.type !== 'person' && o.start <= from && from < o.end)) start = from;
    } else if (opening !== null) start -= opening[1]!.length;
    else {
      // "met von der Leyen" after "Ursula von der Leyen": the particles are the name's where
      // the article writes the whole name with them.
      const particles = PARTICLES_ONLY.exec(text.slice(Math.max(0, start - 20), start))?.[1];
      const widened = `${particles ?? ''}${text.slice(start, end)}`;
      if (
        particles !== undefined &&
        out.some(
          (o) =>
            o.type === 'person' && o !== m && text.slice(o.start, o.end).endsWith(` ${widened}`),
        )
      )
        start -= particles.length;
    }
    const after = AFTER.exec(text.slice(end, end + 40));
    if (after !== null && !isPlace(after[0].trim().split(/[\s-]/u).at(-1)!)) {
      const to = end + after[0].length;
      if (!out.some((o) => o.type !== 'person' && o.start < to && end < o.end)) end = to;
    }
    if (start === m.start && end === m.end) continue;
    out = out
      .filter((o) => o === m || o.end <= start || o.start >= end)
      .map((o) => (o === m ? { ...m, start, end } : o));
  }
  return out;
}
