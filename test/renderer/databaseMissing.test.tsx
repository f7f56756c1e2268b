// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../../shared/domain/ids';
import type { DeskApi } from '../../shared/ipc';
import { App } from '../../renderer/app/App';
import { reloadDesk } from '../../renderer/app/reloadDesk';
import { ServicesProvider } from '../../renderer/app/services';
import { useSession } from '../../renderer/app/session';
import { activeDatabaseName } from '../../renderer/db/activeDatabase';
import { backUp } from '../../renderer/db/backup/export';
import { readDatabaseMarks } from '../../renderer/db/backup/marks';
import { DeskDatabase } from '../../renderer/db/database';
import { depositItem } from '../../renderer/db/storage/bulky';
import { useLanguage } from '../../renderer/i18n';
import { backupServicesIn } from '../main/support/backupServices';
import { bridgeDeskServices } from '../main/support/bridge';
import { stubServices } from '../main/support/deskServices';
import { makeTempDir } from '../main/support/tempDir';
import { CLERK, makeDesk, SUPERVISOR, TestClock } from './deskFixture';

vi.mock('../../renderer/app/reloadDesk', () => ({ reloadDesk: vi.fn() }));

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('desk-missing-'));
});
afterEach(() => cleanup());

/** The app on this PC after its browser storage was cleared: an empty database, the main process as it was. */
function renderAfterClearing(desk: DeskApi, clock: TestClock) {
  useLanguage.setState({ language: 'zh-CN' });
  useSession.setState({ phase: 'loading', identity: undefined, profile: undefined, staff: undefined, locked: false, view: 'deposit' });
  const db = new DeskDatabase(`cleared-${newId()}`);
  render(
    <ServicesProvider services={{ db, clock, desk }}>
      <App />
    </ServicesProvider>,
  );
  return db;
}

/** A counter that was set up and worked (its marker kept by main), and a backup of it. */
async function setUpPcWithBackup() {
  const worked = await makeDesk();
  const main = backupServicesIn(dir, worked.clock);
  const desk = bridgeDeskServices({ ...stubServices(), backup: main });
  await depositItem(worked.asClerk, newId(), { description: '黑色双肩包', count: '1', customerName: '', phone: '', slot: 'A-01' });
  await desk['marker:update']({ store: 'S01', counter: 'C1', ...(await readDatabaseMarks(worked.db)) });
  const file = await backUp(worked.db, desk, worked.clock);
  return { worked, desk, file: file! };
}

describe('a set-up PC whose database is gone', () => {
  it('never opens the first run: it says what happened and offers the backups and the sync server', async () => {
    const { worked, desk } = await setUpPcWithBackup();
    renderAfterClearing(desk, worked.clock);
    expect(await screen.findByRole('heading', { name: '本机数据库不见了' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('门店 S01 的柜台 C1（2026-11-25 起）');
    expect(screen.queryByRole('button', { name: '完成设置' })).toBeNull();
    expect(screen.queryByLabelText('门店名称')).toBeNull();
    expect(within(screen.getByRole('table', { name: '文件夹中的备份' })).getByText('2026-11-25 10:00:00')).toBeTruthy();
    // No sync server is enrolled: this counter's enrolment code receives the store from the server.
    expect(screen.getByLabelText('登记码（以 SDK1. 开头）')).toBeTruthy();
  });

  it('a supervisor restores a backup: its counts, the PIN checked against its staff, then the restored copy opens', async () => {
    const { worked, desk, file } = await setUpPcWithBackup();
    renderAfterClearing(desk, worked.clock);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '恢复 2026-11-25 10:00:00 的备份' }));
    const dialog = await screen.findByRole('dialog', { name: '恢复备份' });
    const counts = within(dialog).getByLabelText('备份中的内容');
    expect(counts.textContent).toContain('寄存物品1');
    expect(counts.textContent).toContain(`全部行数${Object.values(file.manifest!.counts).reduce((a, b) => a + b, 0)}`);

    await user.type(within(dialog).getByLabelText('主管工号'), CLERK.staffNo);
    await user.type(within(dialog).getByLabelText('主管 PIN 码'), CLERK.pin);
    await user.click(within(dialog).getByRole('button', { name: '恢复此备份' }));
    expect(await within(dialog).findByText('该员工不是主管，不能审批')).toBeTruthy();
    expect(activeDatabaseName()).toBe('servicedesk');

    await user.clear(within(dialog).getByLabelText('主管工号'));
    await user.type(within(dialog).getByLabelText('主管工号'), SUPERVISOR.staffNo);
    await user.clear(within(dialog).getByLabelText('主管 PIN 码'));
    await user.type(within(dialog).getByLabelText('主管 PIN 码'), SUPERVISOR.pin);
    await user.click(within(dialog).getByRole('button', { name: '恢复此备份' }));
    expect(await within(dialog).findByText('已恢复，正在重新打开…', undefined, { timeout: 10_000 })).toBeTruthy();
    expect(reloadDesk).toHaveBeenCalled();
    const restored = new DeskDatabase(activeDatabaseName());
    expect((await restored.storageItems.toArray()).map((i) => i.number)).toEqual(['JC-S01-C1-261125-0001']);
    restored.close();
  });

  it('a PC never set up still opens the first run', async () => {
    const desk = bridgeDeskServices({ ...stubServices(), backup: backupServicesIn(dir, new TestClock(Date.UTC(2026, 10, 25, 2))) });
    renderAfterClearing(desk, new TestClock(Date.UTC(2026, 10, 25, 2)));
    expect(await screen.findByRole('button', { name: '完成设置' })).toBeTruthy();
  });
});
