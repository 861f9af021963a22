// Starts extract-worker.ts from the TypeScript sources (tests, the benchmark, scripts run by tsx):
// a worker thread does not inherit the loader of the thread that starts it, so this one registers
// tsx's (its ESM hooks only: the readers' CommonJS dependencies, jsdom, then load natively).
// Bundles start their own built extract-worker instead.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
