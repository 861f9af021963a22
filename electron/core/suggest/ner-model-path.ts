import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MODEL = join('ner-model', 'ner-model.json.gz');

/**
 * Where the shipped model lives: in a packaged app's resources folder (`resourcesPath`), else in
 * resources/ner-model/ found from the module's folder upwards (`moduleUrl`: electron/core/suggest/
 * in tests and tsx, a bundle in dist/<host>/, or dist/main/ inside a packaged app.asar, whose
 * resources folder is three levels up).
 */
export function shippedModelPath(resourcesPath: string | undefined, moduleUrl: string): string {
  if (resourcesPath !== undefined && existsSync(join(resourcesPath, MODEL)))
    return join(resourcesPath, MODEL);
  let folder = dirname(fileURLToPath(moduleUrl));
  for (let i = 0; i < 6; i += 1) {
    const candidate = join(folder, 'resources', MODEL);
    if (existsSync(candidate)) return candidate;
    folder = dirname(folder);
  }
  return join('resources', MODEL);
}

/**
 * The shipped model of this process. The thread that answers resolves it and sends it with each
 * task, so that the suggestions' worker never depends on what Electron sets on its own `process`
 * (resourcesPath is Electron's, on the main thread).
 */
export function defaultModelPath(): string {
  return shippedModelPath((process as { resourcesPath?: string }).resourcesPath, import.meta.url);
}
