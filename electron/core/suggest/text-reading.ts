import { findDates, type FoundDate } from '../dates/resolve-date.ts';
import type { PartialIsoDate } from '../../common/model/dates.ts';
import { recognizeEntities, type RecognizedMention } from './entity-recognizer.ts';

/**
 * What suggestions need of an article's text that depends on the text alone (and its date):
 * the recognizer's mentions and the date expressions. Most of the work of suggestions, done in
 * a worker thread for the app and browser mode (reading-pool.ts).
 */
export interface TextReading {
  recognized: RecognizedMention[];
  dates: FoundDate[];
}

export interface ReadingTask {
  text: string;
  published: PartialIsoDate | null;
}

export function readText({ text, published }: ReadingTask): TextReading {
  return { recognized: recognizeEntities(text), dates: findDates(text, published) };
}
