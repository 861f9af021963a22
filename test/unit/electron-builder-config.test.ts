import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * electron-builder cannot package on the build machine (it downloads the Electron zip for every
 * target), so its configuration is checked here: it parses, electron-builder's own schema
 * accepts it, and every `files` entry refers to something the build produces.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  directories: { output: string };
  files: string[];
  linux: { target: string[] };
  mac: { target: { target: string; arch: string[] }[] };
  win: { target: string[] };
}

const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');
const config = yaml.load(read('electron-builder.yml')) as BuilderConfig;
const packageJson = JSON.parse(read('package.json')) as { main: string };

/** The `files` patterns used here: a folder with everything under it, or one exact file. */
function matches(pattern: string, file: string): boolean {
  if (pattern.endsWith('/**')) return file.startsWith(pattern.slice(0, -2));
  if (pattern === '**/*.map') return file.endsWith('.map');
  return file === pattern;
}

function packaged(file: string): boolean {
  const included = config.files.filter((p) => !p.startsWith('!')).some((p) => matches(p, file));
  const excluded = config.files
    .filter((p) => p.startsWith('!'))
    .some((p) => matches(p.slice(1), file));
  return included && !excluded;
}

/** What `npm run build` writes, read from the build's own configuration. */
function buildOutputs(): string[] {
  const electron = [...read('scripts/build-electron.mjs').matchAll(/outfile:\s*'([^']+)'/g)].map(
    (match) => match[1] as string,
  );
  return [...electron, 'dist/renderer/index.html', 'package.json'];
}

describe('electron-builder.yml', () => {
  it('is a valid electron-builder configuration', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as {
      DebugLogger: new (enabled: boolean) => unknown;
    };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and its targets', () => {
    expect(config.appId).toBe('org.dossier.app');
    expect(config.productName).toBe('Dossier');
    expect(config.directories.output).toBe('release');
    expect(config.asar).toBe(true);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('packages exactly what the build produces, without source maps', () => {
    const outputs = buildOutputs();
    expect(outputs).toEqual(
      expect.arrayContaining(['dist/main/main.cjs', 'dist/preload/preload.cjs']),
    );
    for (const pattern of config.files.filter((p) => !p.startsWith('!'))) {
      expect(
        outputs.some((file) => matches(pattern, file)),
        `${pattern} matches no build output`,
      ).toBe(true);
    }
    for (const file of outputs) expect(packaged(file), `${file} is not packaged`).toBe(true);
    expect(packaged('dist/main/main.cjs.map')).toBe(false);
    expect(packaged(packageJson.main), `package.json "main" (${packageJson.main})`).toBe(true);
  });

  it('the main bundle finds the preload and the renderer where they are packaged', () => {
    const main = read('electron/main/main.ts');
    expect(main).toContain("path.join(__dirname, '..', 'preload', 'preload.cjs')");
    expect(main).toContain("path.join(__dirname, '..', 'renderer')");
    expect(path.posix.dirname(packageJson.main)).toBe('dist/main');
  });

  it.skipIf(!existsSync(path.join(root, 'vite.config.ts')))(
    'vite builds the renderer into dist/renderer with relative URLs',
    () => {
      const vite = read('vite.config.ts');
      expect(vite).toMatch(/outDir:[^\n]*['"][^'"]*dist\/renderer['"]/);
      expect(vite).toMatch(/base:\s*['"]\.\/['"]/);
    },
  );
});
