// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import path from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { SyncCredentialStore } from '../../electron/main/sync/credentials';
import { SyncService } from '../../electron/main/sync/service';
import type { Clock } from '../../shared/domain/clock';
import { newId } from '../../shared/domain/ids';
import { encodeEnrolmentCode } from '../../shared/schema/sync';
import { App } from '../../renderer/app/App';
import { ServicesProvider } from '../../renderer/app/services';
import { useSession } from '../../renderer/app/session';
import { DeskDatabase } from '../../renderer/db/database';
import { depositItem } from '../../renderer/db/storage/bulky';
import { readCounterClock } from '../../renderer/db/writePath';
import { useLanguage } from '../../renderer/i18n';
import { plainEncryptor } from '../main/support/plainEncryptor';
import { makeTempDir } from '../main/support/tempDir';
import { CLERK, makeDesk } from '../renderer/deskFixture';
import { bridgedDeskApi } from './bridge';
import { connectCounter, syncOnce } from './counters';
import { enrolled, freshDatabase, uniqueStore } from './serverFixture';

const bag = { description: '黑色双肩包', count: '1', slot: 'A-01', customerName: '', phone: '' };

describe('another counter joins a store that syncs, instead of a first run', () => {
  let database: string;
  let admin: pg.Client;
  let dir: string;
  let removeDir: () => Promise<void>;
  const services: SyncService[] = [];

  beforeAll(async () => {
    ({ database, admin } = await freshDatabase());
    ({ dir, cleanup: removeDir } = await makeTempDir());
    useLanguage.setState({ language: 'zh-CN' });
  });
  afterEach(() => cleanup());
  afterAll(async () => {
    for (const s of services) await s.close();
    await admin.end();
    await removeDir();
  });

  /** A new PC at the counter: empty database, its main process's sync service, the app from its first screen. */
  function newPc(clock: Clock) {
    const db = new DeskDatabase(`join-${newId()}`);
    const service = new SyncService(new SyncCredentialStore(path.join(dir, `${newId()}.bin`), plainEncryptor), clock);
    services.push(service);
    useSession.setState({ phase: 'loading', identity: undefined, profile: undefined, staff: undefined });
    render(
      <ServicesProvider services={{ db, clock, desk: bridgedDeskApi(service) }}>
        <App />
      </ServicesProvider>,
    );
    return { db, service };
  }

  async function join(store: string, counter: string, code: string) {
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('加入已同步的门店（另一台柜台）'));
    await user.type(screen.getByLabelText('门店代码'), store);
    await user.type(screen.getByLabelText('本柜台编号'), counter);
    await user.type(screen.getByLabelText('登记码（以 SDK1. 开头）'), code);
    await user.click(screen.getByRole('button', { name: '加入门店' }));
    return user;
  }

  it('receives the store, its staff and its records, then a clerk signs in with the PIN set at the first counter and finds the bag', async () => {
    const store = uniqueStore();
    const first = await makeDesk(Date.now(), store);
    const c1 = await connectCounter(admin, database, first.asClerk);
    const deposited = await depositItem(first.asClerk, newId(), bag);
    await syncOnce(c1);

    const pc = newPc(first.clock);
    const user = await join(store, 'C2', encodeEnrolmentCode(await enrolled(admin, database, store, 'C2')));
    expect(await screen.findByRole('heading', { name: '员工登录' }, { timeout: 10_000 })).toBeTruthy();
    expect((await pc.db.storageItems.get(deposited.id))?.number).toBe(deposited.number);
    await user.type(screen.getByLabelText('工号'), CLERK.staffNo);
    await user.type(screen.getByLabelText('PIN 码'), CLERK.pin);
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('navigation')).toBeTruthy();
    expect(useSession.getState().identity).toEqual({ store, counter: 'C2' });
    await c1.close();
  });

  it('a PC replacing a counter goes on after the sequence numbers and the day’s record numbers that counter already used', async () => {
    const store = uniqueStore();
    const first = await makeDesk(Date.now(), store);
    const c1 = await connectCounter(admin, database, first.asClerk);
    const deposited = await depositItem(first.asClerk, newId(), bag);
    await syncOnce(c1);
    const used = (await readCounterClock(first.db)).seq;

    const pc = newPc(first.clock);
    await join(store, 'C1', encodeEnrolmentCode(await enrolled(admin, database, store, 'C1')));
    expect(await screen.findByRole('heading', { name: '员工登录' }, { timeout: 10_000 })).toBeTruthy();
    expect((await readCounterClock(pc.db)).seq).toBe(used);
    expect(await pc.db.outbox.count()).toBe(0);
    // The same day's next deposit gets the next number, not the one the old PC printed.
    const next = await depositItem({ db: pc.db, clock: first.clock, session: first.asClerk.session }, newId(), { ...bag, slot: 'A-02' });
    expect(next.number).toBe(deposited.number.replace(/-0001$/, '-0002'));
    expect(next.id).not.toBe(deposited.id);
    await c1.close();
  });

  it('a store the server has nothing of yet is refused with a message, and the PC is left as it was', async () => {
    const store = uniqueStore();
    const pc = newPc({ now: () => Date.now() });
    await join(store, 'C1', encodeEnrolmentCode(await enrolled(admin, database, store, 'C1')));
    expect(await screen.findByText(`服务器上还没有门店 ${store} 的资料或主管：请先在第一台柜台完成设置并同步，再加入`, undefined, { timeout: 10_000 })).toBeTruthy();
    expect((await pc.service.status()).configured).toBe(false);
    expect(await pc.db.meta.get('counterIdentity')).toBeUndefined();
    // A mistyped code is a message at the field, nothing more.
    const user = userEvent.setup();
    const code = screen.getByLabelText('登记码（以 SDK1. 开头）');
    await user.clear(code);
    await user.type(code, 'SDK1.xyz');
    await user.click(screen.getByRole('button', { name: '加入门店' }));
    expect(await screen.findByText(/登记码无效/)).toBeTruthy();
  });
});
