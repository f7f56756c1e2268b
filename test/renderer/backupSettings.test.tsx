// @vitest-environment jsdom
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { useBackupState } from '../../renderer/app/backup/backupState';
import { StatusBar } from '../../renderer/app/StatusBar';
import { depositItem } from '../../renderer/db/storage/bulky';
import { BackupPanel } from '../../renderer/features/backup/BackupPanel';
import { DayCloseScreen } from '../../renderer/features/dayClose/DayCloseScreen';
import { QueueRowsProvider } from '../../renderer/features/complaints/queue/QueueRows';
import { backupServicesIn } from '../main/support/backupServices';
import { bridgeDeskServices } from '../main/support/bridge';
import { stubServices } from '../main/support/deskServices';
import { makeTempDir } from '../main/support/tempDir';
import { makeDesk, SUPERVISOR } from './deskFixture';
import { renderSignedIn, renderSignedInWith } from './renderDesk';

const HOUR = 3_600_000;

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('desk-backup-ui-'));
  useBackupState.setState({ running: false, progress: undefined, outcome: undefined, markerProblem: undefined });
});
afterEach(() => cleanup());

async function deskWithFolder() {
  const desk = await makeDesk();
  const main = backupServicesIn(dir, desk.clock);
  return { desk, main, api: bridgeDeskServices({ ...stubServices(), backup: main }) };
}

describe('备份与恢复 in the settings', () => {
  it('backs up now and lists the backup; a relative folder is refused at its field', async () => {
    const { desk, main, api } = await deskWithFolder();
    await renderSignedInWith(desk, SUPERVISOR.staffNo, <BackupPanel />, api);
    const user = userEvent.setup();
    expect(await screen.findByText(path.join(dir, 'backups'))).toBeTruthy();
    expect(screen.getByText('尚无')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '立即备份' }));
    const table = await screen.findByRole('table', { name: '文件夹中的备份' });
    expect(within(table).getByText('2026-11-25 10:00:00')).toBeTruthy();
    expect(screen.getByText(/2026-11-25 10:00 完成：servicedesk-S01-C1-20261125-100000\.jsonl\.gz/)).toBeTruthy();
    expect((await main.service.list()).map((f) => f.name)).toEqual(['servicedesk-S01-C1-20261125-100000.jsonl.gz']);

    await user.type(screen.getByLabelText('备份文件夹'), 'backups');
    await user.clear(screen.getByLabelText('每隔几小时自动备份（0 = 只在日结时）'));
    await user.type(screen.getByLabelText('每隔几小时自动备份（0 = 只在日结时）'), '1e1');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('请输入 0–24 之间的整数')).toBeTruthy();
    await user.clear(screen.getByLabelText('每隔几小时自动备份（0 = 只在日结时）'));
    await user.type(screen.getByLabelText('每隔几小时自动备份（0 = 只在日结时）'), '2');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('请填写完整的文件夹路径（例如 D:\\备份）')).toBeTruthy();
    expect((await main.service.status()).everyHours).toBe(4);
  });

  it('a backup that fails is a notice in the panel and the status bar, and the desk goes on', async () => {
    const { desk, api } = await deskWithFolder();
    const folder = path.join(dir, 'usb');
    await backupServicesIn(dir, desk.clock).service.setSettings({ folder, everyHours: 4 });
    // The stick was pulled and something else now has its name.
    await rm(folder, { recursive: true });
    await writeFile(folder, 'not a folder');
    await renderSignedInWith(
      desk,
      SUPERVISOR.staffNo,
      <QueueRowsProvider>
        <BackupPanel />
        <StatusBar />
      </QueueRowsProvider>,
      api,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '立即备份' }));
    expect((await screen.findByText(/^2026-11-25 10:00 备份失败：\s*这个文件夹不能写入$/)).getAttribute('role')).toBe('alert');
    expect(within(screen.getByRole('contentinfo')).getByRole('button', { name: '备份失败' })).toBeTruthy();
    // The desk still works.
    expect((await depositItem(desk.asClerk, newId(), { description: '伞', count: '1', customerName: '', phone: '', slot: 'A-01' })).number).toMatch(/-0001$/);
  });

  it('in a browser, says backups need the desktop app', async () => {
    const desk = await makeDesk();
    await renderSignedIn(desk, SUPERVISOR.staffNo, <BackupPanel />);
    expect(await screen.findByText('备份只在桌面程序中可用（浏览器版本不能写入文件夹）。')).toBeTruthy();
  });
});

describe('日结 backs the database up', () => {
  it('once the day is signed, a backup of it is in the folder', async () => {
    const { desk, main, api } = await deskWithFolder();
    await depositItem(desk.asClerk, newId(), { description: '黑色双肩包', count: '1', customerName: '', phone: '', slot: 'A-01' });
    desk.clock.advance(24 * HOUR);
    await renderSignedInWith(desk, SUPERVISOR.staffNo, <DayCloseScreen />, api);
    const user = userEvent.setup();
    await screen.findByText('2026-11-25 待日结');
    await user.click(screen.getByRole('button', { name: '签字日结' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('主管工号'), SUPERVISOR.staffNo);
    await user.type(within(dialog).getByLabelText('主管 PIN 码'), `${SUPERVISOR.pin}{Enter}`);
    await waitFor(async () => expect((await main.service.list()).map((f) => f.manifest?.counts.dayCloses)).toEqual([1]), { timeout: 10_000 });
  });
});
