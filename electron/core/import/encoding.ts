import chardet from 'chardet';
import iconv from 'iconv-lite';
import { DossierError } from '../../common/errors.ts';

/**
 * Legacy encodings we trust chardet to tell apart. Anything else it guesses is too unreliable
 * on short texts to decode silently, so we fall back to windows-1252, the most common one.
 */
const LEGACY_ENCODINGS = new Set([
  'windows-1250',
  'windows-1251',
  'windows-1252',
  'windows-1253',
  'windows-1254',
  'windows-1255',
  'windows-1256',
  'iso-8859-1',
  'iso-8859-2',
  'iso-8859-5',
  'iso-8859-6',
  'iso-8859-7',
  'iso-8859-8',
  'iso-8859-9',
  'koi8-r',
  'shift_jis',
  'euc-jp',
  'iso-2022-jp',
  'gb18030',
  'big5',
  'euc-kr',
  'utf-16le',
  'utf-16be',
]);

const utf8 = new TextDecoder('utf-8', { fatal: true });

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * Text files never contain NUL, and rarely C0 controls other than tab, LF, CR, FF and ESC
 * (ISO-2022). Checked on the first 8 KB, before decoding, so UTF-16 is excluded by the caller.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0d &&
      byte !== 0x0c &&
      byte !== 0x1b
    ) {
      controls += 1;
    }
  }
  return controls > sample.length / 100;
}

/**
 * Decodes a text file: a BOM wins, then the encoding the file declares (HTML meta charset, XML
 * declaration), then UTF-8 if the bytes are valid UTF-8, then chardet's guess among common
 * legacy encodings.
 */
export function decodeText(bytes: Uint8Array, name: string, declared?: string | null): string {
  const bom = bomEncoding(bytes);
  if (bom !== null) return iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.encoding);
  if (looksBinary(bytes)) {
    throw new DossierError('invalid-input', `${name} looks like a binary file, not text`);
  }
  const declaredEncoding = declared?.trim().toLowerCase();
  if (
    declaredEncoding !== undefined &&
    declaredEncoding !== '' &&
    iconv.encodingExists(declaredEncoding)
  ) {
    // A page that says UTF-8 but is not is common: then the bytes, not the label, decide.
    if (!/^utf-?8$/.test(declaredEncoding))
      return iconv.decode(Buffer.from(bytes), declaredEncoding);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const guess = chardet.detect(bytes)?.toLowerCase() ?? '';
    const encoding = LEGACY_ENCODINGS.has(guess) ? guess : 'windows-1252';
    return iconv.decode(Buffer.from(bytes), encoding);
  }
}

/** The charset an HTML page or XML document declares in its first kilobytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1] !== undefined) return xml[1];
  const meta =
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}
