// What the long turns of scripts/bench/long-turns.ts ran: for each turn over `--cpu MS` of CPU,
// the project's functions (electron/, by inclusive samples) and the functions at the top of the
// stack (by self samples), from the main thread's `--cpu-prof` profile of the same run.
// Usage: tsx scripts/bench/turn-profile.ts TURNS.json MAIN.cpuprofile [--cpu 50]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
interface Turn {
  atUs: number;
  wallMs: number;
  cpuMs: number;
}

const [turnsFile, profileFile] = process.argv.slice(2);
const minCpu = Number(process.argv[process.argv.indexOf('--cpu') + 1] ?? 50) || 50;
const runs = JSON.parse(readFileSync(turnsFile!, 'utf8')) as Record<string, { turns: Turn[] }>;
const profile = JSON.parse(readFileSync(profileFile!, 'utf8')) as Profile;

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes)
  for (const child of node.children ?? []) parent.set(child, node.id);
const label = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^.*\/(electron|node_modules)\//, '$1/');
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
};

const times: number[] = [];
let at = profile.startTime;
for (const delta of profile.timeDeltas) times.push((at += delta));

const top = (counts: Map<string, number>, n: number) =>
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, count]) => `${count} ${name}`);

for (const [step, { turns }] of Object.entries(runs)) {
  if (!Array.isArray(turns)) continue;
  for (const turn of turns.filter((candidate) => candidate.cpuMs >= minCpu)) {
    const end = turn.atUs + turn.wallMs * 1000;
    const self = new Map<string, number>();
    const project = new Map<string, number>();
    let samples = 0;
    for (let i = 0; i < times.length; i++) {
      if (times[i]! < turn.atUs || times[i]! > end) continue;
      const node = byId.get(profile.samples[i]!)!;
      if (node.callFrame.functionName === '(idle)') continue;
      samples++;
      self.set(label(node), (self.get(label(node)) ?? 0) + 1);
      const seen = new Set<string>();
      for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
        const frame = byId.get(id)!;
        if (!frame.callFrame.url.includes('/electron/')) continue;
        const name = label(frame);
        if (!seen.has(name)) project.set(name, (project.get(name) ?? 0) + 1);
        seen.add(name);
      }
    }
    console.log(
      `\n${step} turn at ${turn.atUs}: wall ${turn.wallMs} ms, CPU ${turn.cpuMs} ms, ${samples} samples`,
    );
    console.log('  self:    ' + top(self, 6).join('\n           '));
    console.log('  project: ' + top(project, 8).join('\n           '));
  }
}
