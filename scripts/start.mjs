// `npm start`: build the renderer and the Electron bundles, then launch Electron on this folder.
// Extra arguments go to the app: npm start -- --notebook ~/Research.dossier
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.error) {
    console.error(`start: could not run ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// 1. Build: `npm run build` (renderer with Vite, then main and preload with esbuild).
const npmCli = process.env.npm_execpath;
if (npmCli && /\.c?js$/.test(npmCli)) {
  run(process.execPath, [npmCli, 'run', '-s', 'build']);
} else {
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '-s', 'build']);
}

// 2. Launch, or explain why not.
const binary = electronBinary(root);
if (binary === null) {
  console.error(
    [
      '',
      'The Electron binary is not installed, and it cannot be downloaded on this machine.',
      'On a machine with network access, run `npx electron --version` once: it downloads the',
      'binary, and `npm start` then launches the app. ELECTRON_OVERRIDE_DIST_PATH may also',
      'point at a folder holding an unpacked Electron 45.',
      'Meanwhile, run Dossier in your browser:',
      '',
      '  npm run -s dossier -- serve',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const child = spawn(binary, ['.', ...args], { cwd: root, stdio: 'inherit', windowsHide: false });
child.on('error', (error) => {
  console.error(`start: could not launch Electron (${binary}): ${error.message}`);
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('close', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
