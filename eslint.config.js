import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

// Bare names are matched exactly: as patterns, "events" would also match the page's events/ folder.
const nodeBuiltins = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'events',
  'stream',
  'util',
  'worker_threads',
];

// The page's globals, which code that also runs outside a page must not use.
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'HTMLElement'];

/**
 * The core's folders, each with the folders it may import (besides electron/common and the
 * core's own top-level files). Lowest first; a folder never imports one above it, so no cycle.
 */
const lowest = ['disk', 'dates', 'security', 'import', 'search', 'store', 'notebooks'];
const middle = [...lowest, 'suggest', 'commands', 'annotate', 'sources', 'briefing'];
const coreOrder = {
  disk: [],
  dates: [],
  security: [],
  import: [],
  search: ['disk'],
  store: ['disk', 'search', 'import'],
  notebooks: ['disk'],
  suggest: lowest,
  commands: lowest,
  annotate: [...lowest, 'suggest', 'commands'],
  sources: [...lowest, 'commands', 'annotate'],
  briefing: [...lowest, 'annotate', 'commands', 'formats', 'sources'],
  formats: [...lowest, 'annotate', 'commands'],
  service: middle,
  api: [...middle, 'service'],
  eval: [...middle, 'service'],
};

/** The core's import restrictions, with `more` patterns for one folder. */
function coreImports(more) {
  return {
    paths: [{ name: 'electron', message: 'electron/core must not depend on Electron.' }],
    patterns: [
      { group: ['electron/*'], message: 'electron/core must not depend on Electron.' },
      {
        group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/serve/**', '**/cli/**'],
        message: 'electron/core must not import from the layers above it.',
      },
      ...more,
    ],
  };
}

/**
 * The service's handlers answer the app: no synchronous file access in them (issue 20). Articles
 * are read with async fs (ctx.readArticle, ctx.articlesOf, store.readArticles) before a command;
 * inside it, ctx.requireArticle finds them in the catalog's cache.
 */
const serviceReads = [
  {
    selector: 'CallExpression[callee.property.name=/^(getArticle|listArticles)$/]',
    message:
      'A handler reads articles by async fs: ctx.readArticle, ctx.articlesOf, store.readArticles; inside a command, ctx.requireArticle (issue 20).',
  },
  {
    selector: 'ImportSpecifier[imported.name=/Sync$/]',
    message: 'No synchronous file access in the service: its handlers answer the app (issue 20).',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Shared code runs anywhere (main, preload, workers, the page): no Node, no DOM, no Electron.
    files: ['electron/common/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'electron/common runs anywhere: no Electron.' },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'electron/common runs anywhere: no Node modules.',
            })),
          ],
          patterns: [
            { group: ['node:*'], message: 'electron/common runs anywhere: no Node modules.' },
            {
              group: [
                '**/core/**',
                '**/main/**',
                '**/preload/**',
                '**/serve/**',
                '**/cli/**',
                '**/renderer/**',
              ],
              message: 'electron/common imports only electron/common.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    // The core runs anywhere Node runs: no Electron, no DOM, nothing of the page.
    files: ['electron/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', coreImports([])],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  // The order inside the core (docs/ARCHITECTURE.md "Layers"): each folder imports only the
  // folders below it, checked for static and dynamic imports alike.
  ...Object.entries(coreOrder).map(([folder, below]) => {
    const above = Object.keys(coreOrder).filter(
      (other) => other !== folder && !below.includes(other),
    );
    const allowed = below.length === 0 ? 'none' : below.join(', ');
    const message = `electron/core/${folder} may import these folders of the core only: ${allowed} (docs/ARCHITECTURE.md "Layers").`;
    return {
      files: [`electron/core/${folder}/**/*.ts`],
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          coreImports([{ group: above.map((other) => `../${other}/*`), message }]),
        ],
        'no-restricted-syntax': [
          'error',
          ...above.map((other) => ({
            selector: `ImportExpression[source.value=/^\\.\\.\\/${other}\\//]`,
            message,
          })),
          ...(folder === 'service' ? serviceReads : []),
        ],
      },
    };
  }),
  {
    // The page knows only the API and the shared layer (electron/common), nothing that runs in Node.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches the app only through the API.' },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'The renderer runs in a sandboxed page: no Node modules.',
            })),
          ],
          patterns: [
            {
              group: ['node:*'],
              message: 'The renderer runs in a sandboxed page: no Node modules.',
            },
            {
              group: ['**/electron/*', '!**/electron/common'],
              message: 'The renderer may import only from electron/common/.',
            },
          ],
        },
      ],
    },
  },
);
