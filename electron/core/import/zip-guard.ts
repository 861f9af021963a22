import { DossierError } from '../errors.ts';

/** More than any real .docx holds once inflated. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** Word's XML compresses about 10:1; a thousand to one is a zip bomb. */
const MAX_RATIO = 1000;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/**
 * Reads the sizes a zip declares in its central directory, before anything is inflated, and
 * refuses archives that are not zips or would expand beyond what a document can need.
 */
export function checkZip(bytes: Uint8Array, name: string): void {
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
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  let compressed = 0;
  for (let index = 0; index < entries; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw notZip;
    const packed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff || packed === 0xffffffff) {
      throw new DossierError(
        'invalid-input',
        `${name} is a ZIP64 archive, far larger than a document`,
      );
    }
    total += size;
    compressed += packed;
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  if (total > MAX_UNZIPPED_BYTES) {
    throw new DossierError(
      'invalid-input',
      `${name} would expand to ${megabytes(total)} MB; the limit is ${MAX_UNZIPPED_BYTES / (1024 * 1024)} MB`,
    );
  }
  if (total > 1024 * 1024 && total > compressed * MAX_RATIO) {
    throw new DossierError(
      'invalid-input',
      `${name} is compressed ${Math.round(total / compressed)} to 1: a zip bomb`,
    );
  }
}
