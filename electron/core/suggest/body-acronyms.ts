import type { RecognizedMention } from './entity-recognizer.ts';

/**
 * A body's acronym, once the article has named the body in full: "The RSF sent its adviser"
 * after "the Rapid Support Forces". The acronym is the initials of the name's capitalized words
 * ("of", "the", "and" left out); wherever it stands unread, or read as a person, it
 * is that body (branch ner15); not a ticker ("ASX: KRL"), nor a word read as a place ("DPRK").
 */
function initials(name: string): string | null {
  const words = name.split(/\s+/u).filter((w) => !/^(?:of|the|and|for|de|du|des)$/u.test(w));
  if (words.length < 2 || words.length > 6 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return words.map((w) => w[0]).join('');
}

export function withBodyAcronyms(text: string, mentions: RecognizedMention[]): RecognizedMention[] {
  const acronyms = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'organization') continue;
    const acronym = initials(text.slice(m.start, m.end));
    if (acronym !== null) acronyms.add(acronym);
  }
  if (acronyms.size === 0) return mentions;
  let out = mentions;
  for (const acronym of acronyms) {
    for (const match of text.matchAll(
      new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, 'gu'),
    )) {
      const start = match.index;
      const end = start + acronym.length;
      // "Kestrel Resources Ltd (ASX: KRL)": a ticker is no name of the body.
      if (text.slice(Math.max(0, start - 2), start) === ': ') continue;
      const inside = out.filter((m) => m.start < end && start < m.end);
      if (inside.length === 0)
        out = [...out, { start, end, type: 'organization', origin: 'rule:body-cue' }];
      else if (
        inside.length === 1 &&
        inside[0]!.type === 'person' &&
        inside[0]!.start === start &&
        inside[0]!.end === end
      )
        out = out.map((m) => (m === inside[0] ? { ...m, type: 'organization' as const } : m));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
