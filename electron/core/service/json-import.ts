import { DossierError } from '../../common/errors.ts';
import { EVERYTHING } from '../../common/api/change.ts';
import type { Command } from '../commands/history.ts';
import type { NotebookStore } from '../store/notebook-store.ts';
import { isEmptyNotebook, type NotebookExport } from '../briefing/notebook-json.ts';

/**
 * The command that restores a parsed JSON export into a notebook, which must be empty when its
 * turn comes (checked then, when nothing else can change the notebook). Its revert removes what
 * it added.
 */
export function jsonImportCommand(store: NotebookStore, data: NotebookExport): Command {
  if (!isEmptyNotebook(store)) {
    throw new DossierError(
      'invalid-input',
      `The notebook ${store.folder} is not empty; a JSON export is imported only into an empty notebook (create a new one).`,
    );
  }
  const metaBefore = store.notebookFile;
  const registryBefore = store.registry;
  const eventsBefore = store.eventsFile;
  const briefingsBefore = store.briefingsFile;
  return {
    label: `Import ${data.articles.length} articles from a JSON export`,
    touched: EVERYTHING,
    apply: async () => {
      for (const [name, original] of Object.entries(data.originals))
        await store.writeOriginal(name, Buffer.from(original.data, 'base64'));
      // Entities first: no mention ever points at an entity that is not registered.
      await store.putRegistry(data.entities);
      for (const article of data.articles) await store.putArticle(article);
      await store.putEvents(data.events);
      await store.putBriefings(data.briefings);
      await store.putNotebookFile(data.notebook);
    },
    revert: async () => {
      await store.putNotebookFile(metaBefore);
      await store.putBriefings(briefingsBefore);
      await store.putEvents(eventsBefore);
      for (const article of data.articles) await store.removeArticle(article.id);
      await store.putRegistry(registryBefore);
    },
  };
}
