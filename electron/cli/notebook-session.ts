import type { NotebookApi } from '../common/api/contract.ts';
import { localApi } from '../core/api/dispatch.ts';
import { NotebookService, type ServiceOptions } from '../core/service/notebook-service.ts';
import { warnIfBackupsFail } from './backup-warning.ts';
import { describeCatalogRebuild, type CatalogRebuild } from '../common/model/notebook.ts';

/** How often a rebuild's progress is printed, at most. */
const PROGRESS_EVERY_MS = 1_000;

/**
 * A command answers from the whole list of articles: when the list is being rebuilt (its cache
 * was missing or damaged), wait for it, saying how far it got on stderr.
 */
async function rebuiltCatalog(service: NotebookService): Promise<void> {
  const started = service.store.catalogRebuild;
  if (started === null) return;
  if (started.damagedCopy !== null)
    process.stderr.write(
      `The list of articles was damaged; it was kept as ${started.damagedCopy} and is rebuilt from the articles.\n`,
    );
  let printed = 0;
  const print = (progress: CatalogRebuild) => {
    printed = Date.now();
    process.stderr.write(`${describeCatalogRebuild(progress)}\n`);
  };
  print(started);
  const stop = service.onEvent((event) => {
    if (event.type !== 'catalog-progress') return;
    if (event.done === event.total || Date.now() - printed >= PROGRESS_EVERY_MS) print(event);
  });
  try {
    await service.store.articlesComplete();
  } finally {
    stop();
  }
}

/**
 * Runs a command's `task` on the notebook in `folder`, opened for this command and closed after
 * it, with a warning on stderr when backups are failing.
 */
export async function withService<T>(
  folder: string,
  options: Pick<ServiceOptions, 'readOnly' | 'readOnThisThread' | 'catalogRebuild'>,
  task: (service: NotebookService) => Promise<T>,
): Promise<T> {
  const service = await NotebookService.open(folder, { app: 'dossier CLI', ...options });
  try {
    await rebuiltCatalog(service);
    return await task(service);
  } finally {
    warnIfBackupsFail(service);
    await service.close();
  }
}

/** `task` with the notebook's API, through the same dispatch as the app's calls. */
export async function withNotebook(
  folder: string,
  options: { readOnly?: boolean },
  task: (api: NotebookApi) => Promise<void>,
): Promise<number> {
  // One command, one thread with nothing else to answer: suggestions read on it (no worker).
  await withService(folder, { readOnThisThread: true, ...options }, (service) =>
    task(localApi(service)),
  );
  return 0;
}
