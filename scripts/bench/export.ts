// Markdown and PDF export of the default briefing of FOLDER, when the API has exportBriefing.
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { stats, timeIt } from './stats.ts';

async function main(): Promise<void> {
  const service = await NotebookService.open(process.argv[2]!, { app: 'bench export' });
  const api = localApi(service) as unknown as Record<
    string,
    ((input: unknown) => Promise<unknown>) | undefined
  >;
  const result: Record<string, unknown> = {};
  const call = api.exportBriefing;
  // Five PDFs (each starts Chromium, about 1-4 s here): enough for a median and a worst case,
  // the first (cold) one included, at a cost of seconds in a run of minutes.
  for (const [format, count] of [
    ['md', 5],
    ['pdf', 5],
  ] as const) {
    if (call === undefined) {
      result[`export_${format}_ms`] = null;
      result.export_note = 'exportBriefing is not in the API yet';
      continue;
    }
    try {
      const times: number[] = [];
      for (let i = 0; i < count; i++) times.push(await timeIt(() => call({ format })));
      result[`export_${format}_ms`] = stats(times);
    } catch (error) {
      result[`export_${format}_ms`] = null;
      result.export_note = `exportBriefing failed: ${String(error).slice(0, 200)}`;
    }
  }
  await service.close();
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
