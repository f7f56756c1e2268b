// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import path from 'node:path';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { SyncCredentialStore } from '../../electron/main/sync/credentials';
import { SyncService } from '../../electron/main/sync/service';
import { encodeEnrolmentCode } from '../../shared/schema/sync';
import { ServicesProvider } from '../../renderer/app/services';
import { useSession } from '../../renderer/app/session';
import { StatusBar } from '../../renderer/app/StatusBar';
import { SyncHost } from '../../renderer/app/sync/SyncHost';
import { SyncPanel } from '../../renderer/features/settings/SyncPanel';
import { QueueRowsProvider } from '../../renderer/features/complaints/queue/QueueRows';
import { readCounterIdentity, readStoreProfile } from '../../renderer/db/staff';
import { useLanguage } from '../../renderer/i18n';
import { plainEncryptor } from '../main/support/plainEncryptor';
import { makeTempDir } from '../main/support/tempDir';
import { makeDesk, SUPERVISOR } from '../renderer/deskFixture';
import { bridgedDeskApi } from './bridge';
import { enrolled, freshDatabase, uniqueStore } from './serverFixture';

describe('the sync settings and status bar, bridged to the main process and the real server', () => {
  let database: string;
  let admin: pg.Client;
  let dir: string;
  let removeDir: () => Promise<void>;
  let service: SyncService;

  beforeAll(async () => {
    ({ database, admin } = await freshDatabase());
    ({ dir, cleanup: removeDir } = await makeTempDir());
  });
  afterAll(async () => {
    cleanup();
    await service.close();
    await admin.end();
    await removeDir();
  });

  it('a supervisor enrols the counter with a code; its records go up and the status bar says when it synced; the copies agree', async () => {
    const user = userEvent.setup();
    const store = uniqueStore();
    const desk = await makeDesk(Date.now(), store);
    service = new SyncService(new SyncCredentialStore(path.join(dir, 'sync.bin'), plainEncryptor), desk.clock);
    useLanguage.setState({ language: 'zh-CN' });
    useSession.getState().setUp(await readCounterIdentity(desk.db), await readStoreProfile(desk.db));
    useSession.getState().signedIn((await desk.db.staff.get(SUPERVISOR.staffNo))!);
    render(
      <ServicesProvider services={{ db: desk.db, clock: desk.clock, desk: bridgedDeskApi(service) }}>
        <SyncHost />
        <SyncPanel />
        <QueueRowsProvider>
          <StatusBar />
        </QueueRowsProvider>
      </ServicesProvider>,
    );
    expect(await screen.findByText('离线工作')).toBeTruthy();
    const code = screen.getByLabelText('登记码（以 SDK1. 开头）');
    await user.type(code, 'SDK1.abc');
    await user.click(screen.getByRole('button', { name: '登记' }));
    expect(await screen.findByText(/登记码无效/)).toBeTruthy();

    // A code for another counter of the store is refused: it would write as C2.
    await user.clear(code);
    await user.type(code, encodeEnrolmentCode(await enrolled(admin, database, store, 'C2')));
    await user.click(screen.getByRole('button', { name: '登记' }));
    expect(await screen.findByText(`该登记码属于另一个门店或柜台（${store}/C2），与本机设置不符`)).toBeTruthy();

    const credentials = await enrolled(admin, database, store, 'C1');
    await user.clear(code);
    await user.type(code, encodeEnrolmentCode(credentials));
    await user.click(screen.getByRole('button', { name: '登记' }));
    expect(await screen.findByText(new RegExp(credentials.user))).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: /^已同步 \d\d:\d\d$/ })).toBeTruthy(), { timeout: 10_000 });
    expect(await desk.db.outbox.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: '核对副本' }));
    expect(await screen.findByText('本机副本与服务器一致。')).toBeTruthy();
    const copies = screen.getByRole('table', { name: '各柜台记录副本核对' });
    const localCount = await desk.db.entries.count();
    expect(within(copies).getAllByRole('row')[1]!.textContent).toBe(`C1${localCount}${localCount}是`);
  });
});
