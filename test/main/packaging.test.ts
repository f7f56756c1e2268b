import { execFile } from 'node:child_process';
import { cp, readFile, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from './support/tempDir';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
// js-yaml and app-builder-lib come with electron-builder; js-yaml ships no types.
const yaml = require('js-yaml') as { load(text: string): unknown };

const root = path.resolve(import.meta.dirname, '../..');

describe('electron-builder.yml', () => {
  let config: Record<string, unknown>;
  beforeAll(async () => {
    config = yaml.load(await readFile(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
  });

  it('is valid for the installed electron-builder (its own JSON schema)', async () => {
    const schemaFile = path.join(path.dirname(require.resolve('app-builder-lib/package.json')), 'scheme.json');
    const schema = JSON.parse(await readFile(schemaFile, 'utf8')) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('has an app icon large enough for the Windows installer (256 px at least)', async () => {
    const png = await readFile(path.join(root, String(config.icon)));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect(Math.min(png.readUInt32BE(16), png.readUInt32BE(20))).toBeGreaterThanOrEqual(256);
  });

  it('packages only the build output', () => {
    expect(config).toMatchObject({
      appId: 'com.servicedesk.desk',
      productName: 'ServiceDesk',
      files: ['out/**', 'package.json'],
      directories: { output: 'release', buildResources: 'build' },
      win: { target: ['nsis'] },
      linux: { target: ['AppImage'] },
      icon: 'build/icon.png',
    });
  });
});

describe('build-electron.mjs', () => {
  let out: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir: out, cleanup } = await makeTempDir('desk-build-'));
    await run(process.execPath, [path.join(root, 'build/scripts/build-electron.mjs'), '--out', out], { cwd: root });
  }, 60_000);
  afterAll(() => cleanup());

  const requires = (code: string) => [...new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]))];

  it('bundles the preload into one CommonJS file that requires only electron (all a sandboxed preload can)', async () => {
    const preload = await readFile(path.join(out, 'preload/index.cjs'), 'utf8');
    expect(requires(preload)).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld');
    expect(preload).not.toMatch(/\bzod\b/);
  });

  it('bundles the main process with only electron and Node built-ins left outside', async () => {
    const main = await readFile(path.join(out, 'main/index.cjs'), 'utf8');
    const external = requires(main).filter((name) => name !== 'electron' && !name?.startsWith('node:'));
    const { builtinModules } = await import('node:module');
    expect(external.filter((name) => !builtinModules.includes(name ?? ''))).toEqual([]);
  });
});

describe('start.mjs', () => {
  it('fetches Electron on first use and, where it cannot, says why in one line and exits 1', async () => {
    // A copy of the project with an Electron package whose binary was never fetched, and a download host that refuses:
    // the same on any machine, whether or not its own node_modules holds the binary.
    const { dir, cleanup } = await makeTempDir('desk-start-');
    try {
      const electronDir = path.join(root, 'node_modules/electron');
      await cp(path.join(root, 'build/scripts/start.mjs'), path.join(dir, 'build/scripts/start.mjs'));
      await cp(electronDir, path.join(dir, 'node_modules/electron'), { recursive: true, filter: (f) => !f.startsWith(path.join(electronDir, 'dist')) && !f.endsWith('path.txt') });
      await symlink(path.join(root, 'node_modules/@electron'), path.join(dir, 'node_modules/@electron'));
      const env = { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:1/', electron_config_cache: path.join(dir, 'cache') };
      const failure = await run(process.execPath, [path.join(dir, 'build/scripts/start.mjs')], { cwd: dir, env }).then(
        () => undefined,
        (error: { code?: number; stdout?: string; stderr?: string }) => error,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stdout).toBe('');
      expect(failure?.stderr).toMatch(/^Electron could not be downloaded \(.+\)\. Run the same screens in a browser: npm run start:web\n$/);
    } finally {
      await cleanup();
    }
  }, 60_000);
});
