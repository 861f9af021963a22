import { print, printJson, usageError } from './command-io.ts';
import { withNotebook } from './notebook-session.ts';
import type { CliOptions } from './options.ts';

/** `dossier search QUERY...` (issue 8): full-text search of articles, entities, events, notes. */
export function searchCommand(folder: string, args: string[], options: CliOptions) {
  const query = args.join(' ').trim();
  if (query === '') throw usageError('search needs a query');
  return withNotebook(folder, { readOnly: true }, async (api) => {
    const { hits } = await api.search({ query, limit: 50 });
    if (options.json) return printJson(hits);
    if (hits.length === 0) return print(`Nothing matches “${query}”.`);
    for (const hit of hits) {
      const where = hit.articleId === undefined ? hit.id : `${hit.articleId}/${hit.id}`;
      print(`${hit.kind.padEnd(7)}  ${where}  ${hit.title}`);
      print(`         ${hit.snippet}`);
    }
  });
}
