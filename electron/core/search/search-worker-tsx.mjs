// Starts search-worker.ts from the TypeScript sources (tests, the benchmark, scripts run by tsx):
// a worker thread does not inherit the loader of the thread that starts it (see
// import/extract-worker-tsx.mjs). Bundles start their own built search-worker instead.
import { register } from 'tsx/esm/api';

register();
await import('./search-worker.ts');
