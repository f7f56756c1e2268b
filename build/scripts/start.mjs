// `npm start`: build, then run the desktop app in Electron. `npm install`
// never downloads Electron (the package fetches its binary on first use), so
// the first start downloads it here; where that fails (no access to its
// download host), say so in one line and point to the browser version.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

/** Runs Electron's own installer (a no-op once the binary is there); the reason it failed, if it did. */
function installElectron() {
  const installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
  const run = spawnSync(process.execPath, [installer], { cwd: root, encoding: 'utf8' });
  if (run.status === 0) return undefined;
  const lines = `${run.stderr ?? ''}${run.error?.message ?? ''}`.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /error/i.test(l)) ?? lines[0] ?? `exit ${run.status}`;
}

const failure = installElectron();
if (failure) {
  console.error(`Electron could not be downloaded (${failure}). Run the same screens in a browser: npm run start:web`);
  process.exit(1);
}
const binary = require('electron');

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
