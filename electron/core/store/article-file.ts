import { readFileSync, statSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DossierError } from '../../common/errors.ts';
import type { ArticleId } from '../../common/model/ids.ts';
import { ArticleSchema, type Article } from '../../common/model/article.ts';
import { parseJsonFile } from '../disk/durable-file.ts';

/** An article's file as read: its text and what stat said of it, or why it could not be read. */
export type ArticleFile = { info: Stats; raw: string } | { error: unknown };

/** Read the article file `label` (relative to the notebook's `folder`) by async fs. */
export async function readArticleFile(folder: string, label: string): Promise<ArticleFile> {
  const path = join(folder, label);
  try {
    const [info, raw] = await Promise.all([stat(path), readFile(path, 'utf8')]);
    return { info, raw };
  } catch (error) {
    return { error };
  }
}

/** `readArticleFile` on this thread: annotation edits compute their change without awaiting. */
export function readArticleFileSync(folder: string, label: string): ArticleFile {
  const path = join(folder, label);
  try {
    return { info: statSync(path), raw: readFileSync(path, 'utf8') };
  } catch (error) {
    return { error };
  }
}

/**
 * The article an article file holds, checked by its schema and against the id its name gives;
 * throws a DossierError that names the file (`label`).
 */
export function parseArticle(raw: string, id: ArticleId, label: string): Article {
  const article = parseJsonFile(raw, ArticleSchema, label);
  if (article.id !== id) throw wrongArticle(label, article.id, id);
  return article;
}

/**
 * An article file parsed without validation, for derived data only (the search index,
 * snippets); undefined when it cannot be read.
 */
export async function peekArticleFile(
  folder: string,
  label: string,
): Promise<Record<string, unknown> | undefined> {
  try {
    const json: unknown = JSON.parse(await readFile(join(folder, label), 'utf8'));
    return typeof json === 'object' && json !== null
      ? (json as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** An article file that holds another article than its name says (copied by hand, say). */
function wrongArticle(label: string, found: string, id: ArticleId): DossierError {
  return new DossierError(
    'damaged-file',
    `The notebook file ${label} holds article ${found}, not ${id}. It was left as it is.`,
    label,
  );
}
