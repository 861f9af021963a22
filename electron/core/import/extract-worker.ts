/**
 * A worker thread of ExtractPool: reads files into articles, one at a time, off the thread that
 * answers the app. Bundles build this file as an entry of its own, beside the code that starts it.
 */
import { parentPort } from 'node:worker_threads';
import { describe } from '../errors.ts';
import { extractArticles, type ImportFile } from './extract.ts';
import type { ExtractOutcome } from './extract-pool.ts';

const port = parentPort!;
port.on('message', (file: ImportFile) => {
  extractArticles(file).then(
    (articles) => port.postMessage({ articles } satisfies ExtractOutcome),
    (error: unknown) => port.postMessage({ error: describe(error) } satisfies ExtractOutcome),
  );
});
