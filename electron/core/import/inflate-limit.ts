import { constants, createInflate, createInflateRaw } from 'node:zlib';
import { DossierError } from '../../common/errors.ts';

const MB = 1024 * 1024;

/**
 * More than any real document's text holds once inflated: a .docx's parts, a PDF's content,
 * font and object streams (its images are not counted: the text layer never decodes them).
 */
export const MAX_INFLATED_BYTES = 200 * MB;

export function decompressionBomb(name: string): DossierError {
  return new DossierError(
    'invalid-input',
    `${name}: the document expands to more than ${MAX_INFLATED_BYTES / MB} MB when unpacked; it was not imported (it may be a decompression bomb)`,
  );
}

export interface Inflated {
  /** Bytes that came out, counted as they came: past `limit` by at most one chunk. */
  size: number;
  /** The bytes, when asked for and within the limit. */
  bytes: Buffer | null;
  over: boolean;
}

/**
 * Inflates `data` (raw deflate as in a zip, or zlib as in a PDF's FlateDecode) counting the
 * bytes as they come, and stops at `limit`: a bomb costs one 256 KB chunk of memory, not what
 * its headers declare or what it would inflate to. A stream that is cut short or damaged
 * counts what came out of it before the damage (a reader would get as much).
 */
export function inflateWithin(
  data: Uint8Array,
  options: { raw: boolean; limit: number; keep: boolean },
): Promise<Inflated> {
  const { raw, limit, keep } = options;
  const zlibOptions = { chunkSize: 256 * 1024, finishFlush: constants.Z_SYNC_FLUSH };
  const inflate = raw ? createInflateRaw(zlibOptions) : createInflate(zlibOptions);
  const chunks: Buffer[] = [];
  let size = 0;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (over: boolean) => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      resolve({ size, over, bytes: keep && !over ? Buffer.concat(chunks, size) : null });
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish(true);
      else if (keep) chunks.push(chunk);
    });
    inflate.on('end', () => finish(false));
    inflate.on('error', () => finish(false));
    inflate.end(data);
  });
}
