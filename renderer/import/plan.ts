import type { ImportResult } from '../../electron/common/api/contract.ts';
import type { PickedFile } from './pick-files.ts';

/** The core refuses larger files; they are refused here too, with its words, and never sent. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** The server takes 32 MB of JSON per call: about 8 MB of base64 per call leaves room. */
export const MAX_BATCH_BASE64 = 8 * 1024 * 1024;

export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The reason the core gives for a file over the limit (electron/core/import/extract.ts). */
export function tooLargeReason(file: PickedFile): string {
  const megabytes = (file.file.size / (1024 * 1024)).toFixed(1);
  return `${baseName(file.name)} is ${megabytes} MB; the limit is ${MAX_FILE_BYTES / (1024 * 1024)} MB`;
}

export interface ImportPlan {
  /** Refused before sending: too large. */
  refused: ImportResult[];
  /** The files to send, call by call: each at most ~8 MB of base64, at least one file. */
  batches: PickedFile[][];
  /** How many files are sent in all (the job's `batch.total`). */
  sent: number;
}

export function planImport(files: PickedFile[]): ImportPlan {
  const refused: ImportResult[] = [];
  const batches: PickedFile[][] = [];
  let current: PickedFile[] = [];
  let currentSize = 0;
  let sent = 0;
  for (const file of files) {
    if (file.file.size > MAX_FILE_BYTES) {
      refused.push({ path: file.name, status: 'failed', reason: tooLargeReason(file) });
      continue;
    }
    const size = base64Length(file.file.size);
    if (current.length > 0 && currentSize + size > MAX_BATCH_BASE64) {
      batches.push(current);
      current = [];
      currentSize = 0;
    }
    current.push(file);
    currentSize += size;
    sent++;
  }
  if (current.length > 0) batches.push(current);
  return { refused, batches, sent };
}

const ORDER = { failed: 0, duplicate: 1, imported: 2 } as const;

/** Failed first, then duplicates, then imported; the file order within each. */
export function orderResults(results: ImportResult[]): ImportResult[] {
  return results
    .map((result, index) => ({ result, index }))
    .sort((a, b) => ORDER[a.result.status] - ORDER[b.result.status] || a.index - b.index)
    .map(({ result }) => result);
}

export interface ImportCounts {
  imported: number;
  duplicate: number;
  failed: number;
}

export function countResults(results: ImportResult[]): ImportCounts {
  const counts = { imported: 0, duplicate: 0, failed: 0 };
  for (const result of results) counts[result.status]++;
  return counts;
}

/** "140 imported, 6 duplicates, 4 failed" (only the parts that are not zero, but never empty). */
export function summarize(counts: ImportCounts): string {
  const parts: string[] = [];
  if (counts.imported > 0 || (counts.duplicate === 0 && counts.failed === 0)) {
    parts.push(`${counts.imported} imported`);
  }
  if (counts.duplicate > 0) {
    parts.push(`${counts.duplicate} ${counts.duplicate === 1 ? 'duplicate' : 'duplicates'}`);
  }
  if (counts.failed > 0) parts.push(`${counts.failed} failed`);
  return parts.join(', ');
}
