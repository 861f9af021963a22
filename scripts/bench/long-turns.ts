// The main thread's long turns at a notebook's catalog rebuild and first close (issue 21: no
// turn over 100 ms): every turn over 50 ms, its wall time and this thread's CPU in it, and the
// instant it began (process.hrtime, the clock of a `--cpu-prof` profile, to find what it ran:
// scripts/bench/turn-profile.ts). Prints one JSON line last.
// Usage: tsx scripts/bench/long-turns.ts FOLDER (a copy whose cache/ was removed)
import { readFileSync } from 'node:fs';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';

/** A turn longer than this is reported. */
const LONG_MS = 50;

interface Turn {
  /** When it began, in µs of process.hrtime (a CPU profile's clock). */
  atUs: number;
  wallMs: number;
  cpuMs: number;
}

/** This thread's CPU time in ms (user + system, in clock ticks of 10 ms). */
function threadCpuMs(): number {
  const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Every turn of this thread over LONG_MS while `task` runs (a 1 ms timer's gaps). */
async function longTurns(task: () => Promise<void>): Promise<Turn[]> {
  const turns: Turn[] = [];
  let last = process.hrtime.bigint();
  let lastCpu = threadCpuMs();
  const timer = setInterval(() => {
    const now = process.hrtime.bigint();
    const cpu = threadCpuMs();
    const wallMs = Number(now - last) / 1e6;
    if (wallMs > LONG_MS)
      turns.push({ atUs: Number(last / 1000n), wallMs: Math.round(wallMs), cpuMs: cpu - lastCpu });
    last = now;
    lastCpu = cpu;
  }, 1);
  try {
    await task();
  } finally {
    clearInterval(timer);
  }
  return turns;
}

const summary = (turns: Turn[]) => ({
  longest_wall_ms: Math.max(0, ...turns.map((turn) => turn.wallMs)),
  longest_cpu_ms: Math.max(0, ...turns.map((turn) => turn.cpuMs)),
  over_100_ms: turns.filter((turn) => turn.wallMs > 100).length,
  turns,
});

async function main(): Promise<void> {
  const folder = process.argv[2]!;
  let service!: NotebookService;
  const cpu = process.cpuUsage();
  const rebuild = await longTurns(async () => {
    service = await NotebookService.open(folder, { app: 'bench' });
    await service.listArticles({});
    await service.store.articlesComplete();
    await service.listArticles({});
  });
  const close = await longTurns(() => service.close());
  const used = process.cpuUsage(cpu);
  process.stdout.write(
    JSON.stringify({
      rebuild: summary(rebuild),
      close: summary(close),
      process_cpu_s: Math.round((used.user + used.system) / 1e5) / 10,
    }) + '\n',
  );
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
