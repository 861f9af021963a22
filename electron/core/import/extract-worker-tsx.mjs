// Starts extract-worker.ts from the TypeScript sources (tests, the benchmark, scripts run by tsx):
// the reading process starts with none of its host's Node options, so this one registers tsx's
// loader (its ESM hooks only: the readers' CommonJS dependencies, jsdom, then load natively).
// Bundles start their own built extract-worker instead.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
