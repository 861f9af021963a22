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

/**
 * Finds wire copies by MinHash signatures and locality-sensitive hashing (never comparing
 * every pair): each article's text is cut into shingles, signed with 64 minimum hashes, and
 * filed under 16 band keys; a new article is compared only with the articles that share a band.
 */
export class CopyIndex {
  private readonly signatures = new Map<ArticleId, Uint32Array>();
  private readonly bands = new Map<string, ArticleId[]>();

  add(id: ArticleId, signature: Uint32Array): void {
    if (this.signatures.has(id)) return;
    this.signatures.set(id, signature);
    for (const key of bandKeys(signature)) {
      const ids = this.bands.get(key);
      if (ids === undefined) this.bands.set(key, [id]);
      else ids.push(id);
    }
  }

  remove(id: ArticleId): void {
    const signature = this.signatures.get(id);
    if (signature === undefined) return;
    this.signatures.delete(id);
    for (const key of bandKeys(signature)) {
      const ids = this.bands.get(key)!.filter((other) => other !== id);
      if (ids.length === 0) this.bands.delete(key);
      else this.bands.set(key, ids);
    }
  }

  has(id: ArticleId): boolean {
    return this.signatures.has(id);
  }

  get size(): number {
    return this.signatures.size;
  }

  /**
   * The signatures as bytes (cache/copy-signatures.bin): each article's id (12 ASCII bytes) and
   * its 64 hashes. Signing 10,000 articles again takes seconds; reading this, milliseconds.
   */
  toBytes(): Uint8Array {
    const bytes = new Uint8Array(this.signatures.size * RECORD_BYTES);
    let at = 0;
    for (const [id, signature] of this.signatures) {
      bytes.set(new TextEncoder().encode(id), at);
      const view = new DataView(bytes.buffer, at + ID_BYTES, HASHES * 4);
      for (let i = 0; i < HASHES; i++) view.setUint32(i * 4, signature[i]!, true);
      at += RECORD_BYTES;
    }
    return bytes;
  }

  /** Adds the signatures of `bytes` (see toBytes); a damaged cache adds what it can read. */
  addBytes(bytes: Uint8Array): void {
    const decoder = new TextDecoder();
    for (let at = 0; at + RECORD_BYTES <= bytes.length; at += RECORD_BYTES) {
      const id = decoder.decode(bytes.subarray(at, at + ID_BYTES));
      if (!/^[a-z0-9]{12}$/.test(id)) return;
      const view = new DataView(bytes.buffer, bytes.byteOffset + at + ID_BYTES, HASHES * 4);
      const signature = new Uint32Array(HASHES);
      for (let i = 0; i < HASHES; i++) signature[i] = view.getUint32(i * 4, true);
      this.add(id as ArticleId, signature);
    }
  }

  /**
   * The indexed article most like `signature`, if at least COPY_THRESHOLD the same; `present`
   * says whether an indexed article is still in the notebook (an undone import, a deletion).
   */
  copyOf(signature: Uint32Array, present: (id: ArticleId) => boolean): CopyOf | null {
    let best: CopyOf | null = null;
    const seen = new Set<ArticleId>();
    for (const key of bandKeys(signature)) {
      for (const id of this.bands.get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        if (!present(id)) continue;
        const similarity = estimate(signature, this.signatures.get(id)!);
        if (similarity >= COPY_THRESHOLD && (best === null || similarity > best.similarity))
          best = { articleId: id, similarity };
      }
    }
    return best;
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

function estimate(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < HASHES / ROWS; band++) {
    let key = `${band}`;
    for (let row = 0; row < ROWS; row++) key += `:${signature[band * ROWS + row]!.toString(36)}`;
    keys.push(key);
  }
  return keys;
}

/** murmur3's finalizer: spreads the bits of a 32-bit hash. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
