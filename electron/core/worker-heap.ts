import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full collection of the calling thread's heap, for a worker thread after work that leaves
 * much garbage and before it waits: V8 collects the old generation only once it grows again, so
 * an idle worker kept that garbage's pages in the process's RSS for as long as the notebook was
 * open (loading the search index at 100,000 articles: about 110 MB of 145). The flag is set at
 * run time because a worker takes no V8 options of its own; a context made after it has `gc`.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
