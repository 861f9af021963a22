import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { needsOwnProcess, rendersInJsdom } from './test/support/isolation.ts';

const files = readdirSync('test/unit', { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.test\.tsx?$/.test(name))
  .map((name) => join('test/unit', name));
const isolated = files.filter(needsOwnProcess);
const page = files.filter(rendersInJsdom);

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // Both cores: on a quiet 2-core machine every file passed with two workers, in 188 s
    // against 295 s with one (the default leaves a core free).
    maxWorkers: 2,
    globalSetup: ['test/support/build-cli.ts'],
    projects: [
      { extends: true, test: { name: 'isolated', include: isolated } },
      { extends: true, test: { name: 'page', include: page, isolate: false } },
      {
        extends: true,
        test: { name: 'shared', include: files, exclude: [...isolated, ...page], isolate: false },
      },
    ],
  },
});
