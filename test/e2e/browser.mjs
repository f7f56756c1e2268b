import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { chromium } from 'playwright-core';

/** Headless, with nothing reaching out to the network. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/**
 * How to start the Chromium every test, print check and bench runs in: `CHROMIUM_PATH` when set (a developer's
 * own Chrome on Windows or macOS), else the headless Chromium the `@sparticuz/chromium` npm package ships for
 * Linux x64, with the NSS libraries it ships beside it (a bare machine has no libnss3).
 */
export async function chromiumLaunchOptions() {
  const own = process.env.CHROMIUM_PATH;
  if (own) {
    if (!existsSync(own)) throw new Error(`CHROMIUM_PATH is ${own}, which does not exist`);
    return { executablePath: own, args: [...CHROMIUM_ARGS] };
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`The npm Chromium is for Linux x64 only: on ${process.platform}-${process.arch} set CHROMIUM_PATH to a Chrome or Chromium`);
  }
  const { binary, libDir } = await unpackedNpmChromium();
  const libraryPath = [libDir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return { executablePath: binary, args: [...CHROMIUM_ARGS], env: { ...process.env, LD_LIBRARY_PATH: libraryPath } };
}

/** `extraArgs`: e.g. the benches' eager memory measurement. */
export async function launchChromium(extraArgs = []) {
  const options = await chromiumLaunchOptions();
  return chromium.launch({ ...options, args: [...options.args, ...extraArgs] });
}

/**
 * Unpacks the package's compressed binary and libraries once per version into node_modules/.cache. The
 * package's own `executablePath()` writes /tmp/chromium in place, so a second test process starting meanwhile
 * would launch a half-written file; here each process unpacks into its own temp folder and renames it into place.
 */
async function unpackedNpmChromium() {
  const packageDir = dirname(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const target = join(packageDir, '..', '..', '.cache', 'servicedesk-chromium', version);
  const unpacked = { binary: join(target, 'chromium'), libDir: join(target, 'lib') };
  if (existsSync(unpacked.binary)) return unpacked;
  const partial = `${target}.${process.pid}.partial`;
  mkdirSync(partial, { recursive: true });
  const unbrotli = (name, to) => pipeline(createReadStream(join(packageDir, 'bin', name)), createBrotliDecompress(), createWriteStream(to, { mode: 0o755 }));
  await unbrotli('chromium.br', join(partial, 'chromium'));
  await unbrotli('al2023.tar.br', join(partial, 'al2023.tar'));
  execFileSync('tar', ['-xf', join(partial, 'al2023.tar'), '-C', partial]);
  rmSync(join(partial, 'al2023.tar'));
  try {
    renameSync(partial, target);
  } catch (error) {
    // Another process renamed its copy into place first: use that one.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(unpacked.binary)) throw error;
  }
  return unpacked;
}
