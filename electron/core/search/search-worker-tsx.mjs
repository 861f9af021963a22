// Starts search-worker.ts from the TypeScript sources (tests, the benchmark, scripts run by tsx):
// the search process starts with none of its host's Node options, so this one registers tsx's
// loader (see import/extract-worker-tsx.mjs). Bundles start their own built search-worker instead.
import { register } from 'tsx/esm/api';

register();
await import('./search-worker.ts');
