import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedServer, type EmbeddedServer } from '../../electron/main/sync/server/embedded';
import { freePort } from './freePort';

declare module 'vitest' {
  export interface ProvidedContext {
    syncAdmin: { host: string; port: number; user: string; password: string; dataDir: string };
  }
}

let server: EmbeddedServer | undefined;
let dataDir: string | undefined;

/** One real PostgreSQL for the sync tests of this run, on its own port and folder; each test file makes its own database. */
export default async function setup(project: TestProject) {
  dataDir = await mkdtemp(path.join(tmpdir(), 'desk-sync-test-'));
  server = await startEmbeddedServer({ dataDir, port: await freePort() });
  const { host, port, user, password } = server.adminConfig;
  project.provide('syncAdmin', { host: String(host), port: Number(port), user: String(user), password: String(password), dataDir });
  return async () => {
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
