import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DossierError, asUserError } from '../common/errors.ts';
import { localApi } from '../core/api/dispatch.ts';
import type { ImportResult, NotebookApi } from '../common/api/contract.ts';
import { ReliabilitySchema } from '../common/model/source.ts';
import { NotebookService } from '../core/service/notebook-service.ts';
import { startServer } from '../serve/server.ts';
import { listBackups } from '../core/store/backup-manifests.ts';
import { restoreBackup } from '../core/store/backup-restore.ts';
import { backupLine, restoreSummary } from './backup-lines.ts';
import { exportCommand, importAnnotationsCommand, importJsonCommand } from './export-command.ts'; // briefing (issue 6), annotations (issue 19)
import { warnIfBackupsFail } from './backup-warning.ts';

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
  suggest [--article ID] [--events|--relations] [--accept] [--json]
                                        open entity suggestions (of one article or all),
                                        or event suggestions with --events, or relation
                                        suggestions with --relations;
                                        --accept accepts them all
  sources [--json]                      the outlets (sources), with grades and articles
  grade-source NAME_OR_ID --reliability A-F
                                        grade a source's reliability (Admiralty A-F)
  briefings [--json]                    the briefings, with their ids
  eval PATH... [--json]                 score suggestions against gold files or folders
  eval --learn PATH... [--json]         ...learning from each file's gold before the next
  search QUERY... [--json]              full-text search: articles, entities, events, notes
  serve [--port N]                      browser mode on 127.0.0.1; prints the URL to open
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

/** Mistakes in how the command was called; reported like any other user error. */
function usageError(message: string): DossierError {
  return new DossierError('invalid-input', `${message} (see dossier --help)`);
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      notebook: { type: 'string' },
      json: { type: 'boolean', default: false },
      title: { type: 'string' },
      file: { type: 'string' },
      source: { type: 'string' },
      published: { type: 'string' },
      url: { type: 'string' },
      port: { type: 'string' },
      article: { type: 'string' },
      accept: { type: 'boolean', default: false },
      events: { type: 'boolean', default: false },
      relations: { type: 'boolean', default: false },
      format: { type: 'string' }, // export (issue 6)
      out: { type: 'string' },
      briefing: { type: 'string' },
      force: { type: 'boolean', default: false },
      paper: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      learn: { type: 'boolean', default: false },
      reliability: { type: 'string' }, // sources (issue 18)
    },
  });
  const [command, ...args] = positionals;
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (command === 'eval') {
    if (args.length === 0) throw usageError('eval needs gold files or folders');
    return values.learn ? evaluateLearning(args, values.json) : evaluate(args, values.json);
  }
  const folder = values.notebook ?? process.env.DOSSIER_NOTEBOOK;
  if (folder === undefined || folder === '') {
    throw usageError('No notebook: pass --notebook DIR or set DOSSIER_NOTEBOOK');
  }

  switch (command) {
    case 'list':
      return withNotebook(folder, { readOnly: true }, async (api) => {
        const articles = await api.listArticles({});
        if (values.json) return printJson(articles);
        if (articles.length === 0) return print('The notebook has no articles yet.');
        for (const article of articles) {
          print(`${article.id}  ${(article.published ?? '').padEnd(10)}  ${article.title}`);
        }
      });
    case 'show': {
      const id = args[0];
      if (id === undefined) throw usageError('show needs an article id');
      return withNotebook(folder, { readOnly: true }, async (api) => {
        const { paragraphs: _paragraphs, ...article } = await api.getArticle({ id: id as never });
        if (values.json) return printJson(article);
        print(article.title);
        const meta = [article.source, article.published, article.url].filter(Boolean).join(' · ');
        if (meta !== '') print(meta);
        print('');
        print(article.text);
      });
    }
    case 'add-text': {
      if (values.title === undefined) throw usageError('add-text needs --title');
      if (values.file === undefined) throw usageError('add-text needs --file');
      const text = await readTextFile(values.file);
      return withNotebook(folder, {}, async (api) => {
        const { id } = await api.addText({
          title: values.title!,
          text,
          ...(values.source !== undefined && { source: values.source }),
          ...(values.published !== undefined && { published: values.published }),
          ...(values.url !== undefined && { url: values.url }),
        });
        print(id);
      });
    }
    case 'import':
      if (args.length === 0) throw usageError('import needs at least one file or folder');
      return importPaths(folder, args, values.json);
    // Both work on a notebook that cannot open (a damaged notebook.json).
    case 'backups': {
      const backups = (await listBackups(folder)).reverse();
      if (values.json) printJson(backups);
      else if (backups.length === 0) print('The notebook has no backups yet.');
      else for (const backup of backups) print(backupLine(backup));
      return 0;
    }
    case 'restore':
      if (args[0] === undefined)
        throw usageError('restore needs a backup id (see dossier backups)');
      print(restoreSummary(await restoreBackup(folder, args[0], { app: 'dossier CLI' })));
      return 0;
    case 'entities':
      return withNotebook(folder, { readOnly: true }, async (api) => {
        const entities = await Promise.all(
          (await api.listEntities({})).map((e) => api.getEntity({ id: e.id })),
        );
        if (values.json) return printJson(entities);
        if (entities.length === 0) return print('The notebook has no entities yet.');
        for (const entity of entities) {
          const aliases = entity.aliases.length > 0 ? ` (also ${entity.aliases.join(', ')})` : '';
          print(
            `${entity.id}  ${entity.type.padEnd(12)}  ${entity.name}${aliases}  ${entity.mentionCount} mentions`,
          );
        }
      });
    case 'events':
      return withNotebook(folder, { readOnly: true }, async (api) => {
        const events = (await api.listEvents({})).sort(
          (a, b) =>
            (a.date?.start ?? '9999').localeCompare(b.date?.start ?? '9999') ||
            a.title.localeCompare(b.title),
        );
        if (values.json) return printJson(events);
        if (events.length === 0) return print('The notebook has no events yet.');
        for (const event of events) {
          const when = dateText(event.date);
          const where = event.location === null ? '' : ` (${event.location.name})`;
          print(
            `${when.padEnd(22)}  ${event.type.padEnd(10)}  ${event.title}${where}  [${event.sources.length} source${event.sources.length === 1 ? '' : 's'}]`,
          );
        }
      });
    case 'relations':
      return withNotebook(folder, { readOnly: true }, async (api) => {
        const relations = (await api.listRelations({})).map((r) => ({
          id: r.id,
          type: r.type,
          directed: r.directed,
          from: { id: r.from, name: r.fromLabel.name },
          to: { id: r.to, name: r.toLabel.name },
          evidence: r.evidence.map(({ articleId, start, end, quote }) => ({
            articleId,
            start,
            end,
            quote,
          })),
          date: r.date,
          certainty: r.certainty,
          tags: r.tags,
        }));
        if (values.json) return printJson(relations);
        if (relations.length === 0) return print('The notebook has no relations yet.');
        for (const r of relations) {
          const arrow = r.directed ? '→' : '—';
          print(
            `${r.id}  ${dateText(r.date).padEnd(22)}  ${r.from.name} ${arrow} ${r.type} ${arrow} ${r.to.name}  [${r.evidence.length} evidence]`,
          );
        }
      });
    case 'suggest':
      return withNotebook(folder, values.accept ? {} : { readOnly: true }, async (api) => {
        const articleIds =
          values.article !== undefined
            ? [values.article]
            : (await api.listArticles({})).map((a) => a.id);
        if (values.events) return eventSuggestionsCommand(api, articleIds, values);
        if (values.relations) return relationSuggestionsCommand(api, values);
        if (values.accept) {
          const { accepted, ambiguous } = await api.acceptSuggestions(
            values.article === undefined ? {} : { articleId: values.article as never },
          );
          // Ambiguous ones (which Kim?) are never guessed: the analyst chooses, in Review.
          if (values.json) return printJson({ accepted, ambiguous });
          return print(
            `accepted ${accepted} suggestions` +
              (ambiguous > 0 ? `; ${ambiguous} ambiguous left for review` : ''),
          );
        }
        const open = [];
        for (const articleId of articleIds) {
          for (const suggestion of await api.listSuggestions({ articleId: articleId as never })) {
            open.push({ articleId, ...suggestion });
          }
        }
        if (values.json) return printJson(open);
        if (open.length === 0) return print('No open suggestions.');
        for (const s of open)
          print(
            `${s.articleId}  ${s.start}-${s.end}  ${s.type.padEnd(12)}  ${s.text}${s.entityName ? ` → ${s.entityName}` : ''}${s.candidates ? ` → which? ${s.candidates.map((c) => c.name).join(' or ')}` : ''}`,
          );
      });
    // sources (issue 18)
    case 'sources':
      return withNotebook(folder, { readOnly: true }, async (api) => {
        const sources = await api.listSources({});
        if (values.json)
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
    case 'grade-source': {
      const name = args.join(' ').trim();
      if (name === '') throw usageError('grade-source needs the name or id of a source');
      const grade = values.reliability?.trim().toUpperCase();
      const parsed = ReliabilitySchema.safeParse(grade);
      if (!parsed.success) {
        throw usageError(
          `grade-source needs --reliability A, B, C, D, E or F (A completely reliable … F cannot be judged)${values.reliability === undefined ? '' : `, not “${values.reliability}”`}`,
        );
      }
      return withNotebook(folder, {}, async (api) => {
        const { source } = await api.updateSource({ id: name, reliability: parsed.data });
        print(`graded ${source.name} ${parsed.data}`);
      });
    }
    case 'briefings':
      return withNotebook(folder, { readOnly: true }, async (api) => {
        const briefings = await api.listBriefings({});
        if (values.json) return printJson(briefings);
        if (briefings.length === 0) return print('The notebook has no briefings yet.');
        for (const b of briefings) print(`${b.id}  ${b.date ?? ''}  ${b.title}`);
      });
    // search (issue 8)
    case 'search': {
      const query = args.join(' ').trim();
      if (query === '') throw usageError('search needs a query');
      return withNotebook(folder, { readOnly: true }, async (api) => {
        const { hits } = await api.search({ query, limit: 50 });
        if (values.json) return printJson(hits);
        if (hits.length === 0) return print(`Nothing matches “${query}”.`);
        for (const hit of hits) {
          const where = hit.articleId === undefined ? hit.id : `${hit.articleId}/${hit.id}`;
          print(`${hit.kind.padEnd(7)}  ${where}  ${hit.title}`);
          print(`         ${hit.snippet}`);
        }
      });
    }
    // briefing (issue 6)
    case 'export':
      for (const path of await exportCommand(folder, values)) print(`wrote ${path}`);
      return 0;
    case 'import-annotations': {
      if (args[0] === undefined)
        throw usageError('import-annotations needs the file of annotations to import');
      const { lines, failed } = await importAnnotationsCommand(folder, args[0]);
      for (const line of lines) print(line);
      return failed ? 1 : 0;
    }
    case 'import-json':
      if (args[0] === undefined) throw usageError('import-json needs the file to import');
      print(await importJsonCommand(folder, args[0]));
      return 0;
    case 'serve':
      return serve(folder, values.port);
    default:
      throw usageError(`Unknown command: ${command}`);
  }
}

/**
 * `suggest --events`: the event suggestions of the given articles, or with --accept all of them
 * accepted. Accepting one can change the others (its names join the registry), so each
 * article's list is read again after every acceptance.
 */
async function eventSuggestionsCommand(
  api: NotebookApi,
  articleIds: string[],
  options: { accept: boolean; json: boolean },
): Promise<void> {
  if (options.accept) {
    let accepted = 0;
    for (const id of articleIds) {
      const articleId = id as never;
      // Guards against a candidate that stays listed after it was accepted.
      const done = new Set<string>();
      for (;;) {
        const next = (await api.listEventSuggestions({ articleId })).find(
          (c) => !done.has(c.candidateId),
        );
        if (next === undefined) break;
        await api.acceptEventSuggestion({ articleId, candidateId: next.candidateId });
        done.add(next.candidateId);
        accepted++;
      }
    }
    return options.json ? printJson({ accepted }) : print(`accepted ${accepted} event suggestions`);
  }
  const open = [];
  for (const articleId of articleIds) {
    for (const candidate of await api.listEventSuggestions({ articleId: articleId as never })) {
      open.push({ articleId, ...candidate });
    }
  }
  if (options.json) return printJson(open);
  if (open.length === 0) return print('No open event suggestions.');
  for (const c of open) {
    const when = dateText(c.date);
    print(
      `${c.articleId}  ${c.candidateId.padEnd(14)}  ${when.padEnd(22)}  ${c.type.padEnd(10)}  ${c.title}`,
    );
  }
}

/**
 * `suggest --relations`: the relation suggestions of one article or all, or with --accept all
 * of them accepted (each one read again: accepting one may make another more evidence of it).
 */
async function relationSuggestionsCommand(
  api: NotebookApi,
  options: { article?: string; accept: boolean; json: boolean },
): Promise<void> {
  const input = options.article === undefined ? {} : { articleId: options.article as never };
  if (options.accept) {
    let accepted = 0;
    // Guards against a suggestion that stays listed after it was accepted.
    const done = new Set<string>();
    for (;;) {
      const next = (await api.listRelationSuggestions(input)).find(
        (c) => !done.has(`${c.articleId}/${c.candidateId}`),
      );
      if (next === undefined) break;
      await api.acceptRelationSuggestion({
        articleId: next.articleId,
        candidateId: next.candidateId,
      });
      done.add(`${next.articleId}/${next.candidateId}`);
      accepted++;
    }
    return options.json
      ? printJson({ accepted })
      : print(`accepted ${accepted} relation suggestions`);
  }
  const open = await api.listRelationSuggestions(input);
  if (options.json) return printJson(open);
  if (open.length === 0) return print('No open relation suggestions.');
  for (const c of open)
    print(`${c.articleId}  ${c.candidateId}  ${c.from.name} ${c.type} ${c.to.name}`);
}

/** " (copy of <id>, 96% the same text)" after an imported wire copy's line. */
function copyNote(copyOf: ImportResult['copyOf']): string {
  if (copyOf === undefined) return '';
  return ` (copy of ${copyOf.articleId}, ${Math.round(copyOf.similarity * 100)}% the same text)`;
}

function dateText(date: { start: string; end: string } | null): string {
  if (date === null) return 'undated';
  return date.start === date.end ? date.start : `${date.start}..${date.end}`;
}

async function withNotebook(
  folder: string,
  options: { readOnly?: boolean },
  task: (api: NotebookApi) => Promise<void>,
): Promise<number> {
  // One command, one thread with nothing else to answer: suggestions read on it (no worker).
  const service = await NotebookService.open(folder, {
    app: 'dossier CLI',
    readOnThisThread: true,
    ...options,
  });
  try {
    await task(localApi(service));
  } finally {
    warnIfBackupsFail(service);
    await service.close();
  }
  return 0;
}

async function importPaths(folder: string, paths: string[], json: boolean): Promise<number> {
  const service = await NotebookService.open(folder, { app: 'dossier CLI' });
  let results;
  try {
    if (!json && process.stderr.isTTY) {
      service.onEvent((event) => {
        if (event.type === 'import-progress' && event.current !== '') {
          process.stderr.write(`\r\x1b[K[${event.done + 1}/${event.total}] ${event.current}`);
        }
      });
    }
    // A Zotero export folder imports item by item (issue 19); the rest as files.
    const { importZoteroFolders } = await import('../core/formats/zotero.ts');
    const zotero = await importZoteroFolders(
      localApi(service),
      async (path) => (await service.importPaths([path]))[0],
      paths,
    );
    results = [
      ...zotero.results,
      ...(zotero.rest.length > 0 ? await service.importPaths(zotero.rest) : []),
    ];
  } finally {
    if (!json && process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    warnIfBackupsFail(service);
    await service.close();
  }
  if (json) {
    printJson(results);
  } else {
    for (const result of results) {
      if (result.status === 'failed') print(`failed ${result.path}: ${result.reason}`);
      else
        print(
          `${result.status} ${result.id} ${result.path}${copyNote(result.copyOf)}${result.reason === undefined ? '' : ` (${result.reason})`}`,
        );
    }
  }
  return results.some((result) => result.status === 'failed') ? 1 : 0;
}

async function evaluate(paths: string[], json: boolean): Promise<number> {
  const { evaluateGoldFiles } = await import('../core/eval/eval-notebook.ts');
  const { report, perFile } = await evaluateGoldFiles(paths);
  if (json) {
    printJson(report);
    return 0;
  }
  const row = (name: string, p: { precision: number; recall: number; f1: number }) =>
    `${name.padEnd(14)} P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}`;
  print(`${report.files} gold files`);
  print(row('entities', report.entities));
  for (const [type, score] of Object.entries(report.entities.byType))
    print(row(`  ${type}`, score));
  print(row('events', report.events));
  print(
    `dates          accuracy ${report.dates.accuracy.toFixed(3)} of ${report.dates.dated} dated events`,
  );
  for (const file of perFile)
    print(
      `  ${file.id}: entities F1 ${file.report.entities.f1.toFixed(3)}, events F1 ${file.report.events.f1.toFixed(3)}`,
    );
  return 0;
}

async function evaluateLearning(paths: string[], json: boolean): Promise<number> {
  const { evaluateLearning: run } = await import('../core/eval/eval-notebook.ts');
  const { cold, learned, curve } = await run(paths);
  if (json) {
    printJson({ cold, learned, curve });
    return 0;
  }
  print(
    `learning curve (entity F1 of each file before its decisions): ${curve.map((f) => f.toFixed(3)).join(' ')}`,
  );
  const half = `second half (last ${learned.files} of ${curve.length} files)`;
  print(
    `${half}: entity F1 ${learned.entities.f1.toFixed(3)} learned, ${cold.entities.f1.toFixed(3)} cold start`,
  );
  for (const [type, score] of Object.entries(learned.entities.byType))
    print(
      `  ${type.padEnd(12)} F1 ${score.f1.toFixed(3)} learned, ${cold.entities.byType[type as keyof typeof cold.entities.byType].f1.toFixed(3)} cold start`,
    );
  return 0;
}

async function serve(folder: string, portOption: string | undefined): Promise<number> {
  const port = portOption === undefined ? 0 : Number(portOption);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw usageError(`--port must be a number from 0 to 65535, not ${portOption}`);
  }
  const staticDir = resolve(repoRoot, 'dist/renderer');
  const service = await NotebookService.open(folder, { app: 'dossier serve' });
  let server;
  try {
    server = await startServer({ service, staticDir, port });
  } catch (error) {
    await service.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new DossierError('io', `Port ${port} is already in use; choose another with --port.`);
    throw error;
  }
  service.warmWhenIdle();
  warnIfBackupsFail(service);
  print(`Dossier is serving ${service.store.folder}`);
  print(`Open ${server.url}`);
  print('Press Ctrl+C to stop.');
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await server.close();
  await service.close();
  return 0;
}

async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(code);
    throw new DossierError('io', `Cannot read ${path}: ${why}.`);
  }
}

function print(line: string): void {
  process.stdout.write(line + '\n');
}

function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

// `dossier list | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = asUserError(error);
    if (known !== null || isArgumentError(error)) {
      process.stderr.write(`dossier: ${(known ?? (error as Error)).message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(
        `dossier: internal error: ${(error as Error)?.stack ?? String(error)}\n`,
      );
      process.exitCode = 2;
    }
  },
);

/** parseArgs reports unknown or malformed options with these codes. */
function isArgumentError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
