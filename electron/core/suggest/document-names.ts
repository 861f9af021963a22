import type { RecognizedMention } from './entity-recognizer.ts';
import { ORGANIZATION_WORDS } from './name-chunks.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * Agreements, laws, meetings and the papers a body issues, which are no person, place or body
 * ("the Abraham Accords", "the JCPOA deal", "State Department Travel Advisory").
 */

/**
 * Acronyms of agreements and laws that news uses without spelling them out; others are known
 * from the text ("the Joint Comprehensive Plan of Action (JCPOA)").
 */
const DOCUMENT_ACRONYMS = new Set(
  'JCPOA NPT CTBT NAFTA USMCA TPP CPTPP RCEP TTIP GATT INF GDPR CAATSA AGOA'.split(' '),
);
/**
 * Designations a government gives, which are no body: "designated a Foreign Terrorist
 * Organization (FTO)", "the SDGT designation".
 */
const DESIGNATION_ACRONYMS = new Set('FTO FTOs SDGT SDGTs SDN SST'.split(' '));
const DESIGNATION_NAME =
  /^(?:Foreign Terrorist Organizations?|Specially Designated (?:Global Terrorists?|Nationals)|State Sponsors? of Terrorism)$/u;

/** Whether `value` is the name or acronym of a government's designation (see above). */
export const namesDesignation = (value: string): boolean =>
  DESIGNATION_ACRONYMS.has(value) || DESIGNATION_NAME.test(value);

/** A document's acronym named as such: "the JCPOA deal", "the NPT treaty". */
export const DOCUMENT_AFTER_ACRONYM = /^\s(?:deal|agreement|accord|treaty|framework)\b/iu;

/** Words that end the name of an agreement, a law or a meeting: "Accords", "Act", "Summit". */
const DOCUMENT_WORD =
  /^(?:Accords?|Act|Treaty|Agreement|Plan|Declaration|Conventions?|Protocol|Charter|Doctrine|Initiative|Summit|Compacts?)$/u;
/** The capitalized document word and "of" before a name inside it ("Compacts of [Free Association]"). */
const DOCUMENT_OF_BEFORE =
  /(?<![\p{L}\p{N}])(?:Accords?|Act|Treaty|Agreement|Declaration|Conventions?|Protocol|Charter|Compacts?) of (?:the )?$/u;

/**
 * "the Abraham Accords", "Lawson Act", "the Paris Agreement", the "Free Association" of
 * "Compacts of Free Association": no person, place or body, nor a name inside them.
 */
export function namesDocument(text: string, mention: RecognizedMention): boolean {
  const value = text.slice(mention.start, mention.end);
  if (DOCUMENT_WORD.test(value.split(/\s+/u).pop()!) || / Plan of Action$/u.test(value))
    return true;
  if (DOCUMENT_OF_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start)))
    return true;
  const next = /^ (\p{Lu}\p{L}+)/u.exec(text.slice(mention.end, mention.end + 16));
  return mention.type !== 'organization' && next !== null && DOCUMENT_WORD.test(next[1]!);
}

/** Papers and tests a body issues, whose names run on from the body's ("Travel Advisory"). */
const ISSUED_WORD =
  /^(?:Advisory|Advisories|Assessment|Examination|Exam|Report|Strategy|Sheet|Statement)$/u;
/** Words of a paper's kind that the lexicon may not call common ("Oral Assessment"). */
const PAPER_KIND_WORD = /^(?:Oral|Written|Annual|Interim|Final|Travel|Country|Fact|Joint)$/u;

/**
 * A body's name run on into a paper it issues: "State Department Travel Advisory for Ukraine"
 * is the State Department, "Foreign Service Oral" (of "Foreign Service Oral Assessment") the
 * Foreign Service; the paper's own words before it ("Travel", "Oral") go with it.
 */
export function withoutIssuedPaper(
  text: string,
  mention: RecognizedMention,
): RecognizedMention | null {
  // "(Capitol Report)": an organization alone in brackets is a dateline's outlet, whole.
  if (
    mention.type === 'organization' &&
    text[mention.start - 1] === '(' &&
    text[mention.end] === ')'
  )
    return mention;
  const words = [...text.slice(mention.start, mention.end).matchAll(/\S+/gu)];
  const next = /^ (\p{Lu}\p{L}+)/u.exec(text.slice(mention.end, mention.end + 16));
  let cut = words.findIndex((word, i) => i > 0 && ISSUED_WORD.test(word[0]));
  if (cut === -1 && next !== null && ISSUED_WORD.test(next[1]!)) cut = words.length;
  // "School for National Security and Resource Strategy": what a body is for is its name.
  if (cut === -1 || words.slice(0, cut).some((word) => word[0] === 'for')) return mention;
  while (
    cut > 0 &&
    (PAPER_KIND_WORD.test(words[cut - 1]![0]) ||
      (wordKind(words[cut - 1]![0]) === 'common' &&
        !ORGANIZATION_WORDS.has(words[cut - 1]![0].toLowerCase())))
  )
    cut -= 1;
  if (cut === 0) return null;
  const last = words[cut - 1]!;
  return { ...mention, end: mention.start + last.index + last[0].length };
}

/**
 * The acronyms that the text gives to agreements and laws ("Joint Comprehensive Plan of Action
 * (JCPOA)"), with those news uses unexplained.
 */
export function documentAcronyms(text: string): Set<string> {
  const acronyms = new Set(DOCUMENT_ACRONYMS);
  for (const match of text.matchAll(
    /((?:\p{Lu}[\p{L}-]*\s+(?:(?:of|on|for|and|the)\s+)*)+)\((\p{Lu}{2,})\)/gu,
  )) {
    const name = match[1]!.trim();
    if (DOCUMENT_WORD.test(name.split(/\s+/u).pop()!) || / Plan of Action$/u.test(name))
      acronyms.add(match[2]!);
  }
  return acronyms;
}
