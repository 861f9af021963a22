// The CPU time of the extraction pool's reading processes: children of this process, which
// process.cpuUsage() does not count. Read from /proc (Linux, as on the bench machine).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

let ticksPerSecond: number | null = null;

/** User + system CPU ms of this process's living child processes so far; NaN where /proc is not. */
export function childrenCpuMs(): number {
  try {
    ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
    let ticks = 0;
    for (const task of readdirSync(`/proc/${process.pid}/task`)) {
      const children = readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8');
      for (const pid of children.split(' ').filter(Boolean)) {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        // After "pid (command) ": the state is field 3, utime and stime fields 14 and 15.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += Number(fields[11]) + Number(fields[12]);
      }
    }
    return (ticks * 1000) / ticksPerSecond;
  } catch {
    return NaN;
  }
}
