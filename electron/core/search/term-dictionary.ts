/**
 * The search index's vocabulary (compact-index.ts): each indexed word and its number, with the
 * lookups a search needs (a word, the words with a prefix, the words within a few typos). The
 * words are kept sorted in one string, with where each ends and its number in typed arrays: at
 * 100,000 articles the radix tree of MiniSearch (`SearchableMap`) that held the 404,000 words
 * took 90 MB of heap, this a few MB. Words added since the last merge wait in a Map, merged
 * into the sorted string once they are a quarter of it (or when the index asks).
 */

/** Pending words are merged from this many (and a quarter of the sorted ones). */
const MERGE_FROM = 4096;

export class TermDictionary {
  /** The sorted words, one after the other. */
  private text = '';
  /** Where each sorted word ends in `text`. */
  private ends = new Uint32Array(0);
  /** Each sorted word's number. */
  private numbers: Uint32Array = new Uint32Array(0);
  private pending = new Map<string, number>();

  /**
   * A dictionary of `terms`, each numbered by its place in the array; throws when a word is
   * there twice.
   */
  static of(terms: string[]): TermDictionary {
    const dictionary = new TermDictionary();
    const order = Uint32Array.from(terms.keys());
    let sorted = true;
    for (let i = 1; i < terms.length && sorted; i++) sorted = terms[i - 1]! < terms[i]!;
    // A file this code wrote is sorted; an older one (a radix tree's order) is sorted once.
    if (!sorted) {
      order.sort((a, b) => compare(terms[a]!, terms[b]!));
      for (let i = 1; i < order.length; i++)
        if (terms[order[i - 1]!] === terms[order[i]!]) throw new Error('a word twice');
    }
    dictionary.adopt(
      Array.from(order, (i) => terms[i]!),
      order,
    );
    return dictionary;
  }

  get size(): number {
    return this.ends.length + this.pending.size;
  }

  get(term: string): number | undefined {
    const pending = this.pending.get(term);
    if (pending !== undefined) return pending;
    const at = this.lowerBound(term, 0, this.ends.length);
    return at < this.ends.length && this.termAt(at) === term ? this.numbers[at] : undefined;
  }

  /** Number a word that is not in the dictionary. */
  set(term: string, n: number): void {
    this.pending.set(term, n);
    if (this.pending.size >= MERGE_FROM && this.pending.size * 4 >= this.ends.length) this.merge();
  }

  /** Every word and its number, in order (the pending words merged first). */
  *entries(): Generator<[string, number]> {
    this.merge();
    for (let at = 0; at < this.ends.length; at++) yield [this.termAt(at), this.numbers[at]!];
  }

  /** The words that start with `prefix` (the word itself included). */
  *atPrefix(prefix: string): Generator<[string, number]> {
    const [from, to] = this.prefixRange(prefix);
    for (let at = from; at < to; at++) yield [this.termAt(at), this.numbers[at]!];
    for (const entry of this.pending) if (entry[0].startsWith(prefix)) yield entry;
  }

  /**
   * The words that start with `prefix` and whose rest is within `maxDistance` edits (Levenshtein:
   * insertions, deletions, substitutions) of `rest`: `[word, number, distance]`. The sorted words
   * are walked as a trie: the rows of the edit distance are kept for the letters a word shares
   * with the one before, and once a row is past `maxDistance` every word that shares those
   * letters is skipped.
   */
  *fuzzy(prefix: string, rest: string, maxDistance: number): Generator<[string, number, number]> {
    const [from, to] = this.prefixRange(prefix);
    const width = rest.length + 1;
    // rows[d * width + j]: the distance between the first d letters of a word's rest and the
    // first j of `rest`; `letters` the letters those rows were computed for.
    let rows = new Uint32Array(width * 16);
    let letters = new Uint16Array(16);
    for (let j = 0; j < width; j++) rows[j] = j;
    let valid = 0;
    let at = from;
    while (at < to) {
      const start = (at === 0 ? 0 : this.ends[at - 1]!) + prefix.length;
      const length = this.ends[at]! - start;
      if ((length + 1) * width > rows.length) {
        const grown = new Uint32Array((length + 1) * width * 2);
        grown.set(rows);
        rows = grown;
        const more = new Uint16Array((length + 1) * 2);
        more.set(letters);
        letters = more;
      }
      let d = 0;
      while (d < valid && d < length && letters[d] === this.text.charCodeAt(start + d)) d++;
      let cut = -1;
      for (; d < length; d++) {
        const letter = this.text.charCodeAt(start + d);
        letters[d] = letter;
        const row = (d + 1) * width;
        const above = d * width;
        rows[row] = d + 1;
        let least = d + 1;
        for (let j = 1; j < width; j++) {
          const value = Math.min(
            rows[above + j]! + 1,
            rows[row + j - 1]! + 1,
            rows[above + j - 1]! + (rest.charCodeAt(j - 1) === letter ? 0 : 1),
          );
          rows[row + j] = value;
          if (value < least) least = value;
        }
        if (least > maxDistance) {
          cut = d + 1;
          break;
        }
      }
      valid = cut === -1 ? length : cut;
      if (cut !== -1) {
        // No word that starts with these letters is near enough: skip them all.
        at = this.prefixEnd(this.text.slice(start - prefix.length, start + cut), at, to);
        continue;
      }
      const distance = rows[length * width + rest.length]!;
      if (distance <= maxDistance) yield [this.termAt(at), this.numbers[at]!, distance];
      at++;
    }
    for (const [term, n] of this.pending) {
      // Lengths further apart than the distance cannot be near: most words end here.
      if (Math.abs(term.length - prefix.length - rest.length) > maxDistance) continue;
      if (!term.startsWith(prefix)) continue;
      const distance = levenshtein(term.slice(prefix.length), rest);
      if (distance <= maxDistance) yield [term, n, distance];
    }
  }

  /** Merge the pending words into the sorted ones. */
  merge(): void {
    if (this.pending.size === 0) return;
    const added = [...this.pending.keys()].sort(compare);
    const terms: string[] = [];
    const numbers = new Uint32Array(this.ends.length + added.length);
    let at = 0;
    for (const term of added) {
      const until = this.lowerBound(term, at, this.ends.length);
      for (; at < until; at++) {
        numbers[terms.length] = this.numbers[at]!;
        terms.push(this.termAt(at));
      }
      numbers[terms.length] = this.pending.get(term)!;
      terms.push(term);
    }
    for (; at < this.ends.length; at++) {
      numbers[terms.length] = this.numbers[at]!;
      terms.push(this.termAt(at));
    }
    this.pending.clear();
    this.adopt(terms, numbers);
  }

  private adopt(terms: string[], numbers: Uint32Array): void {
    this.ends = new Uint32Array(terms.length);
    let end = 0;
    terms.forEach((term, at) => (this.ends[at] = end += term.length));
    // Joined (not appended) so that the string is flat, one piece of memory.
    this.text = terms.join('');
    this.numbers = numbers;
  }

  private termAt(at: number): string {
    return this.text.slice(at === 0 ? 0 : this.ends[at - 1]!, this.ends[at]!);
  }

  /** The first place in [from, to) whose word is not before `term`. */
  private lowerBound(term: string, from: number, to: number): number {
    while (from < to) {
      const middle = (from + to) >>> 1;
      if (this.termAt(middle) < term) from = middle + 1;
      else to = middle;
    }
    return from;
  }

  /** The first place in [from, to) after the words that start with `prefix` (or come before). */
  private prefixEnd(prefix: string, from: number, to: number): number {
    while (from < to) {
      const middle = (from + to) >>> 1;
      const start = middle === 0 ? 0 : this.ends[middle - 1]!;
      const head = this.text.slice(start, Math.min(start + prefix.length, this.ends[middle]!));
      if (head <= prefix) from = middle + 1;
      else to = middle;
    }
    return from;
  }

  private prefixRange(prefix: string): [number, number] {
    const from = this.lowerBound(prefix, 0, this.ends.length);
    return [from, this.prefixEnd(prefix, from, this.ends.length)];
  }
}

/** Code-unit order, as `<` compares strings. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length]!;
}
