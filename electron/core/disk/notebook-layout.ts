/**
 * Where each file of a notebook lives, relative to the notebook's folder (docs/ARCHITECTURE.md
 * "Data"). Every module that reads or writes a notebook's files takes their names from here.
 */

export const NOTEBOOK_FILE = 'notebook.json';
export const ENTITIES_FILE = 'entities.json';
export const EVENTS_FILE = 'events.json';
export const BRIEFINGS_FILE = 'briefings.json';
export const RELATIONS_FILE = 'relations.json';
export const SOURCES_FILE = 'sources.json';
/** One file per article: articles/<id>.json. */
export const ARTICLES_FOLDER = 'articles';
/** The files as imported: originals/<id>.<ext>. */
export const ORIGINALS_FOLDER = 'originals';
/** Derived and rebuildable. */
export const CACHE_FOLDER = 'cache';
export const CATALOG_FILE = `${CACHE_FOLDER}/catalog.json`;
/** Where a damaged catalog is kept, under the time it was found, so that none is overwritten. */
export function damagedCatalogFile(when: Date): string {
  const stamp = when.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 19);
  return `${CACHE_FOLDER}/catalog.damaged-${stamp}.json`;
}
export const SEARCH_INDEX_FILE = `${CACHE_FOLDER}/search-index.json`;
/** The search index's postings, which SEARCH_INDEX_FILE names (read per query). */
export const SEARCH_POSTINGS_FILE = `${CACHE_FOLDER}/search-postings.bin`;
/** The link chart's last force-directed layout (keepChartLayout): opened again, drawn at once. */
export const CHART_LAYOUT_FILE = `${CACHE_FOLDER}/chart-layout.json`;
/** Rolling snapshots: backups/<id>/, each with its manifest. */
export const BACKUPS_FOLDER = 'backups';
export const MANIFEST_FILE = 'manifest.json';
/** The pid and host of the process that writes the notebook. */
export const LOCK_FILE = 'notebook.lock';

/** The documents at the notebook's root, notebook.json first. */
export const ROOT_FILES = [
  NOTEBOOK_FILE,
  ENTITIES_FILE,
  EVENTS_FILE,
  BRIEFINGS_FILE,
  RELATIONS_FILE,
  SOURCES_FILE,
];
/** The folders a new notebook is created with. */
export const NOTEBOOK_FOLDERS = [ARTICLES_FOLDER, ORIGINALS_FOLDER, CACHE_FOLDER, BACKUPS_FOLDER];

/** An article's file, relative to the notebook's folder. */
export function articleFile(id: string): string {
  return `${ARTICLES_FOLDER}/${id}.json`;
}

/** A kept original's file, relative to the notebook's folder. */
export function originalFile(name: string): string {
  return `${ORIGINALS_FOLDER}/${name}`;
}
