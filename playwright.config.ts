import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './electron/core/briefing/chromium.ts';

/**
 * End-to-end tests drive the real renderer in browser mode (`dossier serve`), in Debian's
 * Chromium. Never `npx playwright install`: the browser comes from apt (Debian's chromium package).
 * The renderer must be built first (`npx vite build`; `npm test` does it).
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  // Every test has its own notebook folder and server, so tests run two at a time (this machine
  // has two cores; the browser and the server wait on each other most of the time).
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
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--disable-quic'],
    },
  },
});
