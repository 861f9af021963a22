import { DossierError } from '../../common/errors.ts';
import { decompressionBomb, inflateWithin, MAX_INFLATED_BYTES } from './inflate-limit.ts';

/** Word's XML compresses about 10:1; a thousand to one is a zip bomb. */
const MAX_RATIO = 1000;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  name: string;
  method: number;
  data: Uint8Array;
}

/** The entries the central directory lists, each with its compressed bytes. */
function entriesOf(bytes: Uint8Array, name: string): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const notZip = new DossierError(
    'invalid-input',
    `${name} is not a Word document (not a zip archive)`,
  );
  // The end record sits in the last 22 bytes, or before a comment of up to 64 KB.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw notZip;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let declared = 0;
  const entries: Entry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw notZip;
    const packed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff || packed === 0xffffffff) {
      throw new DossierError(
        'invalid-input',
        `${name} is a ZIP64 archive, far larger than a document`,
      );
    }
    if ((view.getUint16(at + 8, true) & 1) !== 0) {
      throw new DossierError('invalid-input', `${name} is encrypted`);
    }
    // What the archive declares is only a first check: what counts is what comes out.
    declared += size;
    if (declared > MAX_INFLATED_BYTES) throw decompressionBomb(name);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) throw notZip;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      data: bytes.subarray(start, Math.min(bytes.length, start + packed)),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** An entry's bytes, inflated within `limit`. */
async function contentOf(
  entry: Entry,
  name: string,
  limit: number,
  keep: boolean,
): Promise<{ size: number; bytes: Uint8Array | null; over: boolean }> {
  if (entry.method === STORED) {
    const size = entry.data.byteLength;
    return { size, bytes: entry.data, over: size > limit };
  }
  if (entry.method !== DEFLATED) {
    throw new DossierError(
      'invalid-input',
      `${name} is not a readable Word document (${entry.name} uses a compression Word does not)`,
    );
  }
  return inflateWithin(entry.data, { raw: true, limit, keep });
}

/**
 * Unpacks a .docx into its files. The sizes the zip declares are not trusted: every entry is
 * inflated counting its bytes, and the whole stops at MAX_INFLATED_BYTES. A first pass only
 * counts (a bomb costs a chunk of memory, not its size); the second keeps the bytes, now known
 * to be within the limit. The readers then get these bytes, never the archive itself.
 */
export async function unpackZip(bytes: Uint8Array, name: string): Promise<Map<string, Uint8Array>> {
  const entries = entriesOf(bytes, name).filter((entry) => !entry.name.endsWith('/'));
  let total = 0;
  let packed = 0;
  const sizes: number[] = [];
  for (const entry of entries) {
    const { size, over } = await contentOf(entry, name, MAX_INFLATED_BYTES - total, false);
    if (over) throw decompressionBomb(name);
    sizes.push(size);
    total += size;
    packed += entry.data.byteLength;
  }
  if (total > 1024 * 1024 && total > packed * MAX_RATIO) {
    throw new DossierError(
      'invalid-input',
      `${name}: the document is compressed ${Math.round(total / packed)} to 1, far more than documents are; it was not imported (it may be a decompression bomb)`,
    );
  }
  const files = new Map<string, Uint8Array>();
  for (const [index, entry] of entries.entries()) {
    const { bytes: content } = await contentOf(entry, name, sizes[index]!, true);
    files.set(entry.name, content ?? new Uint8Array());
  }
  return files;
}
