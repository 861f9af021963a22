import { compromise } from './compromise-library.ts';

/**
 * What the recognizer knows about single words, from compromise's lexicon. The lexicon is a
 * plain dictionary, so looking a word up costs nothing, whereas compromise's full parse takes
 * several hundred milliseconds for a long article on this machine: the recognizer does its own
 * chunking and asks compromise only what a word is.
 */
export type WordKind =
  | 'first-name'
  | 'last-name'
  | 'person'
  | 'place'
  | 'organization'
  | 'demonym'
  | 'honorific'
  | 'function'
  | 'common'
  | 'unknown';

type Lexicon = Record<string, string | string[]>;

let lexicon: Lexicon | undefined;

function getLexicon(): Lexicon {
  lexicon ??= (compromise().model() as { one: { lexicon: Lexicon } }).one.lexicon;
  return lexicon;
}

const FUNCTION_TAGS = new Set([
  'Determiner',
  'Preposition',
  'Pronoun',
  'Conjunction',
  'Possessive',
  'Adverb',
  'Modal',
  'Copula',
  'QuestionWord',
  'Negative',
  'Expression',
  'Reflexive',
  'Condition',
]);

/**
 * Endings of English common nouns and adjectives that names rarely have: the lexicon does not
 * list every "Framework" or "Regional", and an unknown word would otherwise look like a name.
 */
const COMMON_ENDINGS =
  /(?:ional|tion|sion|ment|ness|ity|ship|ance|ence|ive|ous|ism|ical|work|ary|ory|omic|ities|ments)$/u;

/** Words of office and department names that the lexicon lacks ("Minister for Foreign Affairs"). */
const OFFICE_WORDS = new Set(
  'affairs security defense defence foreign economic political international environment energy growth arms control migration justice finance interior trade health commerce agriculture education labor development cooperation relations operations management resources policy planning intelligence counterterrorism diplomacy climate consular'.split(
    ' ',
  ),
);

/** Whether a word names a field of an office or department ("Affairs", "Defense"). */
export function isOfficeWord(word: string): boolean {
  return OFFICE_WORDS.has(word.toLowerCase());
}

export function wordKind(word: string): WordKind {
  if (isOfficeWord(word)) return 'common';
  const key = word.toLowerCase().replace(/’/g, "'");
  const lexicon = getLexicon();
  // Plurals the lexicon lists only in the singular ("Affairs").
  const entry = lexicon[key] ?? (key.endsWith('s') ? lexicon[key.slice(0, -1)] : undefined);
  if (entry === undefined) {
    return /^\p{Lu}{2,}$/u.test(word) || !COMMON_ENDINGS.test(key) ? 'unknown' : 'common';
  }
  const tags = typeof entry === 'string' ? entry.split(',') : entry;
  if (tags.includes('Honorific')) return 'honorific';
  if (tags.includes('MaleName') || tags.includes('FemaleName') || tags.includes('FirstName')) {
    return 'first-name';
  }
  if (tags.includes('LastName')) return 'last-name';
  if (tags.includes('Person')) return 'person';
  if (
    tags.includes('Country') ||
    tags.includes('City') ||
    tags.includes('Place') ||
    tags.includes('Region')
  ) {
    return 'place';
  }
  if (tags.includes('Organization') || tags.includes('SportsTeam')) return 'organization';
  if (tags.includes('Demonym')) return 'demonym';
  if (tags.some((tag) => FUNCTION_TAGS.has(tag))) return 'function';
  return 'common';
}

/** Occupations the lexicon does not tag as people's ("Soprano Clara Nystrom", "Opener Tanvir"). */
const OCCUPATIONS = new Set(
  'soprano mezzo tenor baritone contralto conductor prosecutor campaigner broadcaster presenter opener batter bowler spinner striker defender midfielder winger rower sprinter swimmer climber jockey commentator picker grower fisherman midwife nurse'.split(
    ' ',
  ),
);

/**
 * Whether a word names what someone does, singular or plural ("Economist", "Sopranos"): the
 * lexicon's people nouns ("Actor"), a few it lacks, and the endings of trades and sciences
 * ("agronomist", "physician"). A first or family name never is ("Walker", "Carter").
 */
export function isOccupationWord(word: string): boolean {
  const kind = wordKind(word);
  if (kind !== 'common' && kind !== 'unknown' && kind !== 'honorific') return false;
  const key = word.toLowerCase();
  const single = key.endsWith('s') ? key.slice(0, -1) : key;
  if (OCCUPATIONS.has(key) || OCCUPATIONS.has(single)) return true;
  return (
    lexiconTags(word).includes('Actor') || /^\p{L}{3,}(?:ist|ician|ologist|ographer)s?$/u.test(key)
  );
}

/** The lexicon's tags for a word, or its singular's ("Prices" as "price"); none if unlisted. */
export function lexiconTags(word: string): string[] {
  const key = word.toLowerCase().replace(/’/g, "'");
  const entry =
    getLexicon()[key] ?? (key.endsWith('s') ? getLexicon()[key.slice(0, -1)] : undefined);
  return entry === undefined ? [] : typeof entry === 'string' ? entry.split(',') : entry;
}
