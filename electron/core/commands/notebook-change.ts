import type { Command } from './history.ts';
import { touches } from '../../common/api/change.ts';
import type { Article } from '../../common/model/article.ts';
import type { EntitiesFile } from '../../common/model/entity.ts';
import type { EventsFile } from '../../common/model/event.ts';
import type { BriefingsFile } from '../../common/model/briefing.ts';
import type { RelationsFile } from '../../common/model/relation.ts';
import type { SourcesFile } from '../../common/model/source.ts';
import type { NotebookStore } from '../store/notebook-store.ts';

/**
 * A change to the annotations of a notebook, described by the new state of each document it
 * touches. Annotation edits (mentions, merges, decisions) are computed as NotebookChanges by
 * pure functions in electron/core/annotate/ and applied here.
 */
export interface NotebookChange {
  label: string;
  /** The articles it touches, as they are after the change. */
  articles?: Article[];
  /** The registry after the change. */
  registry?: EntitiesFile;
  /** The events after the change. */
  events?: EventsFile;
  /** The briefings after the change. */
  briefings?: BriefingsFile;
  /** The relations after the change. */
  relations?: RelationsFile;
  /** The sources after the change. */
  sources?: SourcesFile;
}

/**
 * The command that applies a change and reverts it. Writes are ordered so that a crash between
 * two files never leaves a mention pointing at an entity that is not in the registry: the
 * registry is first written with the entities of both states, then the articles, the events,
 * the briefings and the relations, then the registry as it ends, unless the first write was that
 * already (no entity removed: a mention marked with a new name, an entity added), which a save
 * wrote twice before.
 */
export function changeCommand(store: NotebookStore, change: NotebookChange): Command {
  const articlesBefore = (change.articles ?? []).map((after) => {
    const before = store.getArticle(after.id);
    if (before === undefined)
      throw new Error(`changeCommand: article ${after.id} is not in the notebook`);
    return before;
  });
  const registryBefore = store.registry;
  const eventsBefore = store.eventsFile;
  const briefingsBefore = store.briefingsFile;
  const relationsBefore = store.relationsFile;
  const sourcesBefore = store.sourcesFile;

  async function write(
    articles: Article[],
    from: EntitiesFile,
    to: EntitiesFile | undefined,
    events: EventsFile | undefined,
    briefings: BriefingsFile | undefined,
    relations: RelationsFile | undefined,
    sources: SourcesFile | undefined,
  ): Promise<void> {
    const first = to === undefined ? undefined : bothStates(from, to);
    if (first !== undefined) await store.putRegistry(first);
    for (const article of articles) await store.putArticle(article);
    if (events !== undefined) await store.putEvents(events);
    if (briefings !== undefined) await store.putBriefings(briefings);
    if (relations !== undefined) await store.putRelations(relations);
    if (sources !== undefined) await store.putSources(sources);
    if (to !== undefined && first !== to) await store.putRegistry(to);
  }

  return {
    label: change.label,
    touched: touches({
      articles: (change.articles ?? []).map((article) => article.id),
      registry: change.registry !== undefined,
      events: change.events !== undefined,
      briefings: change.briefings !== undefined,
      relations: change.relations !== undefined,
      sources: change.sources !== undefined,
    }),
    apply: () =>
      write(
        change.articles ?? [],
        registryBefore,
        change.registry,
        change.events,
        change.briefings,
        change.relations,
        change.sources,
      ),
    revert: () =>
      write(
        articlesBefore,
        change.registry ?? registryBefore,
        change.registry && registryBefore,
        change.events && eventsBefore,
        change.briefings && briefingsBefore,
        change.relations && relationsBefore,
        change.sources && sourcesBefore,
      ),
  };
}

/** The registry `to`, plus any entity of `from` that `to` lacks (`to` itself if none). */
function bothStates(from: EntitiesFile, to: EntitiesFile): EntitiesFile {
  const ids = new Set(to.entities.map((entity) => entity.id));
  const removed = from.entities.filter((entity) => !ids.has(entity.id));
  return removed.length === 0 ? to : { ...to, entities: [...to.entities, ...removed] };
}
