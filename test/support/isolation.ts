import { readFileSync } from 'node:fs';

/**
 * What in a test file's source changes its process for the files after it, so that it needs a
 * fresh process of its own: module mocks, spies, fake timers and stubs; writes to process.env or
 * process-wide handlers and streams; a DOM environment; the process-wide import and reading
 * pools touched directly (their launcher, their limits); processes it starts and kills itself,
 * whose timing it counts on (the crash and lock tests); a DOM other than jsdom.
 *
 * Not here: a command run in a child (runCli, startCli), a server or notebook the file starts
 * and closes, an import, suggestions or a search through a notebook it closes. The pools those
 * start are the process's own and outlive the file, as they outlive a notebook in the app; the
 * next file finds them started.
 */
const NEEDS_OWN_PROCESS = new RegExp(
  [
    /vi\.(mock|doMock|spyOn|stub\w*|useFakeTimers)\b/,
    /@vitest-environment(?! jsdom\b)/,
    /process\.env(\.\w+|\[[^\]]+\]) *=[^=]|delete process\.env/,
    /process\.(chdir|on)\(|process\.(stdout|stderr)\.write *=|globalThis\.|defineProperty\(process/,
    /setChildLauncher|extractPool|readingPool|ReadingPool/,
    /\b(spawn|fork)\(/,
  ]
    .map((pattern) => pattern.source)
    .join('|'),
);

/**
 * Whether a test file runs in a process of its own (vitest's `isolate`), or shares its worker
 * with other files and the modules they loaded: the core's modules load once per worker instead
 * of once per file (20 such files took 32 s of CPU shared, 64 s isolated; the 29 files that only
 * ran children, servers, imports, suggestions or searches 95 s shared, 146 s isolated).
 */
export function needsOwnProcess(file: string): boolean {
  return NEEDS_OWN_PROCESS.test(readFileSync(file, 'utf8'));
}

/**
 * Whether a test file renders the page's components in jsdom (`// @vitest-environment jsdom`)
 * and does nothing else that needs a process of its own: such files share a worker too, which
 * loads jsdom, React and the renderer's modules once (the 9 such files: 11 s of CPU shared,
 * 33 s each in its own process). They share one jsdom window, as they share modules: each file
 * unmounts what it rendered (`afterEach(cleanup)`) or replaces the body's children itself.
 */
export function rendersInJsdom(file: string): boolean {
  return /@vitest-environment jsdom\b/.test(readFileSync(file, 'utf8')) && !needsOwnProcess(file);
}
