import type { TextSpan } from '../dates/sentences.ts';

/**
 * Transcripts of briefings and calls ("MR PRICE: ...", "QUESTION: ..."): who speaks in each
 * turn decides whether the turn can report a happening. A reporter's question asks about one
 * ("Now, last year Secretary Blinken stated ..."), an operator runs the call: neither reports.
 */

/** A speaker's label at the start of a line: "MR PRICE:", "MS LEMPERT:", "QUESTION:". */
const LABEL = /^[ \t]*(\p{Lu}[\p{Lu}.'’ -]{0,40}):[ \t]/gmu;
/** The speakers whose turns report nothing: reporters, operators, moderators of a call. */
const NOT_REPORTING =
  /^(?:QUESTION|Q|OPERATOR|MODERATOR|PARTICIPANT|REPORTER|AUDIENCE(?: MEMBER)?|JOURNALIST)$/;

export interface Transcript {
  /** The turns of reporters and operators, whose sentences are no events. */
  silent: TextSpan[];
}

/**
 * The text read as a transcript: null unless two or more turns open with a speaker's label in
 * capitals, one of them a reporter's or an operator's, or three or more labels in all (a single
 * "NOTE:" or "WASHINGTON:" makes no transcript).
 */
export function readTranscript(text: string): Transcript | null {
  const labels: { start: number; speaker: string }[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m !== null; m = LABEL.exec(text)) {
    labels.push({ start: m.index, speaker: m[1]!.trim() });
  }
  const silentLabels = labels.filter((l) => NOT_REPORTING.test(l.speaker));
  if (labels.length < 2 || (silentLabels.length === 0 && labels.length < 3)) return null;
  const silent = labels.flatMap((label, i) =>
    NOT_REPORTING.test(label.speaker)
      ? [{ start: label.start, end: labels[i + 1]?.start ?? text.length }]
      : [],
  );
  return { silent };
}

/** Whether a sentence stands in a turn whose sentences are no events. */
export function inSilentTurn(transcript: Transcript | null, sentence: TextSpan): boolean {
  return (
    transcript !== null &&
    transcript.silent.some((turn) => sentence.start >= turn.start && sentence.start < turn.end)
  );
}

/** A speaker's label that opens a sentence, with the space after it. */
const OPENING_LABEL = /^[ \t]*\p{Lu}[\p{Lu}.'’ -]{0,40}:[ \t]+/u;

/**
 * Where a turn's own words start in a sentence that opens with its speaker's label ("MR PRICE:
 * Well, we are pleased ..."): the label names who speaks, it is no word of what happened.
 */
export function afterLabel(
  transcript: Transcript | null,
  text: string,
  sentence: TextSpan,
): number {
  if (transcript === null) return sentence.start;
  const label = OPENING_LABEL.exec(text.slice(sentence.start, sentence.end));
  return label === null ? sentence.start : sentence.start + label[0].length;
}
