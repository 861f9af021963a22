import { readFileSync } from 'node:fs';

/**
 * What in a test file's source makes it need a fresh process of its own: module mocks, spies,
 * fake timers and stubs; writes to process.env or process-wide handlers and streams; a DOM
 * environment; processes, servers and workers it starts (and the pools that start them), whose
 * number, timing or memory a test may count on.
 */
const NEEDS_OWN_PROCESS = new RegExp(
  [
    /vi\.(mock|doMock|spyOn|stub\w*|useFakeTimers|fn)\b/,
    /@vitest-environment/,
    /process\.env(\.\w+|\[[^\]]+\]) *=[^=]|delete process\.env/,
    /process\.(chdir|on)\(|process\.(stdout|stderr)\.write *=|globalThis\.|defineProperty\(process/,
    /setExtractLauncher|extractPool|readingPool|ReadingPool|statFiles|Worker\b/,
    /\b(spawn|fork|startServer|runCli|startCli)\b|importPaths|importFiles|'import'/,
    /listSuggestions|listEventSuggestions|\.search\(/,
  ]
    .map((pattern) => pattern.source)
    .join('|'),
);

/**
 * Whether a test file runs in a process of its own (vitest's `isolate`), or shares its worker
 * with other files and the modules they loaded: the core's modules load once per worker instead
 * of once per file (20 such files took 32 s of CPU shared, 64 s isolated).
 */
export function needsOwnProcess(file: string): boolean {
  return NEEDS_OWN_PROCESS.test(readFileSync(file, 'utf8'));
}
