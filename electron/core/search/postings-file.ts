import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The search index's postings on disk (cache/search-postings.bin, beside the index file that
 * holds the dictionary: compact-index.ts), read per query at positions: at 100,000 articles the
 * 24 million postings held in the search worker's heap took 58 MB, and the load that made them
 * twice that. The file is a header (a magic word and the write's id, which the index file names,
 * so that a postings file from another write is never read with it) and then every posting as
 * a 32-bit number in the platform's order (little-endian
 * wherever Electron runs), word after word in the dictionary's order.
 */

const MAGIC = 'dsrchpst';
const ID_BYTES = 8;
const HEADER_BYTES = MAGIC.length + ID_BYTES;
/** How many postings a piece of the written file holds (4 MB). */
const PIECE_POSTINGS = 1 << 20;

/** What the index file says of its postings file: the write's id and how many postings. */
export interface PostingsRef {
  id: string;
  count: number;
}

/** A postings file open for reading; reads are synchronous (the index lives in a worker). */
export class PostingsFile {
  /** Where reads land: as long as the longest list read so far. */
  private scratch = new Uint32Array(1024);

  private constructor(
    private readonly fd: number,
    readonly ref: PostingsRef,
  ) {}

  /** Open the file the index file names; throws when it is not that file, whole. */
  static open(path: string, ref: PostingsRef): PostingsFile {
    if (typeof ref?.id !== 'string' || !Number.isSafeInteger(ref.count) || ref.count < 0)
      throw new Error('bad postings reference');
    const fd = openSync(path, 'r');
    try {
      const header = Buffer.alloc(HEADER_BYTES);
      readSync(fd, header, 0, HEADER_BYTES, 0);
      const id = header.subarray(MAGIC.length).toString('hex');
      if (header.toString('latin1', 0, MAGIC.length) !== MAGIC || id !== ref.id)
        throw new Error('postings of another index');
      if (fstatSync(fd).size !== HEADER_BYTES + ref.count * 4)
        throw new Error('postings cut short');
      return new PostingsFile(fd, ref);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }

  /**
   * `count` postings from the `start`th, in a buffer that the next read reuses (copy what must
   * outlive it): a new buffer per read, outside the heap, fragmented the worker's allocator (with
   * the search's sums: compact-index.ts) until RSS grew by 100-150 MB over 45 searches at 100,000
   * articles.
   */
  read(start: number, count: number): Uint32Array {
    if (count > this.scratch.length)
      this.scratch = new Uint32Array(Math.max(count, this.scratch.length * 2));
    const postings = this.scratch.subarray(0, count);
    const bytes = new Uint8Array(postings.buffer, 0, count * 4);
    let done = 0;
    while (done < bytes.length) {
      const read = readSync(
        this.fd,
        bytes,
        done,
        bytes.length - done,
        HEADER_BYTES + start * 4 + done,
      );
      if (read === 0) throw new Error('postings cut short');
      done += read;
    }
    return postings;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/**
 * A postings file's content, written as it is made: `lists` yields each word's postings in the
 * dictionary's order. `ref.count` is known once the content has been written.
 */
export function postingsContent(lists: Iterable<ArrayLike<number>>): {
  ref: PostingsRef;
  content: Iterable<Uint8Array>;
} {
  const ref: PostingsRef = { id: randomBytes(ID_BYTES).toString('hex'), count: 0 };
  function* content(): Generator<Uint8Array> {
    yield Buffer.concat([Buffer.from(MAGIC, 'latin1'), Buffer.from(ref.id, 'hex')]);
    let piece = new Uint32Array(PIECE_POSTINGS);
    let size = 0;
    for (const list of lists) {
      for (let i = 0; i < list.length; i++) {
        piece[size++] = list[i]!;
        if (size === PIECE_POSTINGS) {
          yield new Uint8Array(piece.buffer);
          piece = new Uint32Array(PIECE_POSTINGS);
          size = 0;
        }
      }
      ref.count += list.length;
    }
    yield new Uint8Array(piece.buffer, 0, size * 4);
  }
  return { ref, content: content() };
}
