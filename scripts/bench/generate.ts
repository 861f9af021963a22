// Benchmark notebooks (docs/PERFORMANCE.md): a seed notebook imported from the State Department
// samples through the real import path, then replicated with varied ids, titles and texts into
// notebooks of any size, written file by file (fast: no per-article fsync).
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { extractPool } from '../../electron/core/import/extract-pool.ts';
import { childrenCpuMs } from './reader-cpu.ts';
import type { Article } from '../../electron/common/model/article.ts';
import { anchorIn } from '../../electron/common/model/anchor.ts';
import { newAnnotationId, newArticleId, newEventId } from '../../electron/common/model/ids.ts';
import type { EventsFile, DossierEvent } from '../../electron/common/model/event.ts';
import type { EntitiesFile } from '../../electron/common/model/entity.ts';

export interface SeedStats extends ImportStats {
  /** listSuggestions, ms per article (first call: the recognizer reads the text). */
  suggestMs: number[];
  /** The same for articles of 3,000 words or more (issue 4's target: under 150 ms). */
  suggestLongMs: number[];
  /** Entity and event suggestions of a 600 KB article on one line (issue 22: 279 s before). */
  suggestLineMs: number[];
  /** listEventSuggestions on those articles, after their entity suggestions (issue 16: < 150 ms). */
  eventSuggestLongMs: number[];
  entities: number;
  mentions: number;
}

const sha = (value: string) => createHash('sha256').update(value).digest('hex');

export interface ImportStats {
  articles: number;
  importMs: number;
  /** CPU time of the process (main thread and workers) and its reading processes during the import. */
  importCpuMs: number;
  /** The reading processes' share of importCpuMs (the extraction). */
  importReaderCpuMs: number;
  /** Starting the extraction pool's workers (each loads the readers), before the import. */
  importStartupMs: number;
}

/** The samples through NotebookService.importPaths (suggestions excluded), workers started first. */
export async function importSamples(
  service: NotebookService,
  samples: string,
): Promise<ImportStats> {
  // The workers' start (seconds: each loads the readers) is paid once per
  // process, not per article: it is measured apart, by reading a sample twice per worker (the
  // pool starts another worker only while files wait).
  const startup = performance.now();
  const pool = extractPool();
  const first = (await readdir(samples)).sort().find((name) => name.endsWith('.html'))!;
  const bytes = await readFile(join(samples, first));
  await Promise.all(
    Array.from({ length: 2 * pool.size }, () => pool.extract({ name: first, bytes })),
  );
  const importStartupMs = performance.now() - startup;
  const cpu = process.cpuUsage();
  const readerCpu = childrenCpuMs();
  const t0 = performance.now();
  const results = await service.importPaths([samples]);
  const importMs = performance.now() - t0;
  const { user, system } = process.cpuUsage(cpu);
  const importReaderCpuMs = childrenCpuMs() - readerCpu;
  return {
    articles: results.filter((r) => r.status === 'imported').length,
    importMs,
    importCpuMs: (user + system) / 1000 + importReaderCpuMs,
    importReaderCpuMs,
    importStartupMs,
  };
}

/** Import every sample through NotebookService.importPaths, then accept all suggestions. */
export async function makeSeed(folder: string, samples: string): Promise<SeedStats> {
  const service = await NotebookService.open(folder, { app: 'bench' });
  const api = localApi(service);
  const imported = await importSamples(service, samples);
  const list = await api.listArticles({});
  const suggestMs: number[] = [];
  for (const article of list) {
    const start = performance.now();
    await api.listSuggestions({ articleId: article.id });
    suggestMs.push(performance.now() - start);
  }
  const texts = await Promise.all(list.map(async ({ id }) => (await api.getArticle({ id })).text));
  await api.acceptSuggestions({});
  const entities = (await api.listEntities({})).length;
  let mentions = 0;
  for (const article of await api.listArticles({})) mentions += article.mentionCount;
  await service.close();
  const { suggestLongMs, eventSuggestLongMs } = await suggestLongArticles(`${folder}-long`, texts);
  const suggestLineMs = await suggestLongLines(`${folder}-line`, texts);
  return {
    ...imported,
    suggestMs,
    suggestLongMs,
    suggestLineMs,
    eventSuggestLongMs,
    entities,
    mentions,
  };
}

/**
 * listSuggestions, then listEventSuggestions, on new articles of 3,000 words or more, made of
 * samples, in a notebook of their own.
 */
async function suggestLongArticles(
  folder: string,
  texts: string[],
): Promise<{ suggestLongMs: number[]; eventSuggestLongMs: number[] }> {
  const service = await NotebookService.open(folder, { app: 'bench' });
  const api = localApi(service);
  const times: number[] = [];
  const eventTimes: number[] = [];
  let next = 0;
  for (let i = 0; i < 7; i++) {
    const parts: string[] = [];
    let words = 0;
    while (words < 3000) {
      const text = texts[next++ % texts.length]!;
      parts.push(text);
      words += text.split(/\s+/).length;
    }
    const { id } = await api.addText({ title: `Long article ${i + 1}`, text: parts.join('\n\n') });
    const start = performance.now();
    await api.listSuggestions({ articleId: id });
    times.push(performance.now() - start);
    const events = performance.now();
    await api.listEventSuggestions({ articleId: id });
    eventTimes.push(performance.now() - events);
  }
  await service.close();
  return { suggestLongMs: times, eventSuggestLongMs: eventTimes };
}

/**
 * listSuggestions then listEventSuggestions on new 600 KB articles with no line break (a pasted
 * page), made of the samples, in a notebook of their own; a budget that lets them finish.
 */
async function suggestLongLines(folder: string, texts: string[]): Promise<number[]> {
  const service = await NotebookService.open(folder, { app: 'bench', suggestionBudgetMs: 600_000 });
  const api = localApi(service);
  const line = texts.join(' ').replace(/\s+/g, ' ');
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    let text = '';
    for (let at = i * 7919; text.length < 600_000; at += 6007) {
      text += line.slice(at % line.length, (at % line.length) + 6007) + ' ';
    }
    const { id } = await api.addText({ title: `One line ${i + 1}`, text });
    const start = performance.now();
    await api.listSuggestions({ articleId: id });
    await api.listEventSuggestions({ articleId: id });
    times.push(performance.now() - start);
  }
  await service.close();
  return times;
}

const WORDS = [
  'consultations',
  'delegation',
  'memorandum',
  'ceasefire',
  'humanitarian',
  'sanctions',
  'bilateral',
  'ministerial',
  'reconstruction',
  'verification',
  'procurement',
  'maritime',
  'electoral',
  'counterterrorism',
  'infrastructure',
  'refugees',
];
const PLACES = ['Nairobi', 'Tbilisi', 'Jakarta', 'Lima', 'Accra', 'Hanoi', 'Tirana', 'Dakar'];

/** A copy of a seed article: new id, varied title, a paragraph appended (offsets stay valid). */
function variant(base: Article, n: number): Article {
  const id = newArticleId();
  const word = (k: number) => WORDS[(n * 7 + k * 3) % WORDS.length]!;
  const place = PLACES[n % PLACES.length]!;
  const note =
    `\n\nAnalyst note ${n}: file ${id.slice(0, 6)}-${n.toString(36)} on ${word(0)} and ` +
    `${word(1)} talks in ${place}; follow-up ${word(2)} review ref${(n * 7919) % 100_003}.`;
  const text = base.text + note;
  const day = 1 + (n % 28);
  return {
    ...base,
    id,
    title: `${base.title} (${place} ${n})`,
    text,
    textSha256: sha(text),
    fingerprint: sha(`${base.fingerprint}:${n}`),
    wordCount: base.wordCount + note.split(/\s+/).length,
    addedAt: new Date(Date.UTC(2024, n % 12, day, 12, 0, n % 60)).toISOString(),
    tags: n % 5 === 0 ? [word(3)] : base.tags,
    original: null,
  };
}

/** A notebook of `count` articles, replicated from the seed (registry and events copied). */
export async function replicate(seed: string, folder: string, count: number): Promise<Article[]> {
  await mkdir(join(folder, 'articles'), { recursive: true });
  for (const sub of ['originals', 'cache', 'backups'])
    await mkdir(join(folder, sub), { recursive: true });
  for (const name of ['notebook.json', 'entities.json']) {
    await cp(join(seed, name), join(folder, name));
  }
  const bases = await seedArticles(seed);
  const made: Article[] = [];
  for (let n = 0; n < count; n++) {
    const article = n < bases.length ? bases[n]! : variant(bases[n % bases.length]!, n);
    made.push(article);
    await writeFile(
      join(folder, 'articles', `${article.id}.json`),
      JSON.stringify(article, null, 1) + '\n',
    );
  }
  return made;
}

export async function seedArticles(seed: string): Promise<Article[]> {
  const names = (await readdir(join(seed, 'articles'))).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(
    names.map(
      async (name) => JSON.parse(await readFile(join(seed, 'articles', name), 'utf8')) as Article,
    ),
  );
}

/** One long article with `count` mentions, from the seed's texts and their accepted mentions. */
export function articleWithMentions(bases: Article[], count: number): Article {
  let text = '';
  const mentions: Article['mentions'] = [];
  for (const base of bases) {
    if (mentions.length >= count) break;
    const offset = text.length === 0 ? 0 : text.length + 2;
    text = text.length === 0 ? base.text : `${text}\n\n${base.text}`;
    for (const mention of base.mentions) {
      if (mentions.length >= count) break;
      const start = mention.start + offset;
      mentions.push({
        ...anchorIn(text, start, mention.end + offset),
        id: newAnnotationId(),
        entityId: mention.entityId,
      });
    }
  }
  // Not enough accepted mentions: mark every capitalized word.
  for (const match of text.matchAll(/\b[A-Z][a-z]{3,}\b/g)) {
    if (mentions.length >= count) break;
    const start = match.index;
    if (mentions.some((m) => m.start < start + match[0].length && start < m.end)) continue;
    const entityId = mentions[0]?.entityId;
    if (entityId === undefined) break;
    mentions.push({
      ...anchorIn(text, start, start + match[0].length),
      id: newAnnotationId(),
      entityId,
    });
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const base = bases[0]!;
  return {
    ...base,
    id: newArticleId(),
    title: `Compilation with ${mentions.length} mentions`,
    text,
    textSha256: sha(text),
    fingerprint: sha(`compilation:${text.length}`),
    wordCount: text.split(/\s+/).length,
    mentions,
    highlights: [],
    rejectedSpans: [],
    original: null,
  };
}

/** events.json with `count` events, each with evidence in one of the articles. */
export function makeEvents(articles: Article[], registry: EntitiesFile, count: number): EventsFile {
  const events: DossierEvent[] = [];
  const withMentions = articles.filter((a) => a.mentions.length > 0);
  for (let n = 0; n < count && withMentions.length > 0; n++) {
    const article = withMentions[n % withMentions.length]!;
    const mention = article.mentions[n % article.mentions.length]!;
    const participant = registry.entities.find((e) => e.id === mention.entityId);
    const day = String(1 + (n % 28)).padStart(2, '0');
    const month = String(1 + (n % 12)).padStart(2, '0');
    const date = `2024-${month}-${day}`;
    events.push({
      id: newEventId(),
      title: `${WORDS[n % WORDS.length]} ${participant?.name ?? 'meeting'} ${n}`,
      type: 'meeting',
      date: { text: date, start: date, end: date, precision: 'day' },
      locationId: null,
      participants: participant === undefined ? [] : [{ entityId: participant.id, role: '' }],
      evidence: [{ ...anchorIn(article.text, mention.start, mention.end), articleId: article.id }],
      certainty: 'reported',
      tags: [],
      notes: `Benchmark event ${n} in ${PLACES[n % PLACES.length]}.`,
      createdAt: new Date(Date.UTC(2024, 0, 1)).toISOString(),
    });
  }
  return { schemaVersion: 1, events, rejectedCandidates: [] };
}
