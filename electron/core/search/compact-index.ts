import { writeFileDurably } from '../disk/durable-file.ts';
import { bm25 } from './bm25.ts';
import { PostingsFile, postingsContent } from './postings-file.ts';
import { termsOf } from './search-terms.ts';
import { TermDictionary } from './term-dictionary.ts';

/**
 * An inverted index that keeps its postings as plain arrays of numbers. MiniSearch, which we used
 * before, keeps a Map per term and field with an entry per document: at 10,000 articles that was
 * about 500 MB of heap for 3 million postings. Here a posting is one number (document, field,
 * frequency), so the same index takes a few tens of MB. The vocabulary is a sorted dictionary
 * (term-dictionary.ts), which answers prefix and typo lookups; ranking is MiniSearch's BM25+ with
 * its weights for prefixes and typos, so results rank as they did. Once written, the postings are
 * read from their file per query (postings-file.ts); the heap holds the dictionary, the
 * documents, and the postings added since the last write.
 */

/** The searched fields of a document, and how much a match in each weighs. */
const FIELDS = ['title', 'text', 'extra'] as const;
const BOOSTS = [3, 1, 1.5];
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** A posting is `short id × 256 + field × 64 + frequency` (frequencies above 63 count as 63). */
const DOC_SHIFT = 256;
const FIELD_SHIFT = 64;
const MAX_FREQ = 63;
/** Short ids must fit in 24 bits: compacting renumbers them from 0. */
const MAX_SHORT_ID = 2 ** 24 - 1;
const CHUNK_CHARS = 1 << 20;
/** Lists of postings at least this long are kept as typed arrays once frozen. */
const FROZEN_FROM = 32;

/**
 * A document of the index. Its id says what it is (`a:`, `n:`, `e:`, `v:`: notebook-search.ts),
 * and it is all the index keeps of it: the thread that shows a hit reads its title where it
 * reads its snippet (at 100,000 articles the titles and kinds kept here took 21 MB).
 */
export interface IndexedDoc {
  id: string;
  title: string;
  text: string;
  extra: string;
}

export interface IndexHit {
  id: string;
  score: number;
  /** The words to show in a snippet: the query's, and the indexed words its typos matched. */
  terms: string[];
}

/**
 * The line of the index file after its header (see `write`); each line after it is a word of the
 * dictionary and how many postings it has in the postings file: `["word",count]`, in the file's
 * order.
 */
interface IndexDocs {
  /**
   * `[id]` by short id (the writes before December 7 had `[id, kind, articleId or '', label]`:
   * the rest is not read).
   */
  docs: [string, ...string[]][];
  /** Distinct words of each field, by short id. */
  lengths: number[];
}

export class CompactIndex {
  /** Each word's number. */
  private vocabulary = new TermDictionary();
  /**
   * Each word's postings not in the postings file (all of them before a first write), in
   * increasing order, after those in the file: an array while it grows, 4 bytes a posting once
   * `freeze` made it a typed array (at 100,000 articles, 24 million postings took 200 MB as
   * numbers in arrays; a word added to again is an array again).
   */
  private added: (number[] | Uint32Array | undefined)[] = [];
  /** The postings file last written or loaded, and where each word's postings are in it. */
  private file: PostingsFile | null = null;
  private fileStart = new Uint32Array(0);
  private fileCount = new Uint32Array(0);
  /** Ids by short id; null once removed (its postings stay until `compact`). */
  private docs: (string | null)[] = [];
  /** Distinct words of each field, `FIELDS.length` per short id. */
  private lengths: number[] = [];
  private shortIds = new Map<string, number>();
  private totals = FIELDS.map(() => 0);
  private postingCount = 0;
  private deadPostings = 0;
  /** See `sums`. */
  private scores = new Float64Array(0);
  private matched = new Uint16Array(0);

  has(id: string): boolean {
    return this.shortIds.has(id);
  }

  add(doc: IndexedDoc): void {
    this.remove(doc.id);
    if (this.docs.length > MAX_SHORT_ID) this.compact();
    const short = this.docs.length;
    this.docs.push(doc.id);
    this.shortIds.set(doc.id, short);
    FIELDS.forEach((field, f) => {
      const counts = new Map<string, number>();
      for (const term of termsOf(doc[field])) counts.set(term, (counts.get(term) ?? 0) + 1);
      this.lengths.push(counts.size);
      this.totals[f]! += counts.size;
      this.postingCount += counts.size;
      for (const [term, freq] of counts) {
        let n = this.vocabulary.get(term);
        if (n === undefined) {
          n = this.added.length;
          this.added.push([]);
          this.vocabulary.set(term, n);
        }
        let list = this.added[n];
        if (list === undefined) this.added[n] = list = [];
        else if (!Array.isArray(list)) this.added[n] = list = Array.from(list);
        list.push(short * DOC_SHIFT + f * FIELD_SHIFT + Math.min(freq, MAX_FREQ));
      }
    });
  }

  remove(id: string): void {
    const short = this.shortIds.get(id);
    if (short === undefined) return;
    this.shortIds.delete(id);
    this.docs[short] = null;
    FIELDS.forEach((_, f) => {
      const length = this.lengths[short * FIELDS.length + f]!;
      this.totals[f]! -= length;
      this.deadPostings += length;
    });
    // Removed documents are skipped by searches; their postings are dropped once they are many,
    // or, once written, by the next write (which reads them from the file anyway).
    if (this.file === null && this.deadPostings > this.postingCount / 4) this.compact();
  }

  /**
   * The `limit` best documents that match every word of the query, leaving out `skip`. The last
   * word matches as a prefix; `loose` matches every word as a prefix and, from five letters,
   * with one or two typos after its first letter, unless the word itself is in `limit`
   * documents or more: then it is taken as spelled (its near-misses would only add noise, and
   * the typo lookup is the costliest part of a search).
   */
  search(query: string, loose: boolean, limit: number, skip: Set<string>): IndexHit[] {
    const words = termsOf(query);
    const live = this.shortIds.size;
    if (words.length === 0 || live === 0) return [];
    const { scores, matched } = this.sums();
    const averages = this.totals.map((total) => total / live);
    const shown = [...words];
    words.forEach((word, w) => {
      const expansions = this.expand(word, loose || w === words.length - 1, loose, limit, shown);
      for (const [n, weight] of expansions) {
        const list = this.list(n);
        const perField = FIELDS.map(() => 0);
        // A posting of no document (a damaged postings file) is skipped.
        for (const posting of list) {
          if (this.docs[posting >>> 8]) perField[(posting >> 6) & 3]!++;
        }
        for (const posting of list) {
          const short = posting >>> 8;
          if (!this.docs[short]) continue;
          if (matched[short] === w) matched[short] = w + 1;
          else if (matched[short] !== w + 1) continue;
          const f = (posting >> 6) & 3;
          scores[short]! +=
            weight *
            BOOSTS[f]! *
            bm25(
              posting & MAX_FREQ,
              perField[f]!,
              live,
              this.lengths[short * FIELDS.length + f]!,
              averages[f]!,
            );
        }
      }
    });
    // The best `limit`, in order; ties keep the order in which documents were indexed.
    const best: number[] = [];
    for (let short = 0; short < this.docs.length; short++) {
      if (matched[short] !== words.length) continue;
      const doc = this.docs[short];
      if (doc === null || doc === undefined || skip.has(doc)) continue;
      const score = scores[short]!;
      if (best.length === limit && score <= scores[best[limit - 1]!]!) continue;
      let at = best.length;
      while (at > 0 && scores[best[at - 1]!]! < score) at--;
      best.splice(at, 0, short);
      if (best.length > limit) best.pop();
    }
    return best.map((short) => ({ id: this.docs[short]!, score: scores[short]!, terms: shown }));
  }

  /**
   * A search's score and count of matched words per document (every word must match), zeroed:
   * one pair of buffers kept for every search. New ones per search (1 MB at 100,000 documents,
   * outside the heap, twice a search) fragmented the worker's allocator (see PostingsFile.read).
   */
  private sums(): { scores: Float64Array; matched: Uint16Array } {
    const size = this.docs.length;
    if (this.scores.length < size) {
      const length = Math.max(size, this.scores.length * 2);
      this.scores = new Float64Array(length);
      this.matched = new Uint16Array(length);
    }
    this.scores.fill(0, 0, size);
    this.matched.fill(0, 0, size);
    return { scores: this.scores, matched: this.matched };
  }

  /** The indexed words a query word stands for, each with its weight (term number → weight). */
  private expand(word: string, prefix: boolean, fuzzy: boolean, limit: number, shown: string[]) {
    const expansions = new Map<number, number>();
    const exact = this.vocabulary.get(word);
    if (exact !== undefined) expansions.set(exact, 1);
    if (prefix) {
      for (const [term, n] of this.vocabulary.atPrefix(word)) {
        const distance = term.length - word.length;
        if (distance > 0)
          expansions.set(n, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance));
      }
    }
    const common = exact !== undefined && this.size(exact) >= limit;
    if (fuzzy && word.length > 4 && !common) {
      const maxDistance = Math.min(2, Math.round(word.length * 0.2));
      // Typos keep the first letter (as Lucene's prefix_length 1): walking only the words that
      // start with it costs 0.3 ms instead of 4-8 ms at 10,000 articles.
      const near = this.vocabulary.fuzzy(word[0]!, word.slice(1), maxDistance);
      for (const [term, n, distance] of near) {
        if (distance === 0 || expansions.has(n)) continue;
        expansions.set(n, (FUZZY_WEIGHT * term.length) / (term.length + distance));
        shown.push(term);
      }
    }
    return expansions;
  }

  /**
   * Store the longer lists of postings as typed arrays (see `postings`), once a build or a load
   * is done. Short lists stay arrays: a typed array costs about 200 bytes of its own, and most
   * words are in one or two documents.
   */
  freeze(): void {
    this.added.forEach((list, n) => {
      if (Array.isArray(list) && list.length >= FROZEN_FROM) this.added[n] = Uint32Array.from(list);
    });
  }

  /**
   * A word's postings: those in the file, then those added since; valid until the next call
   * (the file's reads share one buffer).
   */
  private list(n: number): number[] | Uint32Array {
    const count = this.fileCount[n] ?? 0;
    const added = this.added[n] ?? [];
    if (count === 0) return added;
    const inFile = this.file!.read(this.fileStart[n]!, count);
    if (added.length === 0) return inFile;
    const all = new Uint32Array(count + added.length);
    all.set(inFile);
    all.set(added, count);
    return all;
  }

  private size(n: number): number {
    return (this.fileCount[n] ?? 0) + (this.added[n]?.length ?? 0);
  }

  /** Each short id's new number once removed documents go (-1: removed); null if none is. */
  private renumbering(): Int32Array | null {
    if (this.docs.length === this.shortIds.size) return null;
    const renumber = new Int32Array(this.docs.length).fill(-1);
    let next = 0;
    this.docs.forEach((doc, short) => {
      if (doc !== null) renumber[short] = next++;
    });
    return renumber;
  }

  /** A list without the removed documents' postings, renumbered (see `renumbering`). */
  private static kept(
    list: number[] | Uint32Array,
    renumber: Int32Array | null,
  ): number[] | Uint32Array {
    if (renumber === null) return list;
    const kept: number[] = [];
    for (const posting of list) {
      const short = renumber[posting >>> 8] ?? -1;
      if (short !== -1) kept.push(short * DOC_SHIFT + (posting % DOC_SHIFT));
    }
    return kept;
  }

  /** The documents and their lengths renumbered (see `renumbering`). */
  private renumbered(): { docs: string[]; lengths: number[] } {
    const docs: string[] = [];
    const lengths: number[] = [];
    this.docs.forEach((doc, short) => {
      if (doc === null) return;
      docs.push(doc);
      for (let f = 0; f < FIELDS.length; f++)
        lengths.push(this.lengths[short * FIELDS.length + f]!);
    });
    return { docs, lengths };
  }

  private adoptDocs({ docs, lengths }: { docs: string[]; lengths: number[] }): void {
    this.docs = docs;
    this.lengths = lengths;
    docs.forEach((id, short) => this.shortIds.set(id, short));
    this.postingCount -= this.deadPostings;
    this.deadPostings = 0;
  }

  /**
   * Drop removed documents and their postings; renumber the rest from 0. In memory: the
   * postings in the file are read (rarely: an index that never was written, or 16 million
   * documents added).
   */
  private compact(): void {
    const renumber = this.renumbering();
    const terms: string[] = [];
    const added: (number[] | Uint32Array)[] = [];
    for (const [term, n] of this.vocabulary.entries()) {
      const kept = CompactIndex.kept(this.list(n), renumber);
      if (kept.length === 0) continue;
      terms.push(term);
      added.push(kept.length >= FROZEN_FROM ? Uint32Array.from(kept) : Array.from(kept));
    }
    this.adoptDocs(this.renumbered());
    this.vocabulary = TermDictionary.of(terms);
    this.added = added;
    this.file?.close();
    this.file = null;
    this.fileStart = this.fileCount = new Uint32Array(0);
  }

  /**
   * Write the index: its postings file, then the index file, whose first line is `header` with
   * the postings file's reference, the second the documents (`IndexDocs`), then the dictionary a
   * word a line; then read on from the new postings file, the postings added since the last write
   * and the removed documents dropped. Both files are written as they are made, in pieces of a
   * few megabytes: at 100,000 articles neither fits in the heap beside the index as one string.
   */
  async write(indexPath: string, postingsPath: string, header: object): Promise<void> {
    const renumber = this.renumbering();
    const counts = new Uint32Array(this.added.length);
    const vocabulary = this.vocabulary;
    const lists = function* (index: CompactIndex) {
      for (const [, n] of vocabulary.entries()) {
        const kept = CompactIndex.kept(index.list(n), renumber);
        counts[n] = kept.length;
        yield kept;
      }
    };
    const postings = postingsContent(lists(this));
    await writeFileDurably(postingsPath, postings.content);
    const { docs, lengths } = this.renumbered();
    const docsLine = JSON.stringify({
      docs: docs.map((id): IndexDocs['docs'][number] => [id]),
      lengths,
    } satisfies IndexDocs);
    const dictionary = function* () {
      yield `${JSON.stringify({ ...header, postings: postings.ref })}\n${docsLine}\n`;
      // Strings are joined from arrays, which makes them flat: appending with += would build a
      // tree of many small strings before the write flattens it.
      let pieces: string[] = [];
      let size = 0;
      for (const [term, n] of vocabulary.entries()) {
        if (counts[n] === 0) continue;
        const piece = `[${JSON.stringify(term)},${counts[n]}]\n`;
        pieces.push(piece);
        size += piece.length;
        if (size > CHUNK_CHARS) {
          yield pieces.join('');
          pieces = [];
          size = 0;
        }
      }
      yield pieces.join('');
    };
    await writeFileDurably(indexPath, dictionary());
    const file = PostingsFile.open(postingsPath, postings.ref);
    this.file?.close();
    this.file = file;
    this.fileStart = new Uint32Array(counts.length);
    let start = 0;
    for (const [, n] of vocabulary.entries()) {
      this.fileStart[n] = start;
      start += counts[n]!;
    }
    this.fileCount = counts;
    this.added = new Array<undefined>(counts.length);
    this.adoptDocs({ docs, lengths });
  }

  /**
   * The index of the lines `write` wrote after its header, read one at a time (the file is never
   * held whole), over `file`, the postings file the header names; throws when they are not lines
   * we wrote or do not add up to that file.
   */
  static async load(lines: AsyncIterator<string>, file: PostingsFile): Promise<CompactIndex> {
    const index = new CompactIndex();
    const first = await lines.next();
    if (first.done === true) throw new Error('no documents');
    const data = JSON.parse(first.value) as IndexDocs;
    if (!Array.isArray(data.docs) || !Array.isArray(data.lengths)) throw new Error('not an index');
    if (data.lengths.length !== data.docs.length * FIELDS.length) throw new Error('bad lengths');
    const text = (value: unknown) => typeof value === 'string';
    data.docs.forEach((doc, short) => {
      if (!Array.isArray(doc) || !text(doc[0])) throw new Error('bad document');
      index.docs.push(doc[0]);
      index.shortIds.set(doc[0], short);
    });
    index.lengths = data.lengths;
    data.lengths.forEach((length, i) => {
      if (!(length >= 0)) throw new Error('bad lengths');
      index.totals[i % FIELDS.length]! += length;
    });
    const terms: string[] = [];
    const counts: number[] = [];
    for (let line = await lines.next(); line.done !== true; line = await lines.next()) {
      if (line.value === '') continue;
      const [term, count] = JSON.parse(line.value) as [unknown, unknown];
      if (!text(term) || !Number.isSafeInteger(count) || (count as number) <= 0)
        throw new Error('bad term');
      terms.push(term as string);
      counts.push(count as number);
      index.postingCount += count as number;
    }
    if (index.postingCount !== file.ref.count) throw new Error('postings do not add up');
    index.vocabulary = TermDictionary.of(terms);
    index.fileCount = Uint32Array.from(counts);
    index.fileStart = new Uint32Array(counts.length);
    for (let n = 1; n < counts.length; n++)
      index.fileStart[n] = index.fileStart[n - 1]! + counts[n - 1]!;
    index.added = new Array<undefined>(counts.length);
    index.file = file;
    return index;
  }
}
