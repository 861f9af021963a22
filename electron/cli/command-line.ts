import { asUserError } from '../common/errors.ts';
import { usageError } from './command-io.ts';
import { parseCommandLine, type CliOptions } from './options.ts';
import { addTextCommand, importCommand, listCommand, showCommand } from './article-commands.ts';
import {
  entitiesCommand,
  eventsCommand,
  relationsCommand,
  suggestCommand,
} from './annotation-commands.ts';
import { gradeSourceCommand, sourcesCommand } from './source-commands.ts';
import { searchCommand } from './search-command.ts';
import {
  briefingsCommand,
  exportCommand,
  importAnnotationsCommand,
  importJsonCommand,
} from './briefing-commands.ts';
import { backupsCommand, restoreCommand } from './backup-commands.ts';
import { evalCommand } from './eval-command.ts';
import { serveCommand } from './serve-command.ts';

const USAGE = `Usage: dossier [--notebook DIR] <command> [options]

Commands:
  list [--json]                         the notebook's articles
  show ID [--json]                      one article with its metadata and text
  add-text --title T --file F           add one article from a text file; prints its id
           [--source S] [--published YYYY-MM-DD] [--url U]
  import PATH... [--json]               import files and folders (txt, md, html, pdf, docx,
                                        RSS/Atom feeds, Zotero RDF, RIS or CSL-JSON export
                                        folders); one line per file or Zotero item
  entities [--json]                     the entity registry, each with its mentions
  events [--json]                       the events, in date order, with their sources
  relations [--json]                    the relations: type, ends, evidence, date
  suggest [--article ID] [--events|--relations] [--accept [--min-confidence N]] [--json]
                                        open entity suggestions (of one article or all),
                                        or event suggestions with --events, or relation
                                        suggestions with --relations;
                                        --accept accepts those at least N% likely right
                                        (default 80), leaving the rest for review
  sources [--json]                      the outlets (sources), with grades and articles
  grade-source NAME_OR_ID --reliability A-F
                                        grade a source's reliability (Admiralty A-F)
  briefings [--json]                    the briefings, with their ids
  eval PATH... [--json]                 score suggestions against gold files or folders
  eval --learn PATH... [--json]         ...learning from each file's gold before the next
  search QUERY... [--json]              full-text search: articles, entities, events, notes
  serve [--port N] [--lazy]             browser mode on 127.0.0.1; prints the URL to open
                                        (--lazy: no idle warm-up of suggestions and search)
  backups [--json]                      the notebook's backups, newest first
  restore ID                            replace the notebook with backup ID (the current
                                        state is backed up first)
  export --format md|pdf|docx|json|csv|csl|bibtex|ris|brat|w3c|graphml|gexf --out PATH [--briefing ID] [--force] [--paper a4|letter]
                                        the briefing (default: of the whole notebook) as
                                        Markdown or PDF, or the whole notebook as JSON or
                                        CSV (--out DIR: entities, mentions, events .csv),
                                        or its network of relations as GraphML or GEXF
  import-json FILE                      restore a JSON export into an empty notebook
  import-annotations FILE               anchor W3C Web Annotations (Dossier, Recogito) or a
                                        Hypothesis export into the notebook's articles

The notebook is --notebook DIR or $DOSSIER_NOTEBOOK. A folder that does not exist or is empty
becomes a new notebook.`;

type Command = (folder: string, args: string[], options: CliOptions) => Promise<number>;

/** The commands that work on a notebook, by name; each group's module does the work. */
const COMMANDS: Record<string, Command> = {
  list: listCommand,
  show: showCommand,
  'add-text': addTextCommand,
  import: importCommand,
  entities: entitiesCommand,
  events: eventsCommand,
  relations: relationsCommand,
  suggest: suggestCommand,
  sources: sourcesCommand, // sources (issue 18)
  'grade-source': gradeSourceCommand,
  briefings: briefingsCommand, // briefing (issue 6)
  search: searchCommand, // search (issue 8)
  serve: serveCommand,
  backups: backupsCommand,
  restore: restoreCommand,
  export: exportCommand,
  'import-json': importJsonCommand,
  'import-annotations': importAnnotationsCommand, // annotations (issue 19)
};

async function dispatch(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  const [command, ...args] = positionals;
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  // eval makes notebooks of its own.
  if (command === 'eval') return evalCommand(args, values);
  const folder = values.notebook ?? process.env.DOSSIER_NOTEBOOK;
  if (folder === undefined || folder === '') {
    throw usageError('No notebook: pass --notebook DIR or set DOSSIER_NOTEBOOK');
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run === undefined) throw usageError(`Unknown command: ${command}`);
  return run(folder, args, values);
}

/**
 * Runs one command line and returns its exit code: 0 done, 1 a user error (one line on stderr),
 * 2 an internal error (with its stack). main.ts runs it for the process; tests may call it in
 * their own process (test/support/cli.ts).
 */
export async function runCommandLine(argv: string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (error) {
    const known = asUserError(error);
    if (known !== null || isArgumentError(error)) {
      process.stderr.write(`dossier: ${(known ?? (error as Error)).message}\n`);
      return 1;
    }
    process.stderr.write(`dossier: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    return 2;
  }
}

/** parseArgs reports unknown or malformed options with these codes. */
function isArgumentError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
