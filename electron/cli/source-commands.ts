import { ReliabilitySchema } from '../common/model/source.ts';
import { print, printJson, usageError } from './command-io.ts';
import { withNotebook } from './notebook-session.ts';
import type { CliOptions } from './options.ts';

// Sources (issue 18): the outlets the articles name, and their grades.

/** `dossier sources`: the outlets, with grades and articles. */
export function sourcesCommand(folder: string, _args: string[], options: CliOptions) {
  return withNotebook(folder, { readOnly: true }, async (api) => {
    const sources = await api.listSources({});
    if (options.json)
      return printJson(
        sources.map(({ id, name, aliases, reliability, articles }) => ({
          id,
          name,
          aliases,
          reliability,
          articles,
        })),
      );
    if (sources.length === 0) return print('The notebook has no sources yet.');
    for (const s of sources) {
      const aliases = s.aliases.length > 0 ? ` (also ${s.aliases.join(', ')})` : '';
      print(
        `${s.id}  [${s.reliability ?? '-'}]  ${s.name}${aliases}  ${s.articles.length} article${s.articles.length === 1 ? '' : 's'}`,
      );
    }
  });
}

/** `dossier grade-source NAME_OR_ID --reliability A-F`: a source's reliability (Admiralty A-F). */
export function gradeSourceCommand(folder: string, args: string[], options: CliOptions) {
  const name = args.join(' ').trim();
  if (name === '') throw usageError('grade-source needs the name or id of a source');
  const grade = options.reliability?.trim().toUpperCase();
  const parsed = ReliabilitySchema.safeParse(grade);
  if (!parsed.success) {
    throw usageError(
      `grade-source needs --reliability A, B, C, D, E or F (A completely reliable … F cannot be judged)${options.reliability === undefined ? '' : `, not “${options.reliability}”`}`,
    );
  }
  return withNotebook(folder, {}, async (api) => {
    const { source } = await api.updateSource({ id: name, reliability: parsed.data });
    print(`graded ${source.name} ${parsed.data}`);
  });
}
