// Starts stat-worker.ts from the TypeScript sources (tests, the benchmark, scripts run by tsx):
// a worker thread does not inherit the loader of the thread that starts it (see
// import/extract-worker-tsx.mjs). Bundles start their own built stat-worker instead.
import { register } from 'tsx/esm/api';

register();
// Before the worker's modules are loaded (through tsx, most of its CPU).
(await import('../background-thread.ts')).runThisThreadInBackground();
await import('./stat-worker.ts');
