import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { revokeCounter } from '../../electron/main/sync/server/enrol';
import { SyncCredentialStore } from '../../electron/main/sync/credentials';
import { SyncService } from '../../electron/main/sync/service';
import { encodeEnrolmentCode } from '../../shared/schema/sync';
import { stubServices } from '../main/support/deskServices';
import { plainEncryptor } from '../main/support/plainEncryptor';
import { makeTempDir } from '../main/support/tempDir';
import { TestClock } from '../renderer/deskFixture';
import { enrolled, freshDatabase, rawEntry, uniqueStore } from './serverFixture';

const DESK = 'app://desk/index.html';

describe('the main process sync service over IPC, against the real server', () => {
  let database: string;
  let admin: pg.Client;
  let dir: string;
  let cleanup: () => Promise<void>;
  const services: SyncService[] = [];
  const store = uniqueStore();
  const clock = new TestClock(Date.now());

  beforeAll(async () => {
    ({ database, admin } = await freshDatabase());
    ({ dir, cleanup } = await makeTempDir());
  });
  afterAll(async () => {
    await Promise.all(services.map((s) => s.close()));
    await admin.end();
    await cleanup();
  });

  function counterDesk(name: string) {
    const service = new SyncService(new SyncCredentialStore(path.join(dir, `${name}.bin`), plainEncryptor), clock);
    services.push(service);
    const handlers = createHandlers({ ...stubServices(), sync: { service } });
    return {
      service,
      call: <C extends Parameters<typeof dispatch>[0]>(channel: C, request?: unknown) => dispatch(channel, DESK, request, handlers),
    };
  }

  it('enrols with a code for this store and counter only, keeps the password encrypted, and never shows it', async () => {
    const credentials = await enrolled(admin, database, store, 'C1');
    const code = encodeEnrolmentCode(credentials);
    const c1 = counterDesk('c1');
    expect(await c1.call('sync:enrol', { code: 'SDK1.not-a-code', store, counter: 'C1' })).toMatchObject({ ok: false, error: 'error.syncCode' });
    expect(await c1.call('sync:enrol', { code, store, counter: 'C2' })).toMatchObject({ ok: false, error: 'error.syncWrongCounter', detail: `${store}/C1` });
    expect(await c1.call('sync:status')).toMatchObject({ ok: true, value: { configured: false } });

    const enrolledStatus = await c1.call('sync:enrol', { code: `  ${code.slice(0, 20)}\n${code.slice(20)} `, store, counter: 'C1' });
    expect(enrolledStatus).toMatchObject({ ok: true, value: { configured: true, paused: false, server: { role: credentials.user, database } } });
    expect(JSON.stringify(enrolledStatus)).not.toContain(credentials.password);
    expect(await readFile(path.join(dir, 'c1.bin'), 'utf8')).not.toContain(credentials.password);
  });

  it('pushes and pulls over IPC with every entry checked, and wakes a waiting counter when another pushes', async () => {
    const c1 = counterDesk('c1');
    const c2 = counterDesk('c2');
    expect(await c2.call('sync:enrol', { code: encodeEnrolmentCode(await enrolled(admin, database, store, 'C2')), store, counter: 'C2' })).toMatchObject({ ok: true });

    expect(await c1.call('sync:push', { entries: [{ ...rawEntry(store, 'C1', 1), seq: -1 }] })).toMatchObject({ ok: false, error: 'error.ipcInvalid' });
    const waiting = c2.call('sync:waitForChange', { after: 0, timeoutMs: 5000 });
    const started = Date.now();
    const pushed = await c1.call('sync:push', { entries: [rawEntry(store, 'C1', 1)] });
    expect(pushed).toMatchObject({ ok: true, value: { results: [{ status: 'accepted' }] } });
    expect(await waiting).toEqual({ ok: true, value: true });
    expect(Date.now() - started).toBeLessThan(2000);
    const pulled = await c2.call('sync:pull', { after: 0, max: 100 });
    expect(pulled.ok && pulled.value.map((r) => (r.entry as { counter: string }).counter)).toEqual(['C1']);
    expect(await c2.call('sync:waitForChange', { after: 999_999, timeoutMs: 50 })).toEqual({ ok: true, value: false });
  });

  it('flags a clock far off the server’s, pauses on request, and tells a revoked counter apart from a network failure', async () => {
    const c3 = counterDesk('c3');
    clock.at = Date.now() + 10 * 60_000;
    await c3.call('sync:enrol', { code: encodeEnrolmentCode(await enrolled(admin, database, store, 'C3')), store, counter: 'C3' });
    const status = await c3.call('sync:status');
    expect(status.ok && Math.round((status.value.clockSkewMs ?? 0) / 60_000)).toBe(10);
    clock.at = Date.now();

    expect(await c3.call('sync:setPaused', { paused: true })).toMatchObject({ ok: true, value: { paused: true } });
    expect(await c3.call('sync:pull', { after: 0, max: 10 })).toMatchObject({ ok: false, error: 'error.syncPaused' });
    await c3.call('sync:setPaused', { paused: false });
    expect(await c3.call('sync:pull', { after: 0, max: 10 })).toMatchObject({ ok: true });

    await revokeCounter(admin, store, 'C3');
    // The open connection still logs in as the role, but the functions refuse it; a new login is refused too.
    expect(await c3.call('sync:pull', { after: 0, max: 10 })).toMatchObject({ ok: false, error: 'error.syncPermanent' });
    expect(await c3.call('sync:pull', { after: 0, max: 10 })).toMatchObject({ ok: false, error: 'error.syncPermanent' });
    expect((await c3.call('sync:status')).ok && (await c3.service.status()).lastFailure?.kind).toBe('permanent');
  });
});
