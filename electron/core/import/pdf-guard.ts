import { decompressionBomb, inflateWithin, MAX_INFLATED_BYTES } from './inflate-limit.ts';

/** How far before `stream` its dictionary may start. */
const DICTIONARY_REACH = 4096;

/**
 * Inflates, counting, every FlateDecode stream of a PDF before pdf.js reads it (pdf.js would
 * inflate them whole into memory), and refuses the file once they pass MAX_INFLATED_BYTES
 * together. Images are left out: the text layer never decodes them, and a scan's pages may
 * legitimately inflate to hundreds of MB. The scan finds streams by their keywords, not through
 * the cross-reference table as pdf.js does, and opens only streams whose first filter is
 * FlateDecode: what it misses (a filter chain, a stream it cannot find, a content stream that
 * calls itself an image) is stopped by the memory limit of the process that reads the file
 * (extract-pool.ts).
 */
export async function checkPdfStreams(bytes: Uint8Array, name: string): Promise<void> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (let at = data.indexOf('stream'); at >= 0; at = data.indexOf('stream', at + 6)) {
    if (at >= 3 && data.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + 6;
    if (data[start] === 0x0d) start += 1;
    if (data[start] !== 0x0a) continue;
    start += 1;
    const head = data.toString('latin1', Math.max(0, at - DICTIONARY_REACH), at);
    const dictionary = head.slice(head.lastIndexOf(' obj') + 1);
    if (!/\/Filter\s*\[?\s*\/FlateDecode\b/.test(dictionary)) continue;
    if (/\/Subtype\s*\/Image\b/.test(dictionary)) continue;
    const end = data.indexOf('endstream', start);
    const stream = data.subarray(start, end < 0 ? data.length : end);
    const { size, over } = await inflateWithin(stream, {
      raw: false,
      limit: MAX_INFLATED_BYTES - total,
      keep: false,
    });
    if (over) throw decompressionBomb(name);
    total += size;
    if (end < 0) break;
    at = end + 'endstream'.length - 6;
  }
}
