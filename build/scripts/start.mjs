// `npm start`: build, then run the desktop app in Electron. Where the
// Electron binary was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD=1),
// say so in one line and point to the browser version of the same screens.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

/** The electron package exports the binary's path, and throws when it was never installed. */
function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
if (!binary) {
  console.error('Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD?). Run the same screens in a browser: npm run start:web');
  process.exit(1);
}

// Run npm through node itself: spawning npm(.cmd) directly needs a shell on Windows.
const npmCli = process.env.npm_execpath;
const built = npmCli
  ? spawnSync(process.execPath, [npmCli, 'run', 'build'], { cwd: root, stdio: 'inherit' })
  : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (built.status !== 0) process.exit(built.status ?? 1);

// An inherited ELECTRON_RUN_AS_NODE would start Electron as plain Node.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const electron = spawn(binary, ['.'], { cwd: root, stdio: 'inherit', env });
electron.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => electron.kill(signal));
}
