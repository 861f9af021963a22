// Starts reading-worker.ts from the TypeScript sources (tests, the benchmark, scripts run by tsx):
// the recognizer's process starts with none of its host's Node options, so this one registers
// tsx's loader (see import/extract-worker-tsx.mjs). Bundles start their own built reading-worker
// instead.
import { register } from 'tsx/esm/api';

register();
await import('./reading-worker.ts');
