import type { NotebookApi } from '../common/api/contract.ts';
import {
  acceptAllReport,
  DEFAULT_ACCEPT_THRESHOLD,
  parseThresholdPercent,
} from '../common/model/accept-threshold.ts';
import { dateText, print, printJson, usageError } from './command-io.ts';
import { withNotebook } from './notebook-session.ts';
import type { CliOptions } from './options.ts';

/** `dossier entities`: the entity registry, each with its mentions. */
export function entitiesCommand(folder: string, _args: string[], options: CliOptions) {
  return withNotebook(folder, { readOnly: true }, async (api) => {
    const entities = await Promise.all(
      (await api.listEntities({})).map((e) => api.getEntity({ id: e.id })),
    );
    if (options.json) return printJson(entities);
    if (entities.length === 0) return print('The notebook has no entities yet.');
    for (const entity of entities) {
      const aliases = entity.aliases.length > 0 ? ` (also ${entity.aliases.join(', ')})` : '';
      print(
        `${entity.id}  ${entity.type.padEnd(12)}  ${entity.name}${aliases}  ${entity.mentionCount} mentions`,
      );
    }
  });
}

/** `dossier events`: the events, in date order, with their sources. */
export function eventsCommand(folder: string, _args: string[], options: CliOptions) {
  return withNotebook(folder, { readOnly: true }, async (api) => {
    const events = (await api.listEvents({})).sort(
      (a, b) =>
        (a.date?.start ?? '9999').localeCompare(b.date?.start ?? '9999') ||
        a.title.localeCompare(b.title),
    );
    if (options.json) return printJson(events);
    if (events.length === 0) return print('The notebook has no events yet.');
    for (const event of events) {
      const when = dateText(event.date);
      const where = event.location === null ? '' : ` (${event.location.name})`;
      print(
        `${when.padEnd(22)}  ${event.type.padEnd(10)}  ${event.title}${where}  [${event.sources.length} source${event.sources.length === 1 ? '' : 's'}]`,
      );
    }
  });
}

/** `dossier relations`: the relations: type, ends, evidence, date. */
export function relationsCommand(folder: string, _args: string[], options: CliOptions) {
  return withNotebook(folder, { readOnly: true }, async (api) => {
    const relations = (await api.listRelations({})).map((r) => ({
      id: r.id,
      type: r.type,
      directed: r.directed,
      from: { id: r.from, name: r.fromLabel.name },
      to: { id: r.to, name: r.toLabel.name },
      evidence: r.evidence.map(({ articleId, start, end, quote, credibility }) => ({
        articleId,
        start,
        end,
        quote,
        credibility: credibility ?? null,
      })),
      date: r.date,
      certainty: r.certainty,
      tags: r.tags,
    }));
    if (options.json) return printJson(relations);
    if (relations.length === 0) return print('The notebook has no relations yet.');
    for (const r of relations) {
      const arrow = r.directed ? '→' : '—';
      print(
        `${r.id}  ${dateText(r.date).padEnd(22)}  ${r.from.name} ${arrow} ${r.type} ${arrow} ${r.to.name}  [${r.evidence.length} evidence]`,
      );
    }
  });
}

/**
 * `dossier suggest`: open entity, event or relation suggestions, or with --accept those at or
 * above --min-confidence (percent; Accept all's default) accepted.
 */
export async function suggestCommand(folder: string, _args: string[], options: CliOptions) {
  const minConfidence = minConfidenceOf(options);
  return withNotebook(folder, options.accept ? {} : { readOnly: true }, async (api) => {
    const articleIds =
      options.article !== undefined
        ? [options.article]
        : (await api.listArticles({})).map((a) => a.id);
    if (options.events) return eventSuggestionsCommand(api, articleIds, options);
    if (options.relations) return relationSuggestionsCommand(api, options);
    if (options.accept) {
      const result = await api.acceptSuggestions({
        ...(options.article !== undefined && { articleId: options.article as never }),
        minConfidence,
      });
      // Ambiguous ones (which Kim?) are never guessed: the analyst chooses, in Review.
      const { accepted, ambiguous, belowThreshold } = result;
      if (options.json) return printJson({ accepted, ambiguous, belowThreshold, minConfidence });
      return print(acceptAllReport(result, minConfidence).replace(/^A/u, 'a'));
    }
    const open = [];
    for (const articleId of articleIds) {
      for (const suggestion of await api.listSuggestions({ articleId: articleId as never })) {
        open.push({ articleId, ...suggestion });
      }
    }
    if (options.json) return printJson(open);
    if (open.length === 0) return print('No open suggestions.');
    for (const s of open)
      print(
        `${s.articleId}  ${s.start}-${s.end}  ${s.type.padEnd(12)}  ${s.text}${s.entityName ? ` → ${s.entityName}` : ''}${s.candidates ? ` → which? ${s.candidates.map((c) => c.name).join(' or ')}` : ''}`,
      );
  });
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

/** --min-confidence in percent, as a fraction; only with --accept. */
function minConfidenceOf(options: CliOptions): number {
  const given = options['min-confidence'];
  if (given === undefined) return DEFAULT_ACCEPT_THRESHOLD;
  if (!options.accept) throw usageError('--min-confidence applies only with --accept');
  const parsed = parseThresholdPercent(given);
  if (typeof parsed !== 'number') throw usageError(parsed.error);
  return parsed;
}
