import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppRequest } from '../../../electron/main/appProtocol';
import { APP_ORIGIN } from '../../../electron/main/appUrl';

/**
 * Serves the app:// protocol handler over http://127.0.0.1 for headless
 * Chromium, which cannot be taught a custom scheme from Playwright. The
 * handler is the production one; only the transport differs.
 */
export interface AppServer {
  readonly baseUrl: string;
  /** Rewrites an app://desk/ URL (or every one inside an HTML string) to this server. */
  toHttp(text: string): string;
  close(): Promise<void>;
}

export async function serveAppProtocol(handler: (request: AppRequest) => Promise<Response>): Promise<AppServer> {
  const server = http.createServer((req, res) => {
    handler({ url: `${APP_ORIGIN}${req.url ?? '/'}`, method: req.method ?? 'GET' })
      .then(async (response) => {
        const headers: Record<string, string> = {};
        response.headers.forEach((value, key) => {
          headers[key] = value;
        });
        res.writeHead(response.status, headers);
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((error: unknown) => {
        res.writeHead(500);
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    toHttp: (text) => text.replaceAll(`${APP_ORIGIN}/`, `${baseUrl}/`),
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
