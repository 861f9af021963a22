import { join } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { EntitiesFileSchema, emptyEntitiesFile } from '../../common/model/entity.ts';
import { EventsFileSchema, emptyEventsFile } from '../../common/model/event.ts';
import { BriefingsFileSchema, emptyBriefingsFile } from '../../common/model/briefing.ts';
import { RelationsFileSchema, emptyRelationsFile } from '../../common/model/relation.ts';
import { SourcesFileSchema, emptySourcesFile } from '../../common/model/source.ts';
import { NotebookFileSchema } from '../../common/model/notebook.ts';
import { DurableJsonFile } from '../disk/durable-file.ts';
import {
  BRIEFINGS_FILE,
  ENTITIES_FILE,
  EVENTS_FILE,
  NOTEBOOK_FILE,
  RELATIONS_FILE,
  SOURCES_FILE,
} from '../disk/notebook-layout.ts';

/**
 * The documents at the notebook's root: each one's file, its schema, and what a notebook from
 * before the document existed has instead (notebook.json has no stand-in: it makes a notebook).
 * Read in this order, so the first damaged one is the one reported.
 */
const ROOT_DOCUMENTS = {
  meta: { file: NOTEBOOK_FILE, schema: NotebookFileSchema, empty: null },
  registry: { file: ENTITIES_FILE, schema: EntitiesFileSchema, empty: emptyEntitiesFile },
  events: { file: EVENTS_FILE, schema: EventsFileSchema, empty: emptyEventsFile },
  briefings: { file: BRIEFINGS_FILE, schema: BriefingsFileSchema, empty: emptyBriefingsFile },
  relations: { file: RELATIONS_FILE, schema: RelationsFileSchema, empty: emptyRelationsFile },
  // Sources found in the articles need no record: a notebook without sources.json has none.
  sources: { file: SOURCES_FILE, schema: SourcesFileSchema, empty: emptySourcesFile },
} as const;

export type RootName = keyof typeof ROOT_DOCUMENTS;
export type RootData<N extends RootName> = z.output<(typeof ROOT_DOCUMENTS)[N]['schema']>;

/**
 * The root documents of an open notebook, each a lowdb document on a durable JSON file: read
 * whole when the notebook opens, replaced whole and written atomically and durably. A damaged
 * one fails the read (the store's open offers the latest backup) and is never written.
 */
export class RootDocuments {
  private constructor(private readonly docs: { [N in RootName]: Low<RootData<N>> }) {}

  static async read(root: string): Promise<RootDocuments> {
    const docs: Partial<Record<RootName, Low<unknown>>> = {};
    for (const [name, { file, schema, empty }] of Object.entries(ROOT_DOCUMENTS)) {
      const doc = new Low<unknown>(
        new DurableJsonFile<unknown>(join(root, file), schema, file),
        null,
      );
      await doc.read();
      doc.data ??= empty?.() ?? null;
      docs[name as RootName] = doc;
    }
    return new RootDocuments(docs as { [N in RootName]: Low<RootData<N>> });
  }

  get<N extends RootName>(name: N): RootData<N> {
    return this.docs[name].data;
  }

  /** The document's file, relative to the notebook's folder. */
  file(name: RootName): string {
    return ROOT_DOCUMENTS[name].file;
  }

  /** Replace a document and write it; resolves once it is on disk. */
  async put<N extends RootName>(name: N, data: RootData<N>): Promise<void> {
    const doc = this.docs[name];
    doc.data = data;
    await doc.write();
  }
}
