import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DossierError } from '../common/errors.ts';
import { NotebookService } from '../core/service/notebook-service.ts';
import { startServer } from '../serve/server.ts';
import { warnIfBackupsFail } from './backup-warning.ts';
import { print, usageError } from './command-io.ts';
import type { CliOptions } from './options.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * `dossier serve [--port N] [--lazy]`: browser mode on 127.0.0.1 until Ctrl+C. `--lazy` skips
 * the idle warm-up (recognizer, lexicon, search index: ~1 s of CPU or more), so that a server
 * that may never suggest or search (a test's) loads them only at the first call that needs them.
 */
export async function serveCommand(
  folder: string,
  _args: string[],
  options: CliOptions,
): Promise<number> {
  const portOption = options.port;
  const port = portOption === undefined ? 0 : Number(portOption);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw usageError(`--port must be a number from 0 to 65535, not ${portOption}`);
  }
  const staticDir = resolve(repoRoot, 'dist/renderer');
  const service = await NotebookService.open(folder, { app: 'dossier serve' });
  let server;
  try {
    server = await startServer({ service, staticDir, port });
  } catch (error) {
    await service.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new DossierError('io', `Port ${port} is already in use; choose another with --port.`);
    throw error;
  }
  if (!options.lazy) service.warmWhenIdle();
  warnIfBackupsFail(service);
  print(`Dossier is serving ${service.store.folder}`);
  print(`Open ${server.url}`);
  print('Press Ctrl+C to stop.');
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await server.close();
  await service.close();
  return 0;
}
