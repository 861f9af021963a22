import type { RelationPattern } from '../../common/api/relation-api.ts';
import { splitSentences } from '../dates/sentences.ts';

/** A marked name of an article, as relation suggestion reads it. */
export interface NamedSpan {
  start: number;
  end: number;
  entityId: string;
  /** person, organization, location… */
  type: string;
}

export interface RelationCandidate {
  type: 'works-for' | 'leads' | 'member-of';
  from: NamedSpan;
  to: NamedSpan;
  /** The sentence that says so. */
  sentence: { start: number; end: number };
  pattern: RelationPattern;
}

/** Titles that head what they name: "Apple's chief executive" leads Apple. */
const LEADING = [
  'president',
  'prime minister',
  'premier',
  'chancellor',
  'chief executive',
  'ceo',
  'chairman',
  'chairwoman',
  'chair',
  'head',
  'leader',
  'director',
  'director-general',
  'secretary-general',
  'king',
  'queen',
  'founder',
  'governor',
  'mayor',
];
/** Titles of those who work for what they name: "Japan's Defense Minister". */
const SERVING = [
  'minister',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'ambassador',
  'envoy',
  'adviser',
  'advisor',
  'official',
  'officer',
  'commander',
  'general',
  'representative',
  'counsel',
  'editor',
  'manager',
  'negotiator',
  'diplomat',
];

/**
 * Occupations written before a name and followed by where the person works ("Analyst Deepa Rao of
 * Kestrel Research"): too common as plain words to count as titles elsewhere.
 */
const OCCUPATIONS = [
  'analyst',
  'economist',
  'strategist',
  'professor',
  'researcher',
  'scientist',
  'engineer',
  'lawyer',
  'attorney',
  'reporter',
  'correspondent',
  'executive',
  'partner',
  'fellow',
];

/** Words before a title whose holder serves under the one who leads ("Deputy Secretary"). */
const UNDER = ['vice', 'deputy', 'assistant', 'acting'];
/** Words before a title that keep its role ("Senior Adviser", "Chief Economist"). */
const RANKS = ['senior', 'chief'];

/** Alternatives of a regular expression matching `roles`, the longest first. */
function alternatives(roles: string[]): string {
  return [...roles]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[-\s]/g, (c) => (c === ' ' ? String.raw`\s+` : '-')))
    .join('|');
}

/** `alternatives` matching each role with its first letter in either case ("Representative", "representative"). */
function caseOfFirstLetterFree(alternation: string): string {
  return alternation
    .split('|')
    .map((role) => `[${role[0]!.toLowerCase()}${role[0]!.toUpperCase()}]${role.slice(1)}`)
    .join('|');
}

/**
 * A title of up to six words that ends in a known role ("Defense Minister", "chief executive"),
 * or in the part of the whole its holder heads ("head of quality": a department, in lower case).
 */
const TITLE = String.raw`((?:[\p{L}.-]+\s+){0,5}?(?:${alternatives([...LEADING, ...SERVING])})(?:\s+of\s+\p{Ll}+(?:\s+\p{Ll}+)?(?=[\s,]))?)`;
const APOSTROPHE = `['’]s`;

/** "Japan's Defense Minister ⟨Nobuo Kishi⟩": between the owner and the person. */
const POSSESSIVE = new RegExp(String.raw`^${APOSTROPHE}\s+${TITLE}\s+$`, 'iu');
/** "Apple Chief Executive ⟨Tim Cook⟩", "U.S. Defense Secretary ⟨Lloyd Austin⟩": a title between. */
const TITLED = new RegExp(String.raw`^\s+${TITLE}\s+$`, 'iu');
/**
 * "in ⟨Tokyo⟩ Defense Minister Kishi", "in Washington, ⟨D.C.⟩ Deputy Secretary Sherman" (a sentence
 * the splitter did not end at the abbreviation): a place where the person is, not whom they serve.
 */
const PLACE_BEFORE =
  /\b(?:[Ii]n|[Aa]t|[Ff]rom|[Tt]o|[Ii]nto|[Nn]ear|[Aa]cross|[Oo]utside|[Ii]nside|[Aa]round|[Oo]f|[Ff]or)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*?(?:\p{Lu}[\p{L}.'’-]*,\s+)?$/u;
/**
 * "Special Representative for ⟨the DPRK⟩ Ambassador Sung Kim": what a title is about, not whom he
 * serves (a capitalized title word before "for"; "support for ⟨UN⟩ Special Envoy X" still counts).
 */
const SUBJECT_OF_TITLE = /\p{Lu}\p{Ll}+\s+for\s+(?:the\s+)?$/u;
/** Prose, not a title, between a possessive and a name ("the U.S.'s support for Interim President X"). */
const PROSE_WORD =
  /^(?:for|of|to|with|and|on|in|by|from|at|the|a|an|his|her|its|their|our|support)$/iu;
/** Prose words before the role make a possessive no title; "of" after it names the holder's part. */
function isProse(title: string): boolean {
  return title
    .replace(/\s+of\s+.*$/su, '')
    .split(/\s+/)
    .some((word) => PROSE_WORD.test(word));
}
/** "Tim Cook, ⟨Apple⟩'s chief executive": between the person and the organization, and after. */
const APPOSITION_BETWEEN = /^,\s+(?:the\s+)?$/iu;
const APPOSITION_AFTER = new RegExp(String.raw`^${APOSTROPHE}\s+${TITLE}\b`, 'iu');
/**
 * "Amara Oduya, the ⟨WHO⟩ representative in Kaltera": an organization's name used as the title's
 * first word. Only capitalized words may stand between it and the role, so that prose after the
 * name ("X, the WHO said on Monday the official…") is no title.
 */
const APPOSITION_NAMED_TITLE = new RegExp(
  String.raw`^\s+((?:\p{Lu}[\p{L}.-]*\s+){0,3}?(?:${caseOfFirstLetterFree(alternatives([...LEADING, ...SERVING]))}))\b(?!['’-])`,
  'u',
);
/**
 * "Tim Cook, chief executive of ⟨Apple⟩", "Kjersti Haugland, chief economist at ⟨DNB Markets⟩":
 * set off by commas, an occupation says where its holder works as plainly as a title does (a
 * "former engineer at Google" no longer does).
 */
const APPOSITION_OF = new RegExp(
  String.raw`^,\s+(?!(?:(?:the|a|an)\s+)?former\s)(?:the\s+|a\s+|an\s+)?((?:[\p{L}.-]+\s+){0,5}?(?:${alternatives([...LEADING, ...SERVING, ...OCCUPATIONS])}))\s+(?:of|at|for|with)\s+(?:the\s+)?$`,
  'iu',
);
/** "⟨Brightline⟩'s founder, ⟨Tomas Okafor⟩": the possessive's title set off by a comma. */
const POSSESSIVE_COMMA = new RegExp(String.raw`^${APOSTROPHE}\s+${TITLE},\s+$`, 'iu');
/**
 * "Analyst ⟨Deepa Rao⟩ of ⟨Kestrel Research⟩": a title just before the name, the employer after
 * ("former Analyst" does not match: no longer works there).
 */
const TITLE_JUST_BEFORE = new RegExp(
  String.raw`(?:^|[\s(])(?<!\bformer\s)((?:(?:${[...UNDER, ...RANKS].join('|')})\s+)?(?:${alternatives([...LEADING, ...SERVING, ...OCCUPATIONS])}))\s+$`,
  'iu',
);
const OF_BETWEEN = /^\s+(?:of|at)\s+(?:the\s+)?$/iu;
const AT_BETWEEN = /^\s+at\s/iu;

/**
 * The title before "⟨Name⟩ of/at ⟨Y⟩" that ties the name to Y. "At" names where someone works only
 * for those who serve ("researcher Ana Silva at Fiocruz"); a head "at" somewhere is standing there
 * ("met President Arévalo at the National Palace"), which leads nothing.
 */
function titleBeforeNameOf(between: string, title: string | undefined): string | undefined {
  if (title === undefined || !OF_BETWEEN.test(between)) return undefined;
  return AT_BETWEEN.test(between) && roleOf(title) === 'leads' ? undefined : title;
}
/** "⟨Tomas Okafor⟩, who founded ⟨Brightline⟩" / ", who works for ⟨Y⟩". */
const WHO_LEADS = /^,\s+who\s+(?:heads|leads|runs|chairs|founded|co-founded)\s+(?:the\s+)?$/iu;
const WHO_SERVES = /^,\s+who\s+(?:works|serves)\s+(?:for|at|with)\s+(?:the\s+)?$/iu;
/** "⟨the RSF⟩, led by ⟨Mohamed Hamdan Dagalo⟩": the organization first, its head after. */
const LED_BY = /^,\s+(?:which\s+is\s+)?(?:led|headed|run|chaired|founded|co-founded)\s+by\s+$/iu;
/** "⟨Arcwave⟩, whose founder ⟨Nisha Patel⟩": a possessive relative before the title. */
const WHOSE = new RegExp(String.raw`^,\s+whose\s+${TITLE}\s+$`, 'iu');
/** "Kishi, a member of ⟨the Liberal Democratic Party⟩". */
const MEMBER = /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?member\s+of\s+(?:the\s+)?$/iu;

const OWNERS = new Set(['organization', 'location']);

/**
 * The relations a text states in so many words between names marked in it: possessives ("Japan's
 * Defense Minister Nobuo Kishi": works for Japan), appositions ("Tim Cook, Apple's chief
 * executive": leads Apple) and memberships ("X, a member of Y"). Only between marked names of the
 * same sentence; each with that sentence as its evidence. Reads nothing but the text.
 */
export function relationCandidates(text: string, names: NamedSpan[]): RelationCandidate[] {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const found: RelationCandidate[] = [];
  for (const sentence of splitSentences(text)) {
    const inside = sorted.filter((n) => n.start >= sentence.start && n.end <= sentence.end);
    for (let i = 0; i + 1 < inside.length; i++) {
      const first = inside[i]!;
      const second = inside[i + 1]!;
      const between = text.slice(first.end, second.start);
      const add = (
        type: RelationCandidate['type'],
        from: NamedSpan,
        to: NamedSpan,
        pattern: RelationPattern,
      ) => found.push({ type, from, to, sentence, pattern });
      if (OWNERS.has(first.type) && second.type === 'person') {
        const title = (POSSESSIVE.exec(between) ?? POSSESSIVE_COMMA.exec(between))?.[1];
        if (title !== undefined && !isProse(title)) add(roleOf(title), second, first, 'possessive');
        const titled = TITLED.exec(between)?.[1];
        const before = text.slice(sentence.start, first.start);
        const placed =
          (first.type === 'location' && PLACE_BEFORE.test(before)) || SUBJECT_OF_TITLE.test(before);
        if (titled !== undefined && !placed && isTitleOfTheName(titled))
          add(roleOf(titled), second, first, 'title');
        const whose = WHOSE.exec(between)?.[1];
        if (whose !== undefined && isTitleOfTheName(whose))
          add(roleOf(whose), second, first, 'apposition');
        if (LED_BY.test(between)) add('leads', second, first, 'apposition');
      }
      if (first.type === 'person' && OWNERS.has(second.type)) {
        const after = text.slice(second.end, sentence.end);
        const title = APPOSITION_BETWEEN.test(between)
          ? (APPOSITION_AFTER.exec(after)?.[1] ??
            (second.type === 'organization' ? APPOSITION_NAMED_TITLE.exec(after)?.[1] : undefined))
          : APPOSITION_OF.exec(between)?.[1];
        const titleBefore = titleBeforeNameOf(
          between,
          TITLE_JUST_BEFORE.exec(text.slice(sentence.start, first.start))?.[1],
        );
        if (title !== undefined) add(roleOf(title), first, second, 'apposition');
        else if (MEMBER.test(between)) add('member-of', first, second, 'member');
        else if (WHO_LEADS.test(between)) add('leads', first, second, 'apposition');
        else if (WHO_SERVES.test(between)) add('works-for', first, second, 'apposition');
        else if (titleBefore !== undefined) add(roleOf(titleBefore), first, second, 'title');
      }
    }
  }
  return found;
}

/** Every word a title may be made of when written in lower case ("chief executive", "leader"). */
const TITLE_WORDS = new Set(
  [...LEADING, ...SERVING, ...UNDER, ...RANKS].flatMap((role) => role.split(/\s+/)),
);

/**
 * A title before a name is written as one: capitalized ("Defense Minister") or, as news writes
 * it, in lower case but made only of title words ("Veltro chief executive", "GDL leader"); not
 * prose ("and Spokesperson", "the minister"). One that starts with a nationality ("South Korean
 * Foreign Minister") names the country itself, so the place marked before it is only part of
 * that word. The ending alone decides here: phrase-repairs' `isDemonym` asks the word lexicon,
 * which loads in the reading worker, while relation suggestions run in the service.
 */
function isTitleOfTheName(title: string): boolean {
  const words = title.split(/\s+/);
  if (words.every((word) => TITLE_WORDS.has(word))) return true;
  return (
    words.every((word) => /^[\p{Lu}\d]/u.test(word)) &&
    !/^\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch)$/u.test(words[0]!)
  );
}

/** A word of a title that makes its holder not the one who leads (a former head no longer does). */
const NOT_LEADING = new RegExp(String.raw`\b(?:${[...UNDER, 'former'].join('|')})\b`);

function roleOf(title: string): 'leads' | 'works-for' {
  // "Governor of Virginia" names what is governed, "head of quality" the part headed
  const words = title
    .replace(/\s+of\s+\p{Lu}.*$/su, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
  // "head of quality" heads a part of the whole; a "nominee for governor" does not govern yet
  if (NOT_LEADING.test(words) || / (?:of|for) /.test(words)) return 'works-for';
  return LEADING.some((role) => words === role || words.endsWith(` ${role}`))
    ? 'leads'
    : 'works-for';
}
