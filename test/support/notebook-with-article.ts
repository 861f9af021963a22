import { join } from 'node:path';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import type { NotebookApi } from '../../electron/common/api/contract.ts';
import type { ArticleId } from '../../electron/common/model/ids.ts';
import { tempFolder } from './temp-folder.ts';

export interface NotebookWithArticle {
  api: NotebookApi;
  service: NotebookService;
  folder: string;
  id: ArticleId;
}

/** A new notebook in a temporary folder holding one article of 2021-03-16 with this text. */
export async function notebookWithArticle(text: string): Promise<NotebookWithArticle> {
  const folder = join(await tempFolder(), 'nb');
  const service = await NotebookService.open(folder);
  const api = localApi(service);
  const { id } = await api.addText({ title: 'Trip', text, published: '2021-03-16' });
  return { api, service, folder, id };
}

/** The selection of the first `quote` in `text`. */
export function span(text: string, quote: string, from = 0) {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`“${quote}” is not in the text`);
  return { start, end: start + quote.length, quote };
}
