import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME, PRINT_DOCUMENT_PREFIX } from './appUrl';
import { mimeTypeFor } from './mimeTypes';
import type { PrintDocuments } from './print/printDocuments';
import { CONTENT_SECURITY_POLICY, PRINT_DOCUMENT_CONTENT_SECURITY_POLICY } from './security';

/**
 * The `app://desk/` protocol: serves the built renderer from disk and the
 * print documents from memory. Plain Node (Request in, Response out), so
 * `protocol.handle` in the entry is one line and this is tested under Node.
 */

/** Registered before `ready`: standard (relative URLs, origin), secure (like https), fetch allowed. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

export interface AppRequest {
  readonly url: string;
  readonly method: string;
}

export interface AppProtocolOptions {
  /** The built renderer, `out/renderer`. */
  readonly rootDir: string;
  readonly printDocuments: PrintDocuments;
}

/**
 * Maps a URL path to a file under rootDir, or null when the path tries to
 * leave it: `..`, encoded slashes or backslashes, drive letters, NUL.
 */
export function resolveAssetPath(rootDir: string, pathname: string): string | null {
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  const root = path.resolve(rootDir);
  const file = path.resolve(root, ...segments);
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}

function headers(contentType: string, csp: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    // The files change only with an app update; revalidating costs nothing locally.
    'Cache-Control': 'no-cache',
  });
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: headers('text/plain; charset=utf-8', CONTENT_SECURITY_POLICY) });
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

export function createAppRequestHandler(options: AppProtocolOptions): (request: AppRequest) => Promise<Response> {
  const indexFile = path.join(options.rootDir, 'index.html');

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: headers('text/plain; charset=utf-8', CONTENT_SECURITY_POLICY) });
    }
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound();

    if (url.pathname.startsWith(PRINT_DOCUMENT_PREFIX)) {
      const html = options.printDocuments.htmlForPath(url.pathname);
      if (html === undefined) return notFound();
      return new Response(request.method === 'HEAD' ? null : html, {
        status: 200,
        headers: headers('text/html; charset=utf-8', PRINT_DOCUMENT_CONTENT_SECURITY_POLICY),
      });
    }

    let file = url.pathname === '/' ? indexFile : resolveAssetPath(options.rootDir, url.pathname);
    if (file === null) return notFound();
    if (!(await isFile(file))) {
      // A path without an extension is a screen of the single-page app: serve
      // the shell. A missing asset (with an extension) is a real 404.
      if (path.extname(file) !== '') return notFound();
      file = indexFile;
      if (!(await isFile(file))) return notFound();
    }
    try {
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: headers(mimeTypeFor(file), CONTENT_SECURITY_POLICY) });
    } catch {
      return notFound();
    }
  };
}
