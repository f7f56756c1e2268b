import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { decodeEnrolmentCode, encodeEnrolmentCode } from '../../../../shared/schema/sync';
import { SyncConnection } from '../connection';
import { writeOfficeFiles } from '../office/files';
import { officePeriod, officeReport } from '../office/report';
import { formatOverview } from './overview';
import { SYNC_DATABASE, startEmbeddedServer } from './embedded';
import { enrolCounter, enrolHeadOffice } from './enrol';
import { applyMigrations } from './migrate';

/**
 * The store's sync server commands (README, "Sync between counters"):
 *
 *   npm run sync:server  -- --data <folder> [--port 5544] [--listen '*']
 *   npm run sync:migrate -- --url postgres://admin@host/db
 *   npm run sync:enrol   -- (--data <folder> | --url <admin url>) --store S01 --counter C1 [--host <address counters use>]
 *   npm run sync:enrol   -- (--data <folder> | --url <admin url>) --head-office HQ
 *   npm run sync:overview -- --code <head office code>
 *   npm run sync:report  -- --code <head office code> --kind month --date 2026-11 [--out <folder>] [--lang en]
 */

const DEFAULT_PORT = 5544;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    data: { type: 'string' },
    url: { type: 'string' },
    port: { type: 'string' },
    listen: { type: 'string' },
    store: { type: 'string' },
    counter: { type: 'string' },
    host: { type: 'string' },
    'head-office': { type: 'string' },
    code: { type: 'string' },
    kind: { type: 'string' },
    date: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

interface ServerFile {
  readonly port: number;
}

/** The administrator's connection: the embedded server's folder, or a URL to an existing PostgreSQL. */
async function adminConfig(): Promise<pg.ClientConfig> {
  if (values.url) return { connectionString: values.url };
  if (!values.data) fail('Give --data <folder> of the embedded server, or --url postgres://admin@host/db.');
  const dir = path.resolve(values.data);
  const admin = JSON.parse(await readFile(path.join(dir, 'admin.json'), 'utf8')) as { user: string; password: string };
  const server = JSON.parse(await readFile(path.join(dir, 'server.json'), 'utf8')) as ServerFile;
  return { host: '127.0.0.1', port: server.port, user: admin.user, password: admin.password, database: SYNC_DATABASE };
}

async function withAdmin<T>(run: (client: pg.Client, config: pg.ClientConfig) => Promise<T>): Promise<T> {
  const config = await adminConfig();
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await run(client, config);
  } finally {
    await client.end();
  }
}

async function serve(): Promise<void> {
  if (!values.data) fail('Give the folder the server keeps its data in: npm run sync:server -- --data <folder>');
  const port = values.port ? Number(values.port) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`Not a port: ${values.port}`);
  const dataDir = path.resolve(values.data);
  const server = await startEmbeddedServer({ dataDir, port, listen: values.listen });
  await writeFile(path.join(dataDir, 'server.json'), JSON.stringify({ port } satisfies ServerFile));
  console.log(`ServiceDesk sync server: PostgreSQL on port ${port}, data in ${dataDir}`);
  console.log(server.applied.length > 0 ? `Migrations applied: ${server.applied.join(', ')}` : 'Migrations: up to date');
  console.log('Enrol each counter once (the code is typed at the counter, 设置 → 同步 → 登记):');
  console.log(`  npm run sync:enrol -- --data ${values.data} --store <store code> --counter <counter code> --host <this PC's address>`);
  console.log('Stop with Ctrl+C; the data stays in the folder.');
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function migrate(): Promise<void> {
  const applied = await withAdmin((client) => applyMigrations(client));
  console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'Up to date: nothing to apply.');
}

async function enrol(): Promise<void> {
  await withAdmin(async (client, config) => {
    const database = String(config.database ?? new URL(values.url ?? 'postgres://x/').pathname.slice(1));
    const port = Number(config.port ?? (values.url ? new URL(values.url).port || 5432 : DEFAULT_PORT));
    const host = values.host ?? String(config.host ?? (values.url ? new URL(values.url).hostname : '127.0.0.1'));
    if (values['head-office']) {
      const { role, password } = await enrolHeadOffice(client, values['head-office']);
      console.log(`Head office ${values['head-office']} enrolled as ${role} (read only). Its code, for npm run sync:overview -- --code <code>:`);
      console.log(encodeEnrolmentCode({ host, port, database, user: role, password }));
      return;
    }
    if (!values.store || !values.counter) fail('Give --store <store code> and --counter <counter code> as set up at the counter.');
    const { role, password } = await enrolCounter(client, values.store, values.counter);
    console.log(`Counter ${values.store}/${values.counter} enrolled as ${role}. Type this code at the counter (设置 → 同步 → 登记):`);
    console.log(encodeEnrolmentCode({ host, port, database, user: role, password }));
  });
}

/** Head office: every store and counter, read only, through the head office's own role. */
async function overview(): Promise<void> {
  const credentials = decodeEnrolmentCode(values.code ?? '');
  if (!credentials) fail('Give the head office code from npm run sync:enrol -- --head-office <name>: --code SDK1.…');
  const connection = await SyncConnection.open(credentials);
  try {
    console.log(formatOverview(await connection.overview(), Date.now()));
  } finally {
    await connection.close();
  }
}

/** Head office: the supervisor's report of every store for a period, read through sync, as one XLSX and a CSV per store. */
async function report(): Promise<void> {
  const credentials = decodeEnrolmentCode(values.code ?? '');
  if (!credentials) fail('Give the head office code from npm run sync:enrol -- --head-office <name>: --code SDK1.…');
  const period = officePeriod(values.kind ?? 'month', values.date ?? '');
  if (!period) fail('Give --kind day, week or month and --date yyyy-MM-dd (yyyy-MM for a month).');
  const lang = values.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') fail('--lang is zh or en.');
  const now = Date.now();
  const connection = await SyncConnection.open(credentials, { timeoutMs: 30_000 });
  try {
    const office = await officeReport(connection, period.kind, period.date, now);
    for (const s of office.stores) console.log(`${[s.store, s.name].filter(Boolean).join(' ')}: ${s.entries} entries read${s.skipped > 0 ? `, ${s.skipped} not readable by this build (left out)` : ''}`);
    for (const file of await writeOfficeFiles(office, path.resolve(values.out ?? '.'), lang, now)) console.log(`Written: ${file}`);
  } finally {
    await connection.close();
  }
}

const commands: Record<string, () => Promise<void>> = { server: serve, migrate, enrol, overview, report };
const command = commands[positionals[0] ?? ''];
if (!command) fail(`Unknown command ${positionals[0] ?? ''}: server, migrate, enrol, overview or report.`);
command().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
