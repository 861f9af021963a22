/**
 * How a suggestion's calibrated confidence is put to the analyst: the percentage, and a band for
 * its colour. The percentages are probabilities fitted on dev gold (docs/EVAL.md, calibration):
 * "80% likely right" means about eight of ten such suggestions were right there.
 */
export type ConfidenceBand = 'likely' | 'probable' | 'uncertain';

export function confidenceBand(confidence: number): ConfidenceBand {
  if (confidence >= 0.9) return 'likely';
  if (confidence >= 0.7) return 'probable';
  return 'uncertain';
}

/** Never "100%": dev gold is a few thousand suggestions, which cannot show a certainty. */
export function confidenceText(confidence: number): string {
  return `${Math.min(99, Math.round(confidence * 100))}% likely right`;
}
