import { readFile } from 'node:fs/promises';
import { DossierError } from '../common/errors.ts';

// What every command uses: its mistakes reported as usage errors, the files it reads, the lines
// it prints.

/** Mistakes in how the command was called; reported like any other user error. */
export function usageError(message: string): DossierError {
  return new DossierError('invalid-input', `${message} (see dossier --help)`);
}

export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(code);
    throw new DossierError('io', `Cannot read ${path}: ${why}.`);
  }
}

export function print(line: string): void {
  process.stdout.write(line + '\n');
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** A date range as one word: "2026-03-16", "2026-03-16..2026-03-17" or "undated". */
export function dateText(date: { start: string; end: string } | null): string {
  if (date === null) return 'undated';
  return date.start === date.end ? date.start : `${date.start}..${date.end}`;
}
