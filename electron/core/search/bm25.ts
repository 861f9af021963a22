/** MiniSearch's parameters, so that results rank as they did under MiniSearch. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * MiniSearch's BM25+: the score of a word found `freq` times in a field of `length` words, in
 * `matching` of `total` documents whose field has `average` words.
 */
export function bm25(
  freq: number,
  matching: number,
  total: number,
  length: number,
  average: number,
): number {
  const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return (
    idf *
    (BM25.d + (freq * (BM25.k + 1)) / (freq + BM25.k * (1 - BM25.b + (BM25.b * length) / average)))
  );
}
