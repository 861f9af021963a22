import { runCommandLine } from './command-line.ts';

// `dossier list | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCommandLine(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
