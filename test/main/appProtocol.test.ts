import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler, resolveAssetPath } from '../../electron/main/appProtocol';
import { mimeTypeFor } from '../../electron/main/mimeTypes';
import { PrintDocuments } from '../../electron/main/print/printDocuments';
import { CONTENT_SECURITY_POLICY, PRINT_DOCUMENT_CONTENT_SECURITY_POLICY } from '../../electron/main/security';
import { makeTempDir } from './support/tempDir';

let root: string;
let outside: string;
let cleanup: () => Promise<void>;
const documents = new PrintDocuments();
let handle: ReturnType<typeof createAppRequestHandler>;

beforeAll(async () => {
  const temp = await makeTempDir();
  cleanup = temp.cleanup;
  root = path.join(temp.dir, 'renderer');
  outside = path.join(temp.dir, 'secret.txt');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>desk</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'export {}');
  await writeFile(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'noto-sans-sc.woff2'), 'wOF2');
  await writeFile(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(outside, 'secret');
  handle = createAppRequestHandler({ rootDir: root, printDocuments: documents });
});

afterAll(() => cleanup());

const get = (url: string) => handle({ url, method: 'GET' });

describe('app:// protocol', () => {
  it('serves the renderer shell with the CSP and nosniff', async () => {
    const response = await get('app://desk/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>desk</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/noto-sans-sc.woff2', 'font/woff2'],
    ['assets/logo.svg', 'image/svg+xml'],
  ])('serves %s as %s', async (file, type) => {
    const response = await get(`app://desk/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('knows the font and script types', () => {
    expect(mimeTypeFor('a.woff')).toBe('font/woff');
    expect(mimeTypeFor('a.WOFF2')).toBe('font/woff2');
    expect(mimeTypeFor('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('README')).toBe('application/octet-stream');
  });

  it('serves the shell for a screen path and 404 for a missing asset', async () => {
    expect(await (await get('app://desk/storage/new')).text()).toContain('<title>desk</title>');
    expect((await get('app://desk/assets/missing.js')).status).toBe(404);
  });

  it.each([
    'app://desk/../secret.txt',
    'app://desk/%2e%2e/secret.txt',
    'app://desk/assets/..%2f..%2fsecret.txt',
    'app://desk/assets/..%5c..%5csecret.txt',
    'app://desk/%2e%2e%2fsecret.txt',
    'app://desk/C:%5cWindows%5cwin.ini',
    'app://desk/assets/%00.js',
    'app://desk/%E0%A4%A.js',
  ])('never serves a file outside the renderer: %s', async (url) => {
    const response = await get(url);
    expect(await response.text()).not.toBe('secret');
  });

  it('refuses traversal when resolving a path', () => {
    expect(resolveAssetPath(root, '/assets/..%2f..%2fsecret.txt')).toBeNull();
    expect(resolveAssetPath(root, '/..%5csecret.txt')).toBeNull();
    expect(resolveAssetPath(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
  });

  it('answers only its own host and GET/HEAD', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await handle({ url: 'app://desk/index.html', method: 'POST' })).status).toBe(405);
    const head = await handle({ url: 'app://desk/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('serves a held print document with the no-script policy, and nothing once removed', async () => {
    const document = documents.add('<p>寄存 S01-0001</p>');
    const response = await get(document.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<p>寄存 S01-0001</p>');
    expect(response.headers.get('content-security-policy')).toBe(PRINT_DOCUMENT_CONTENT_SECURITY_POLICY);
    documents.remove(document.id);
    expect((await get(document.url)).status).toBe(404);
    expect((await get('app://desk/__print/unknown.html')).status).toBe(404);
  });
});
