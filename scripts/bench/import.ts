// The import into a notebook of one size, in a fresh process: the 150 samples through
// NotebookService.importPaths (suggestions excluded), added to the notebook. Prints one JSON line.
// Usage: tsx scripts/bench/import.ts FOLDER SAMPLES
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { importSamples } from './generate.ts';

const [folder, samples] = process.argv.slice(2) as [string, string];

async function main(): Promise<void> {
  const service = await NotebookService.open(folder, { app: 'bench' });
  await service.listArticles({});
  const stats = await importSamples(service, samples);
  await service.close();
  const name = folder.split('/').pop();
  process.stderr.write(
    `  [${name}] imported ${stats.articles} samples in ${Math.round(stats.importMs)} ms\n`,
  );
  process.stdout.write(
    JSON.stringify({
      import_articles_per_s: Math.round((stats.articles / (stats.importMs / 1000)) * 10) / 10,
      import_cpu_ms_per_article: Math.round((stats.importCpuMs / stats.articles) * 10) / 10,
      import_reader_cpu_ms_per_article:
        Math.round((stats.importReaderCpuMs / stats.articles) * 10) / 10,
    }) + '\n',
  );
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
