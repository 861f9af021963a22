// `npm run bench` (docs/PERFORMANCE.md): generates notebooks of 10, 1,000 and 10,000 articles
// from the State Department samples and measures each in a fresh process. Progress goes to
// stderr; the last line of stdout is one JSON object.
// Options: --sizes 10,1000,10000   --keep (leave the notebooks in the work folder)
//          --ui (also run scripts/bench/ui.ts on the 10,000-article notebook)
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { articleWithMentions, makeEvents, makeSeed, replicate, seedArticles } from './generate.ts';
import { stats } from './stats.ts';
import type { EntitiesFile } from '../../electron/common/model/entity.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,1000,10000' },
    keep: { type: 'boolean', default: false },
    ui: { type: 'boolean', default: false },
    samples: { type: 'string', default: join(root, 'test/fixtures/state-dept') },
  },
});
const log = (line: string) => process.stderr.write(`${line}\n`);

function child(script: string, args: string[]): Promise<Record<string, unknown>> {
  return new Promise((resolveChild, reject) => {
    const tsx = join(root, 'node_modules/.bin/tsx');
    // --expose-gc: size.ts collects garbage before it reads RSS and heap, so that they show what
    // the open notebook holds rather than how far the collector happened to lag behind.
    const proc = spawn(tsx, ['--expose-gc', join(root, script), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (chunk) => (out += chunk));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`${script} exited with ${code}`));
      try {
        resolveChild(JSON.parse(last));
      } catch {
        reject(new Error(`${script} printed no JSON: ${last.slice(0, 200)}`));
      }
    });
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  const work = await mkdtemp(join(tmpdir(), 'dossier-bench-'));
  log(
    `Dossier benchmark in ${work} (load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
  const sizes = values.sizes.split(',').map(Number);

  // The seed: the samples through the real import path, then every suggestion accepted.
  const seed = join(work, 'seed');
  log('importing the samples…');
  const seedStats = await makeSeed(seed, values.samples);
  log(
    `  ${seedStats.articles} articles in ${Math.round(seedStats.importMs)} ms ` +
      `(${Math.round(seedStats.importCpuMs)} ms of CPU; the workers started in ` +
      `${Math.round(seedStats.importStartupMs)} ms before); ` +
      `${seedStats.entities} entities, ${seedStats.mentions} mentions`,
  );
  const bases = await seedArticles(seed);
  const registry = JSON.parse(await readFile(join(seed, 'entities.json'), 'utf8')) as EntitiesFile;

  const results: Record<string, Record<string, unknown>> = {};
  let mentionArticle: string | null = null;
  for (const size of sizes) {
    const folder = join(work, `n${size}`);
    const t = performance.now();
    const articles = await replicate(seed, folder, size);
    if (size === Math.max(...sizes)) {
      // One article with 1,000 mentions for the Reader, and 2,000 events for the timeline.
      const long = articleWithMentions(bases, 1000);
      await writeFile(
        join(folder, 'articles', `${long.id}.json`),
        JSON.stringify(long, null, 1) + '\n',
      );
      mentionArticle = long.id;
    }
    const events = makeEvents(articles, registry, Math.min(2000, Math.max(10, size / 5)));
    await writeFile(join(folder, 'events.json'), JSON.stringify(events, null, 1) + '\n');
    log(`${size} articles generated in ${Math.round(performance.now() - t)} ms; measuring…`);
    results[size] = await child('scripts/bench/size.ts', [folder]);
    // Wire-copy detection per imported article (issue 18).
    Object.assign(results[size]!, await child('scripts/bench/copies.ts', [folder]));
    // The import of the samples into this notebook (issue 21: ≥ 100 articles/s), measured last:
    // it adds them.
    Object.assign(results[size]!, await child('scripts/bench/import.ts', [folder, values.samples]));
  }

  // Export of the default briefing of the seed (the 150 samples, every suggestion accepted).
  log('exporting the seed notebook’s briefing…');
  const exported: Record<string, unknown> = await child('scripts/bench/export.ts', [seed]).catch(
    (error) => ({ export_md_ms: null, export_pdf_ms: null, export_note: String(error) }),
  );
  log(`  ${JSON.stringify(exported)}`);

  // The entity recognizer's model: load, suggestions with it, online update (issue 15).
  log('measuring the entity recognizer’s model…');
  const ner = await child('scripts/bench/ner.ts', []);
  log(`  ${JSON.stringify(ner)}`);
  // What suggestions cost the thread that answers, the recognizer in its worker (issue 20).
  const stall = await child('scripts/bench/ner-stall.ts', []);
  log(`  ${JSON.stringify(stall)}`);

  let ui: Record<string, unknown> | null = null;
  if (values.ui) {
    const biggest = join(work, `n${Math.max(...sizes)}`);
    ui = await child('scripts/bench/ui.ts', [biggest, mentionArticle ?? '']).catch((error) => ({
      error: String(error),
    }));
  }

  const mid = exported;
  const summary = {
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memory_gb: Math.round(totalmem() / 1e9),
      node: process.version,
      load_average: loadavg().map((l) => Math.round(l * 100) / 100),
    },
    results: Object.fromEntries(
      Object.entries(results).map(([size, r]) => [
        size,
        {
          open_ms: r.open_ms,
          save_mention_ms: r.save_mention_ms,
          accept_suggestion_ms: r.accept_suggestion_ms,
          search_ms: r.search_ms,
          rss_mb: r.rss_mb,
          naive_save_mention_ms: r.naive_save_mention_ms,
          fsync_floor_ms: r.fsync_floor_ms,
          ...r,
        },
      ]),
    ),
    import_articles_per_s: Math.round((seedStats.articles / (seedStats.importMs / 1000)) * 10) / 10,
    import_cpu_ms_per_article: Math.round((seedStats.importCpuMs / seedStats.articles) * 10) / 10,
    import_reader_cpu_ms_per_article:
      Math.round((seedStats.importReaderCpuMs / seedStats.articles) * 10) / 10,
    import_startup_ms: Math.round(seedStats.importStartupMs),
    suggest_ms_per_article: stats(seedStats.suggestMs),
    suggest_3000_words_ms: stats(seedStats.suggestLongMs),
    suggest_600kb_line_ms: stats(seedStats.suggestLineMs),
    event_suggest_3000_words_ms: stats(seedStats.eventSuggestLongMs),
    ner_model_load_ms: ner.ner_model_load_ms,
    ner_suggest_3000_words_ms: ner.ner_suggest_3000_words_ms,
    ner_online_update_ms: ner.ner_online_update_ms,
    ...stall,
    export_md_ms: mid.export_md_ms ?? null,
    export_pdf_ms: mid.export_pdf_ms ?? null,
    ...(mid.export_note !== undefined && { export_note: mid.export_note }),
    ui,
    seconds: Math.round((performance.now() - started) / 1000),
  };
  if (!values.keep) await rm(work, { recursive: true, force: true });
  else log(`notebooks kept in ${work}`);
  process.stdout.write(JSON.stringify(summary) + '\n');
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
