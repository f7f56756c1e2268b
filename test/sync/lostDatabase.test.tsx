// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import path from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SyncCredentialStore } from '../../electron/main/sync/credentials';
import { SyncService } from '../../electron/main/sync/service';
import { newId } from '../../shared/domain/ids';
import { encodeEnrolmentCode } from '../../shared/schema/sync';
import { App } from '../../renderer/app/App';
import { ServicesProvider } from '../../renderer/app/services';
import { useSession } from '../../renderer/app/session';
import { readDatabaseMarks } from '../../renderer/db/backup/marks';
import { reportMarksTo } from '../../renderer/db/backup/marksReporter';
import { DeskDatabase } from '../../renderer/db/database';
import { depositItem } from '../../renderer/db/storage/bulky';
import { ipcTransport } from '../../renderer/db/sync/ipcTransport';
import { pushOutbox } from '../../renderer/db/sync/push';
import { useLanguage } from '../../renderer/i18n';
import { backupServicesIn } from '../main/support/backupServices';
import { bridgeDeskServices } from '../main/support/bridge';
import { stubServices } from '../main/support/deskServices';
import { plainEncryptor } from '../main/support/plainEncryptor';
import { makeTempDir } from '../main/support/tempDir';
import { makeDesk } from '../renderer/deskFixture';
import { enrolled, freshDatabase, uniqueStore } from './serverFixture';

const bag = (slot: string) => ({ description: '黑色双肩包', count: '1', customerName: '', phone: '', slot });

describe('a set-up PC whose database was lost, still enrolled with the sync server', () => {
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

  it('receives the store again from the server and goes on after the numbers it printed, pushed or not', async () => {
    const store = uniqueStore();
    const desk = await makeDesk(Date.now(), store);
    // This PC's main process: its sync enrolment and its marker, both outside the browser storage.
    const service = new SyncService(new SyncCredentialStore(path.join(dir, `${newId()}.bin`), plainEncryptor), desk.clock);
    services.push(service);
    const api = bridgeDeskServices({ ...stubServices(), sync: { service }, backup: backupServicesIn(dir, desk.clock) });
    await service.enrol({ code: encodeEnrolmentCode(await enrolled(admin, database, store, 'C1')), store, counter: 'C1' });
    await api['marker:update']({ store, counter: 'C1', ...(await readDatabaseMarks(desk.db)) });
    reportMarksTo(desk.db, async (update) => {
      await api['marker:update'](update);
    });
    const synced = await depositItem(desk.asClerk, newId(), bag('A-01'));
    await pushOutbox(desk.db, ipcTransport(api), () => desk.clock.now());
    // Printed, then the browser storage is lost before it reached the server.
    const unsynced = await depositItem(desk.asClerk, newId(), bag('A-02'));
    expect(unsynced.number).toMatch(/-0002$/);

    const db = new DeskDatabase(`lost-${newId()}`);
    useSession.setState({ phase: 'loading', identity: undefined, profile: undefined, staff: undefined });
    render(
      <ServicesProvider services={{ db, clock: desk.clock, desk: api }}>
        <App />
      </ServicesProvider>,
    );
    expect(await screen.findByRole('heading', { name: '本机数据库不见了' })).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: '从服务器取回' }));
    expect(await screen.findByRole('heading', { name: '员工登录' }, { timeout: 10_000 })).toBeTruthy();
    expect((await db.storageItems.toArray()).map((i) => i.number)).toEqual([synced.number]);
    const next = await depositItem({ ...desk.asClerk, db }, newId(), bag('A-03'));
    expect(next.number).toBe(unsynced.number.replace(/-0002$/, '-0003'));
  });
});
