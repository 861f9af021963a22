import type { NotebookApi } from '../common/api/contract.ts';
import { localApi } from '../core/api/dispatch.ts';
import { NotebookService } from '../core/service/notebook-service.ts';
import { warnIfBackupsFail } from './backup-warning.ts';

/**
 * Runs a command's `task` on the notebook in `folder`, opened for this command and closed after
 * it, with a warning on stderr when backups are failing.
 */
export async function withService<T>(
  folder: string,
  options: { readOnly?: boolean; readOnThisThread?: boolean },
  task: (service: NotebookService) => Promise<T>,
): Promise<T> {
  const service = await NotebookService.open(folder, { app: 'dossier CLI', ...options });
  try {
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
