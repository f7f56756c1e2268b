// Bundles the main process and the preload into one CommonJS file each.
// The preload runs sandboxed, where `require` knows only 'electron': the
// build fails if its bundle would need anything else.
//
//   node build/scripts/build-electron.mjs [--out <dir>]   (default: out)
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outFlag = process.argv.indexOf('--out');
const outDir = path.resolve(root, outFlag >= 0 && process.argv[outFlag + 1] ? process.argv[outFlag + 1] : 'out');

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  alias: { 'pg-native': './build/scripts/pg-native-absent.cjs' },
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
};

const [main, preload] = await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: path.join(outDir, 'main/index.cjs') }),
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: path.join(outDir, 'preload/index.cjs') }),
]);

const preloadRequires = Object.values(preload.metafile.outputs)
  .flatMap((output) => output.imports)
  .filter((entry) => entry.external)
  .map((entry) => entry.path);
const forbidden = [...new Set(preloadRequires)].filter((name) => name !== 'electron');
if (forbidden.length > 0) {
  console.error(`The sandboxed preload may require only 'electron', but its bundle requires: ${forbidden.join(', ')}`);
  process.exit(1);
}

const size = (result) => Object.values(result.metafile.outputs).reduce((sum, output) => sum + (output.bytes ?? 0), 0);
console.log(`built ${path.relative(root, outDir) || '.'}/main/index.cjs (${Math.round(size(main) / 1024)} KiB incl. map), ${path.relative(root, outDir) || '.'}/preload/index.cjs (${Math.round(size(preload) / 1024)} KiB incl. map)`);
