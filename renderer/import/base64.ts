/** Bytes per btoa call: a multiple of 3, so the pieces join into one valid base64 string. */
const CHUNK = 3 * 0x4000;

/**
 * A file's bytes as base64, converted a slice at a time: one String.fromCharCode over a large
 * array overflows the stack, and one btoa over a huge string holds it twice in memory.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const slice = bytes.subarray(start, Math.min(start + CHUNK, bytes.length));
    let binary = '';
    for (let index = 0; index < slice.length; index += 0x1000) {
      binary += String.fromCharCode(...slice.subarray(index, index + 0x1000));
    }
    parts.push(btoa(binary));
  }
  return parts.join('');
}
