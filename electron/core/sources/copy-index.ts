import type { CopyOf } from '../../common/model/article.ts';
import type { ArticleId } from '../../common/model/ids.ts';

/** Words per shingle: five-word runs survive a republisher's new headline and byline. */
const SHINGLE_WORDS = 5;
const HASHES = 64;
/** 16 bands of 4 rows: texts 80% the same meet in a band almost surely, 30% the same rarely. */
const ROWS = 4;
/** A text at least this much the same (estimated Jaccard of shingles) is a copy. */
export const COPY_THRESHOLD = 0.6;

const ID_BYTES = 12;
const RECORD_BYTES = ID_BYTES + HASHES * 4;

const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 ^ (i * 0x85ebca6b)));

const BANDS = HASHES / ROWS;

/**
 * Finds wire copies by MinHash signatures and locality-sensitive hashing (never comparing
 * every pair): each article's text is cut into shingles, signed with 64 minimum hashes, and
 * filed under 16 bands of 4 hashes; a new article is compared only with the articles that share
 * a band. Kept in typed arrays and numeric keys (issue 21): at 100,000 articles, 1.6 million
 * string keys took 12 s of CPU to load and hundreds of MB.
 */
export class CopyIndex {
  /** Every signature added, in order: HASHES per article. */
  private hashes = new Uint32Array(HASHES * 64);
  private readonly ids: ArticleId[] = [];
  private readonly numbers = new Map<ArticleId, number>();
  /** Per band: a band's key (its four hashes mixed) to the last article filed under it. */
  private readonly heads = Array.from({ length: BANDS }, () => new Map<number, number>());
  /** For article n and band b, at n * BANDS + b: the article filed before it under that key. */
  private chain = new Int32Array(BANDS * 64);

  add(id: ArticleId, signature: Uint32Array): void {
    if (this.numbers.has(id)) return;
    const n = this.ids.length;
    this.reserve(n + 1);
    this.hashes.set(signature.subarray(0, HASHES), n * HASHES);
    this.ids.push(id);
    this.numbers.set(id, n);
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(this.hashes, n, band);
      this.chain[n * BANDS + band] = this.heads[band]!.get(key) ?? -1;
      this.heads[band]!.set(key, n);
    }
  }

  /** Room for `count` articles: doubled as needed, or at once for a cache's records. */
  private reserve(count: number): void {
    if (count * HASHES <= this.hashes.length) return;
    const room = Math.max(count, (this.hashes.length / HASHES) * 2);
    this.hashes = grown(this.hashes, room * HASHES);
    this.chain = grown(this.chain, room * BANDS);
  }

  has(id: ArticleId): boolean {
    return this.numbers.has(id);
  }

  /** Articles added so far: `toBytes(from)` takes those from the `from`th on. */
  get size(): number {
    return this.ids.length;
  }

  /**
   * The signatures as bytes (cache/copy-signatures.bin): each article's id (12 ASCII bytes) and
   * its 64 hashes, for the articles added from the `from`th on (an import appends them). Signing
   * 10,000 articles again takes seconds; reading this, milliseconds.
   */
  toBytes(from = 0): Uint8Array {
    const bytes = new Uint8Array((this.ids.length - from) * RECORD_BYTES);
    const view = new DataView(bytes.buffer);
    for (let n = from; n < this.ids.length; n++) {
      const at = (n - from) * RECORD_BYTES;
      const id = this.ids[n]!;
      for (let c = 0; c < ID_BYTES; c++) bytes[at + c] = id.charCodeAt(c);
      for (let i = 0; i < HASHES; i++)
        view.setUint32(at + ID_BYTES + i * 4, this.hashes[n * HASHES + i]!, true);
    }
    return bytes;
  }

  /**
   * Adds the signatures of `bytes` (see toBytes); a damaged cache adds what it can read. Returns
   * how many bytes it read: whole records, up to the first that is not one.
   */
  addBytes(bytes: Uint8Array): number {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const signature = new Uint32Array(HASHES);
    this.reserve(this.ids.length + Math.floor(bytes.length / RECORD_BYTES));
    let at = 0;
    for (; at + RECORD_BYTES <= bytes.length; at += RECORD_BYTES) {
      const id = text.toString('latin1', at, at + ID_BYTES);
      if (!/^[a-z0-9]{12}$/.test(id)) break;
      for (let i = 0; i < HASHES; i++) signature[i] = view.getUint32(at + ID_BYTES + i * 4, true);
      this.add(id as ArticleId, signature);
    }
    return at;
  }

  /**
   * The indexed article most like `signature`, if at least COPY_THRESHOLD the same; `present`
   * says whether an indexed article is still in the notebook (an undone import, a deletion).
   */
  copyOf(signature: Uint32Array, present: (id: ArticleId) => boolean): CopyOf | null {
    let best: CopyOf | null = null;
    const seen = new Set<number>();
    for (let band = 0; band < BANDS; band++) {
      // Oldest first, band by band: of equally similar articles the first met wins, as before.
      const filed: number[] = [];
      const key = bandKey(signature, 0, band);
      for (let n = this.heads[band]!.get(key) ?? -1; n !== -1; n = this.chain[n * BANDS + band]!)
        filed.push(n);
      for (const n of filed.reverse()) {
        if (seen.has(n) || !this.sharesBand(n, signature, band)) continue;
        seen.add(n);
        const id = this.ids[n]!;
        if (!present(id)) continue;
        const similarity = this.estimate(n, signature);
        if (similarity >= COPY_THRESHOLD && (best === null || similarity > best.similarity))
          best = { articleId: id, similarity };
      }
    }
    return best;
  }

  /** Whether article n has the band's four hashes of `signature` (keys can collide). */
  private sharesBand(n: number, signature: Uint32Array, band: number): boolean {
    for (let i = band * ROWS; i < (band + 1) * ROWS; i++)
      if (this.hashes[n * HASHES + i] !== signature[i]) return false;
    return true;
  }

  private estimate(n: number, signature: Uint32Array): number {
    let same = 0;
    for (let i = 0; i < HASHES; i++) if (this.hashes[n * HASHES + i] === signature[i]) same++;
    return same / HASHES;
  }
}

/** The MinHash signature of a text's word shingles (case and punctuation ignored). */
export function signatureOf(text: string): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const signature = new Uint32Array(HASHES).fill(0xffffffff);
  const runs = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let start = 0; start < runs; start++) {
    let shingle = 0x811c9dc5;
    for (let w = start; w < Math.min(words.length, start + SHINGLE_WORDS); w++) {
      const word = words[w]!;
      for (let c = 0; c < word.length; c++)
        shingle = Math.imul(shingle ^ word.charCodeAt(c), 0x01000193);
      shingle = Math.imul(shingle ^ 0x20, 0x01000193);
    }
    for (let i = 0; i < HASHES; i++) {
      const hash = mix(shingle ^ SEEDS[i]!);
      if (hash < signature[i]!) signature[i] = hash;
    }
  }
  return signature;
}

/** A band's four hashes of signature n in `hashes`, mixed into a small integer (a map key). */
function bandKey(hashes: Uint32Array, n: number, band: number): number {
  let key = band;
  for (let i = n * HASHES + band * ROWS; i < n * HASHES + (band + 1) * ROWS; i++)
    key = mix(key ^ hashes[i]!);
  return key & 0x3fffffff;
}

function grown<T extends Uint32Array | Int32Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}

/** murmur3's finalizer: spreads the bits of a 32-bit hash. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
