import path from 'node:path';
import type pg from 'pg';
import { SyncCredentialStore } from '../../electron/main/sync/credentials';
import { SyncService } from '../../electron/main/sync/service';
import { encodeEnrolmentCode } from '../../shared/schema/sync';
import type { DeskContext } from '../../renderer/db/context';
import { SyncCallError, ipcTransport } from '../../renderer/db/sync/ipcTransport';
import { pullIncoming } from '../../renderer/db/sync/pull';
import { pushOutbox } from '../../renderer/db/sync/push';
import type { SyncTransport } from '../../renderer/db/sync/transport';
import { plainEncryptor } from '../main/support/plainEncryptor';
import type { TestClock } from '../renderer/deskFixture';
import { bridgedDeskApi } from './bridge';
import type { FaultProxy } from './faultProxy';
import { enrolled } from './serverFixture';

/** A counter as in the app: its database, the main process's SyncService (through the fault proxy) and the IPC gate between. */
export interface FaultCounter {
  readonly ctx: DeskContext;
  readonly clock: TestClock;
  readonly service: SyncService;
  readonly transport: SyncTransport;
}

export async function faultCounter(admin: pg.Client, database: string, proxy: FaultProxy, dir: string, ctx: DeskContext, clock: TestClock): Promise<FaultCounter> {
  const credentials = { ...(await enrolled(admin, database, ctx.session.store, ctx.session.counter)), host: '127.0.0.1', port: proxy.port };
  const service = new SyncService(new SyncCredentialStore(path.join(dir, `${ctx.session.store}-${ctx.session.counter}.bin`), plainEncryptor), clock);
  const desk = bridgedDeskApi(service);
  const enrolledStatus = await desk['sync:enrol']({ code: encodeEnrolmentCode(credentials), store: ctx.session.store, counter: ctx.session.counter });
  if (!enrolledStatus.ok) throw new Error(`enrol failed: ${enrolledStatus.error} ${enrolledStatus.detail ?? ''}`);
  return { ctx: { ...ctx, clock }, clock, service, transport: ipcTransport(desk) };
}

/** One sync cycle as the loop runs it; a retryable failure comes back as false. */
export async function trySync(counter: FaultCounter): Promise<boolean> {
  try {
    await pushOutbox(counter.ctx.db, counter.transport, () => counter.clock.now());
    await pullIncoming({ ...counter.ctx, session: { ...counter.ctx.session, staffNo: 'sync' } }, counter.transport);
    return true;
  } catch (error) {
    if (error instanceof SyncCallError && !error.permanent) return false;
    throw error;
  }
}

/** Retries until a clean cycle, as the back-off would (without the waiting). */
export async function syncUntilClean(counter: FaultCounter, attempts = 100): Promise<number> {
  for (let i = 1; i <= attempts; i++) if (await trySync(counter)) return i;
  throw new Error(`no clean sync in ${attempts} attempts`);
}
