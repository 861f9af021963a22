import type { SourcesFile } from '../../common/model/source.ts';
import type { NotebookStore } from '../store/notebook-store.ts';
import { sourceRegistry } from '../sources/source-edits.ts';
import type { SourceRegistry } from '../sources/source-registry.ts';

/**
 * The notebook's sources for reads (listSources, listEvents), built once per change of
 * sources.json or of the articles rather than on every call: the timeline and the sources view
 * ask often, and building walks every article. Edits build their own from the notebook as it is
 * when their turn comes (sources/source-edits.ts).
 */
export class SourceList {
  private built: { file: SourcesFile; articles: number; registry: SourceRegistry } | null = null;

  constructor(private readonly store: NotebookStore) {}

  /** The registry as the notebook stands; treat it as read-only, it is shared until a change. */
  current(): SourceRegistry {
    const file = this.store.sourcesFile;
    const articles = this.store.articlesVersion;
    if (this.built?.file !== file || this.built.articles !== articles) {
      this.built = { file, articles, registry: sourceRegistry(this.store) };
    }
    return this.built.registry;
  }
}
