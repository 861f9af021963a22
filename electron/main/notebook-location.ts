import path from 'node:path';

export const NOTEBOOK_ENV = 'DOSSIER_NOTEBOOK';
export const NOTEBOOK_FLAG = '--notebook';

export interface NotebookLocation {
  folder: string;
  /** Where the folder came from, for messages. */
  source: 'command line' | 'environment' | 'recent' | 'sample' | 'default';
}

/**
 * The notebook named by `--notebook DIR` (or `--notebook=DIR`) on the command line, else by
 * $DOSSIER_NOTEBOOK, or null. Relative paths are resolved against the working directory.
 * Nothing here imports Electron.
 */
export function explicitNotebook(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string = process.cwd(),
): NotebookLocation | null {
  const fromArgs = notebookArgument(argv);
  if (fromArgs !== undefined)
    return { folder: path.resolve(cwd, fromArgs), source: 'command line' };
  const fromEnv = env[NOTEBOOK_ENV]?.trim();
  if (fromEnv) return { folder: path.resolve(cwd, fromEnv), source: 'environment' };
  return null;
}

export function defaultNotebook(documentsDir: string): NotebookLocation {
  return { folder: path.join(documentsDir, 'Dossier', 'Research.dossier'), source: 'default' };
}

export function sampleNotebook(documentsDir: string): NotebookLocation {
  return { folder: path.join(documentsDir, 'Dossier', 'Sample.dossier'), source: 'sample' };
}

/**
 * The notebook the app opens at start: the one named on the command line or in the
 * environment; else the most recent one that still exists; else, on the very first run (no
 * recent list at all), the sample notebook; else the default one.
 */
export function startNotebook(options: {
  explicit: NotebookLocation | null;
  /** The recent list, missing folders already pruned, most recent first. */
  recent: readonly { folder: string }[];
  /** Whether recent-notebooks.json exists: false only before the first notebook was ever opened. */
  recentFileExists: boolean;
  documentsDir: string;
}): NotebookLocation {
  if (options.explicit !== null) return options.explicit;
  const last = options.recent[0];
  if (last !== undefined) return { folder: last.folder, source: 'recent' };
  if (!options.recentFileExists) return sampleNotebook(options.documentsDir);
  return defaultNotebook(options.documentsDir);
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
