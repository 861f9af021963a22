import path from 'node:path';

export const NOTEBOOK_ENV = 'DOSSIER_NOTEBOOK';
export const NOTEBOOK_FLAG = '--notebook';

export interface NotebookLocation {
  folder: string;
  /** Where the folder came from, for messages. */
  source: 'command line' | 'environment' | 'default';
}

/**
 * Which notebook the window opens: `--notebook DIR` (or `--notebook=DIR`) on the command line,
 * else $DOSSIER_NOTEBOOK, else <Documents>/Dossier/Research.dossier. Relative paths are
 * resolved against the working directory. Nothing here imports Electron.
 */
export function notebookLocation(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  documentsDir: string,
  cwd: string = process.cwd(),
): NotebookLocation {
  const fromArgs = notebookArgument(argv);
  if (fromArgs !== undefined)
    return { folder: path.resolve(cwd, fromArgs), source: 'command line' };
  const fromEnv = env[NOTEBOOK_ENV]?.trim();
  if (fromEnv) return { folder: path.resolve(cwd, fromEnv), source: 'environment' };
  return { folder: path.join(documentsDir, 'Dossier', 'Research.dossier'), source: 'default' };
}

function notebookArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    let value: string | undefined;
    if (arg === NOTEBOOK_FLAG) value = argv[i + 1];
    else if (arg.startsWith(NOTEBOOK_FLAG + '=')) value = arg.slice(NOTEBOOK_FLAG.length + 1);
    else continue;
    if (value === undefined || value.trim() === '' || value.startsWith('--')) {
      throw new Error(
        `${NOTEBOOK_FLAG} needs a folder, for example: ${NOTEBOOK_FLAG} ~/Research.dossier`,
      );
    }
    return value;
  }
  return undefined;
}
