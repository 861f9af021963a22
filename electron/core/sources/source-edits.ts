import { DossierError } from '../../common/errors.ts';
import type { Reliability, Source, SourceId } from '../../common/model/source.ts';
import type { NotebookChange } from '../commands/notebook-change.ts';
import type { NotebookStore } from '../store/notebook-store.ts';
import { sourceKey } from './outlets.ts';
import { SourceRegistry } from './source-registry.ts';

/** The notebook's sources as they stand (see SourceRegistry). */
export function sourceRegistry(store: NotebookStore): SourceRegistry {
  return new SourceRegistry(store.sourcesFile, store.listSummaries());
}

export interface SourceEdit {
  name?: string;
  reliability?: Reliability | null;
  notes?: string;
}

/** Rename, grade or annotate a source; a new name keeps the old one as an alias. */
export function updateSource(
  store: NotebookStore,
  nameOrId: string,
  edit: SourceEdit,
): NotebookChange & { sourceId: SourceId } {
  const registry = sourceRegistry(store);
  const target = registry.find(nameOrId);
  if (edit.name !== undefined && sourceKey(edit.name) !== sourceKey(target.name)) {
    const taken = registry.sources.find(
      (other) =>
        other !== target &&
        [other.name, ...other.aliases].some((name) => sourceKey(name) === sourceKey(edit.name!)),
    );
    if (taken !== undefined) {
      throw new DossierError(
        'invalid-input',
        `“${edit.name}” already names the source “${taken.name}”; merge the two sources instead.`,
      );
    }
  }
  const sources = registry.fileWith((all) =>
    all.map((source) => (source.id === target.id ? edited(source, edit) : source)),
  );
  const what =
    edit.reliability !== undefined
      ? `Grade “${target.name}” ${edit.reliability ?? 'ungraded'}`
      : edit.name !== undefined
        ? `Rename “${target.name}” to “${edit.name}”`
        : `Edit “${target.name}”`;
  return { label: what, sources, sourceId: target.id };
}

function edited(source: Source, edit: SourceEdit): Source {
  const name = edit.name?.trim() ?? source.name;
  const aliases =
    name === source.name
      ? source.aliases
      : [...new Set([...source.aliases, source.name])].filter((alias) => alias !== name);
  return {
    ...source,
    name,
    aliases,
    reliability: edit.reliability === undefined ? source.reliability : edit.reliability,
    notes: edit.notes ?? source.notes,
  };
}

/**
 * Merge sources into one: the target takes their names as aliases (their articles follow), their
 * grade when it has none, and their notes.
 */
export function mergeSources(
  store: NotebookStore,
  targetNameOrId: string,
  sourceNamesOrIds: readonly string[],
): NotebookChange {
  const registry = sourceRegistry(store);
  const target = registry.find(targetNameOrId);
  const merged = sourceNamesOrIds.map((nameOrId) => registry.find(nameOrId));
  if (merged.some((source) => source.id === target.id))
    throw new DossierError(
      'invalid-input',
      `A source cannot be merged into itself (“${target.name}”).`,
    );
  if (merged.length === 0) throw new DossierError('invalid-input', 'Name the sources to merge.');
  const ids = new Set(merged.map((source) => source.id));
  const sources = registry.fileWith((all) =>
    all
      .filter((source) => !ids.has(source.id))
      .map((source) => {
        if (source.id !== target.id) return source;
        const names = merged.flatMap((other) => [other.name, ...other.aliases]);
        return {
          ...source,
          aliases: [...new Set([...source.aliases, ...names])].filter((n) => n !== source.name),
          reliability:
            source.reliability ??
            merged.find((other) => other.reliability !== null)?.reliability ??
            null,
          notes: [source.notes, ...merged.map((other) => other.notes)].filter(Boolean).join('\n\n'),
        };
      }),
  );
  return {
    label: `Merge ${merged.map((source) => `“${source.name}”`).join(', ')} into “${target.name}”`,
    sources,
  };
}
