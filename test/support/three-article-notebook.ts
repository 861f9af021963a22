import { join } from 'node:path';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { tempFolder } from './temp-folder.ts';

/**
 * A notebook of three short articles, closed: its folder and the articles' ids. Whether its
 * first open left a backup depends on the test file's mocks (the backup tests use it).
 */
export async function threeArticleNotebook(
  prefix: string,
): Promise<{ folder: string; ids: string[] }> {
  const folder = join(await tempFolder(prefix), 'nb');
  const service = await NotebookService.open(folder);
  const api = localApi(service);
  const ids: string[] = [];
  for (const title of ['Talks in Tokyo', 'Aid for Kenya', 'Sanctions on Iran']) {
    ids.push((await api.addText({ title, text: `${title}: the report.` })).id);
  }
  await service.close();
  return { folder, ids };
}
