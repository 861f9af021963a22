import { z } from 'zod';

/**
 * What made a suggestion: the trained model, the registry (a confirmed full name or alias, or a
 * short form of one: a surname), or a named rule of the recognizer. A rule's name says which
 * pattern found the span; how likely it is right is the suggestion's `confidence`.
 */
export const MentionOriginSchema = z.enum([
  'model',
  'registry',
  'registry-short-form',
  /** a gazetteer name, the whole capitalized run ("Airbus", "France") */
  'rule:gazetteer',
  /** a gazetteer name inside a longer capitalized run */
  'rule:gazetteer-part',
  /** a name after a title ("Secretary Blinken") */
  'rule:title-and-name',
  /** a known first name and what follows it ("Amy Pope") */
  'rule:first-name',
  /** a run that holds an organization word ("Ministry of Health") */
  'rule:organization-words',
  /** a run that ends in a place word ("Red Sea") */
  'rule:place-tail',
  /** two to five words that could all be a name's */
  'rule:name-like',
  /** one word known as a surname, place or organization, or an unknown acronym */
  'rule:single-word',
  /** a word of a full name found earlier in the article ("Blinken") */
  'rule:surname-again',
  /** a cue in the words around: a legal form, "the ... said", an employer after a title */
  'rule:organization-cue',
  /** an acronym or a body named with the words around it ("the agency") */
  'rule:body-cue',
  /** a place stated as one ("in the town of ...", a street) */
  'rule:place-cue',
  /** a club's name in a sports story */
  'rule:sports-club',
]);
export type MentionOrigin = z.infer<typeof MentionOriginSchema>;
