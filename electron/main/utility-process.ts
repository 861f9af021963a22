import { fileURLToPath } from 'node:url';
import { utilityProcess } from 'electron';
import { FAILURE_MARK, stderrTail, type LaunchChildProcess } from '../core/child-process.ts';

/**
 * The core's child processes (the import's readers, the suggestions' recognizer) as Electron
 * utility processes: with the RunAsNode fuse off, the app's binary cannot be forked as Node
 * (child_process.fork). Electron ends them with the app; the main process never exits on its
 * own, so there is nothing to hold.
 */
export const launchUtilityProcess: LaunchChildProcess = (
  entry,
  { execArgv, env, name },
  events,
) => {
  const child = utilityProcess.fork(fileURLToPath(entry), [], {
    execArgv,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    serviceName: name,
  });
  let stderr = '';
  stderrTail(child.stderr, (tail) => (stderr = tail));
  child.on('message', events.message);
  child.on('error', (type, location) => {
    stderr += `\n${FAILURE_MARK}${type} at ${location}\n`;
  });
  child.on('exit', (code) => events.exit(`exit code ${code}`, stderr));
  return {
    send: (message) => child.postMessage(message),
    kill: () => void child.kill(),
    hold: () => undefined,
  };
};
