import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isStale } from '../../scripts/build-freshness.mjs';

/*
 * electron-builder cannot package on the build machine (it downloads the Electron zip for every
 * target), so its configuration is checked here: it parses, electron-builder's own schema
 * accepts it, every file it names exists, and its `files` patterns, applied to a fresh build,
 * select the built main, preload and renderer and nothing else (no source maps, no sources, no
 * tests).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
// The minimatch electron-builder itself uses for `files`.
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'));
const { minimatch } = builderRequire('minimatch') as {
  minimatch(file: string, pattern: string, options?: { dot?: boolean }): boolean;
};

interface FileAssociation {
  ext: string;
  name?: string;
  role?: string;
  isPackage?: boolean;
  icon?: string;
}

interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  electronFuses?: Record<string, boolean>;
  directories: { output: string; buildResources: string };
  files: string[];
  extraResources: { from: string; to: string; filter?: string[] }[];
  fileAssociations?: FileAssociation[];
  linux: { target: string[]; icon: string; maintainer?: string; fileAssociations?: unknown };
  mac: {
    target: { target: string; arch: string[] }[];
    icon: string;
    fileAssociations?: FileAssociation[];
  };
  win: { target: string[]; icon: string; fileAssociations?: unknown };
  nsis?: { installerIcon?: string; uninstallerIcon?: string };
}

const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');
const config = yaml.load(read('electron-builder.yml')) as BuilderConfig;
const packageJson = JSON.parse(read('package.json')) as {
  main: string;
  dependencies: Record<string, string>;
};

/** electron-builder's rule: the last pattern that matches a file decides ("!" excludes). */
function packaged(file: string): boolean {
  let included = false;
  for (const pattern of config.files) {
    const negated = pattern.startsWith('!');
    if (minimatch(file, negated ? pattern.slice(1) : pattern, { dot: true })) included = !negated;
  }
  return included;
}

function listFiles(dir: string, prefix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const relative = `${prefix}/${name}`;
    return statSync(full).isDirectory() ? listFiles(full, relative) : [relative];
  });
}

/** Sources of `npm run build` (the main process and preload bundles, the renderer). */
const BUILD_SOURCES = [
  'electron',
  'renderer',
  'vite.config.ts',
  'scripts/build-electron.mjs',
  'scripts/bundle-externals.mjs',
  'package.json',
  'package-lock.json',
];

/** Whether dist/ holds a development build (source maps) newer than all of its sources. */
function developmentBuildIsCurrent(): boolean {
  const outputs = ['dist/main/main.cjs', 'dist/preload/preload.cjs', 'dist/renderer/index.html'];
  return (
    existsSync(path.join(root, 'dist/main/main.cjs.map')) &&
    outputs.every((output) => !isStale(root, path.join(root, output), BUILD_SOURCES))
  );
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

  it('flips the Electron fuses that turn the packaged app into a general-purpose runtime off', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // With runAsNode off, child_process.fork and ELECTRON_RUN_AS_NODE no longer work in the app
    // (Electron's utilityProcess.fork does).
    const main = listFiles(path.join(root, 'electron'), 'electron').filter((file) =>
      file.endsWith('.ts'),
    );
    for (const file of main)
      expect(read(file), file).not.toMatch(/ELECTRON_RUN_AS_NODE|(?<!utilityProcess)\.fork\(/);
  });

  it('names files that exist: icons, the sample notebook', () => {
    const named = [
      config.mac.icon,
      config.win.icon,
      config.nsis?.installerIcon,
      config.nsis?.uninstallerIcon,
      ...(config.mac.fileAssociations ?? []).map((association) => association.icon),
      ...config.extraResources.map((resource) => resource.from),
    ].filter((file): file is string => typeof file === 'string');
    for (const file of named) expect(existsSync(path.join(root, file)), file).toBe(true);
    // Linux: a folder of NxN.png icons, 16 to 512 at least.
    const linuxIcons = readdirSync(path.join(root, config.linux.icon));
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(linuxIcons).toContain(`${size}x${size}.png`);
    }
    expect(existsSync(path.join(root, config.directories.buildResources, 'icon.png'))).toBe(true);
    const samples = readdirSync(path.join(root, 'resources', 'sample-notebook'));
    expect(samples.filter((name) => name.endsWith('.txt')).length).toBeGreaterThanOrEqual(3);
  });

  it('associates .dossier notebooks on macOS only (a package document), and says why', () => {
    expect(config.mac.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'dossier', role: 'Editor', isPackage: true }),
    ]);
    expect(config.fileAssociations).toBeUndefined();
    expect(config.linux.fileAssociations).toBeUndefined();
    expect(config.win.fileAssociations).toBeUndefined();
    expect(read('electron-builder.yml')).toMatch(/Windows associates file extensions only/);
    expect(config.linux.maintainer).toBe('Dossier contributors <dossier@example.org>');
  });

  it('the icon files are what their names say', () => {
    const png = readFileSync(path.join(root, 'resources', 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    const ico = readFileSync(path.join(root, config.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from(
      { length: ico.readUInt16LE(4) },
      (_, i) => ico.readUInt8(6 + 16 * i) || 256,
    );
    expect(sizes).toContain(256); // electron-builder requires a 256 px image for Windows
    const icns = readFileSync(path.join(root, config.mac.icon));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });

  describe('the packaged files of a fresh build', () => {
    let buildRoot = '';
    let files: string[] = [];

    beforeAll(() => {
      // dist/ when a development build there is newer than every source (npm test has just
      // built it); else a build of its own (with source maps, as in development), in a temporary
      // folder: the tests never write to dist/, which the end-to-end tests may be using.
      if (developmentBuildIsCurrent()) {
        files = [...listFiles(path.join(root, 'dist'), 'dist'), 'package.json'];
        return;
      }
      buildRoot = mkdtempSync(path.join(os.tmpdir(), 'dossier-package-'));
      const dist = path.join(buildRoot, 'dist');
      execFileSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', dist], {
        cwd: root,
        stdio: 'pipe',
      });
      execFileSync(
        process.execPath,
        [
          path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
          'build',
          '--outDir',
          path.join(dist, 'renderer'),
          '--emptyOutDir',
          '--logLevel',
          'error',
        ],
        { cwd: root, stdio: 'pipe' },
      );
      files = [...listFiles(dist, 'dist'), 'package.json'];
    }, 180_000);

    afterAll(() => {
      if (buildRoot !== '') rmSync(buildRoot, { recursive: true, force: true });
    });

    it('contains the built main, preload and renderer, and package.json', () => {
      const selected = files.filter(packaged);
      expect(selected).toEqual(
        expect.arrayContaining([
          'dist/main/main.cjs',
          'dist/main/reading-worker.cjs',
          'dist/main/search-worker.cjs',
          'dist/main/stat-worker.cjs',
          'dist/preload/preload.cjs',
          'dist/renderer/index.html',
          'package.json',
          packageJson.main,
        ]),
      );
      expect(selected.some((file) => /^dist\/renderer\/assets\/.+\.js$/.test(file))).toBe(true);
      for (const pattern of config.files.filter((p) => !p.startsWith('!'))) {
        expect(
          files.some((file) => minimatch(file, pattern, { dot: true })),
          `${pattern} matches no build output`,
        ).toBe(true);
      }
    });

    it('leaves out source maps, TypeScript sources and tests', () => {
      // The build does write source maps: the exclusion is what keeps them out.
      expect(files.some((file) => file.endsWith('.map'))).toBe(true);
      const selected = files.filter(packaged);
      expect(selected.filter((file) => file.endsWith('.map'))).toEqual([]);
      expect(selected.filter((file) => /\.(c|m)?tsx?$/.test(file))).toEqual([]);
      expect(
        selected.filter((file) =>
          /(^|\/)(tests?|__tests__|e2e)\/|\.(test|spec)\.[cm]?[jt]sx?$/.test(file),
        ),
      ).toEqual([]);
      // Nothing outside the build and package.json, whatever lies next to them.
      for (const stray of [
        'electron/main/main.ts',
        'test/unit/cli.test.ts',
        'renderer/main.tsx',
        'resources/icon.svg',
        'node_modules/zod/package.json',
        'scripts/start.mjs',
      ]) {
        expect(packaged(stray), stray).toBe(false);
      }
    });
  });

  it('copies no node_modules: the runtime dependencies are bundled into dist/ already', () => {
    // electron-builder copies every production dependency into app.asar, filtered by the `!`
    // patterns of `files` alone (its own matcher for node_modules, asked here as it asks it).
    const { getNodeModuleFileMatcher } = builderRequire('./out/fileMatcher.js') as {
      getNodeModuleFileMatcher(
        appDir: string,
        destination: string,
        expand: (pattern: string) => string,
        platformOptions: object,
        packager: { config: BuilderConfig; debugLogger: { isEnabled: boolean } },
      ): { createFilter(): (file: string, stat: object) => boolean };
    };
    const packager = { config, debugLogger: { isEnabled: false } };
    const filter = getNodeModuleFileMatcher(root, root, (p) => p, {}, packager).createFilter();
    const dependencies = Object.keys(packageJson.dependencies);
    expect(dependencies).toEqual(expect.arrayContaining(['react', 'zod', 'jsdom']));
    for (const dependency of dependencies) {
      const file = path.join(root, 'node_modules', dependency, 'package.json');
      const stat = { ...statSync(file), isDirectory: () => false };
      const moduleFullFilePath = `node_modules/${dependency}/package.json`;
      expect(filter(file, { ...stat, moduleFullFilePath }), dependency).toBe(false);
    }
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
