import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './electron/core/briefing/chromium.ts';

/**
 * Debian's headless shell (package chromium-headless-shell, Chromium's old headless mode) where it
 * is installed: the same engine without the full browser around it. Ten page loads with a tour
 * of the views took 9.7-11.0 s of CPU in it against 17.7-19.6 s in the full browser (load 25-30),
 * and the screenshot baselines hold in both. DOSSIER_CHROMIUM, when set, still names the browser.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const E2E_CHROMIUM_PATH =
  !process.env.DOSSIER_CHROMIUM && existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM_PATH;

/**
 * End-to-end tests drive the real renderer in browser mode (`dossier serve`), in Debian's
 * Chromium. Never `npx playwright install`: the browser comes from apt (Debian's chromium package,
 * or its chromium-headless-shell).
 * The renderer must be built first (`npx vite build`; `npm test` does it).
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  // The CLI bundle that every server runs, and the notebooks that specs copy, built once.
  globalSetup: './test/e2e/global-setup.ts',
  // Every test has its own notebook folder and server, so tests run two at a time (this machine
  // has two cores; the browser and the server wait on each other most of the time). Three were
  // slower and less stable: shell, commands, sources and paste-article back to back, 268 s wall
  // and 26 passed with two, 374 s and 3 failed with three (load 15-28).
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    locale: 'en-GB',
    timezoneId: 'UTC',
    // A failed test keeps its trace of DOM snapshots, but not the screencast that a trace records
    // by default: its frames kept the browser painting through every test (shell.spec.ts, one
    // worker, load 30-40: Chromium's CPU 21.7 s with it, 17.9 s without).
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: E2E_CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--disable-quic'],
    },
  },
});
