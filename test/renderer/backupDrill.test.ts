// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import type { DeskApi } from '../../shared/ipc';
import { activeDatabaseName } from '../../renderer/db/activeDatabase';
import { backUp, backupTables } from '../../renderer/db/backup/export';
import { readDatabaseMarks } from '../../renderer/db/backup/marks';
import { reportMarksTo } from '../../renderer/db/backup/marksReporter';
import { restoreBackup } from '../../renderer/db/backup/restore';
import { checkClosedDay, closeDay } from '../../renderer/db/dayClose/close';
import { DeskDatabase } from '../../renderer/db/database';
import { readOpenCounts, recountOpen } from '../../renderer/db/dayClose/openCounts';
import { registerReturn } from '../../renderer/db/returns/register';
import { registerServiceCall } from '../../renderer/db/service/calls';
import { depositItem } from '../../renderer/db/storage/bulky';
import { registerLostItem } from '../../renderer/db/storage/lostFound';
import { readCounterClock } from '../../renderer/db/writePath';
import { backupServicesIn } from '../main/support/backupServices';
import { bridgeDeskServices } from '../main/support/bridge';
import { stubServices } from '../main/support/deskServices';
import { makeTempDir } from '../main/support/tempDir';
import { makeDesk, SUPERVISOR, CLERK } from './deskFixture';
import { callForm } from './serviceFixture';
import { recordComplaint } from './complaintWorkflowFixture';

const DAY = '2026-11-25';
const HOUR = 3_600_000;
const bag = (slot: string) => ({ description: '黑色双肩包', count: '1', customerName: '', phone: '', slot });
const kettle = { sku: '6901234567892', name: '电水壶', category: 'appliance', quantityBought: '2', quantity: '1', unitPrice: '99.90', disposition: 'restock' };
const refund = { receiptNo: 'POS-00123456', purchaseDate: '2026-11-23', lines: [kettle], reason: 'quality', condition: 'faulty', outcome: 'refund', refundMethod: 'cash' };
const umbrella = { description: '蓝色雨伞', place: '二楼扶梯口', finder: '保洁 张阿姨' };

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('desk-drill-'));
});
afterEach(() => cleanup());

/** Every table's rows in key order: what the desk shows and works from. */
async function tablesOf(db: DeskDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of backupTables(db)) out[table.name] = await table.toArray();
  return out;
}

/**
 * A counter at work with the main process's backup folder and marker
 * (real files in a temp folder, through the IPC gate); every write reports
 * its numbers to the marker as the shell has it do.
 */
async function deskAtWork() {
  const desk = await makeDesk();
  const main = backupServicesIn(dir, desk.clock);
  const api: DeskApi = bridgeDeskServices({ ...stubServices(), backup: main });
  await api['marker:update']({ store: 'S01', counter: 'C1', ...(await readDatabaseMarks(desk.db)) });
  reportMarksTo(desk.db, async (update) => {
    await api['marker:update'](update);
  });
  // A day of several areas, then its close.
  await depositItem(desk.asClerk, newId(), bag('A-01'));
  await registerReturn(desk.asClerk, newId(), refund);
  await registerLostItem(desk.asClerk, newId(), { ...umbrella, foundAt: desk.clock.now() - HOUR });
  await registerServiceCall(desk.asClerk, newId(), callForm(desk.clock.now()));
  await recordComplaint(desk.asClerk);
  desk.clock.advance(HOUR);
  const close = await closeDay(desk.asSupervisor, { day: DAY, notes: '' }, SUPERVISOR);
  desk.clock.advance(14 * HOUR);
  return { ...desk, main, api, close };
}

describe('restore drill: back up, lose the database, restore', () => {
  it('gives the same tables and day-close hashes, and numbers go on above those printed after the backup', async () => {
    const desk = await deskAtWork();
    const before = await tablesOf(desk.db);
    const file = await backUp(desk.db, desk.api, desk.clock);
    // complaintFacts keeps its key beside its rows: it comes back too.
    expect(file?.manifest?.counts).toMatchObject({ entries: before.entries!.length, storageItems: 1, returns: 1, lostItems: 1, serviceCalls: 1, complaints: 1, complaintFacts: 1, dayCloses: 1 });

    // The next morning a bag is deposited and its ticket printed; then the browser storage is lost.
    const printed = await depositItem(desk.asClerk, newId(), bag('A-02'));
    expect(printed.number).toBe('JC-S01-C1-261126-0001');
    const printedSeq = (await readCounterClock(desk.db)).seq;

    const restored = await restoreBackup(desk.api, desk.clock, { name: file!.name, approval: SUPERVISOR });
    expect(activeDatabaseName()).toBe(restored.databaseName);
    expect(restored.databaseName).not.toBe(desk.db.name);
    const db = new DeskDatabase(restored.databaseName);
    const after = await tablesOf(db);

    // Every table as it was at the backup, but for the restore's own audit line and the raised numbers.
    for (const name of Object.keys(before).filter((n) => n !== 'audit' && n !== 'meta')) expect(after[name], name).toEqual(before[name]);
    expect(after.audit!.slice(0, before.audit!.length)).toEqual(before.audit);
    expect(after.audit!.slice(before.audit!.length)).toMatchObject([{ action: 'backup.restored', staffNo: SUPERVISOR.staffNo }]);
    // The signed day checks out on the restored copy: same figures, same hash chain.
    const checks = await checkClosedDay(db, desk.close, 'Asia/Shanghai');
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.every((c) => c.hashMatches && c.chainMatches)).toBe(true);
    // What the next close carries comes back with the rows it counts.
    expect(await readOpenCounts(db)).toEqual({ storageHeld: 1, lostItemsKept: 1, complaintsOpen: 1, serviceCallsOpen: 1 });
    expect(await readOpenCounts(db)).toEqual(await recountOpen(db));

    // The bag deposited after the backup is not in the copy, but its number is not given again.
    const session = { ...desk.asClerk.session };
    const next = await depositItem({ db, clock: desk.clock, session }, newId(), bag('A-03'));
    expect(next.number).toBe('JC-S01-C1-261126-0002');
    const entry = (await db.entries.where('[recordType+recordId]').equals(['storage', next.id]).toArray())[0];
    expect(entry?.seq).toBe(printedSeq + 1);
    // The database that was in use is kept as it was.
    expect(await desk.db.storageItems.count()).toBe(2);
    db.close();
  });

  it('is approved by a supervisor of the restored staff; a clerk or a wrong PIN leaves everything as it was', async () => {
    const desk = await deskAtWork();
    const file = await backUp(desk.db, desk.api, desk.clock);
    const names = async () => (await indexedDB.databases()).map((d) => d.name).sort();
    const databases = await names();
    await expect(restoreBackup(desk.api, desk.clock, { name: file!.name, approval: { staffNo: SUPERVISOR.staffNo, pin: '000000' } })).rejects.toMatchObject({ code: 'error.approvalFailed', field: 'approverPin' });
    await expect(restoreBackup(desk.api, desk.clock, { name: file!.name, approval: CLERK, current: desk.asSupervisor })).rejects.toMatchObject({ code: 'error.approverRole' });
    expect(await names()).toEqual(databases);
    expect(activeDatabaseName()).toBe('servicedesk');
    // The refusal at the signed-in counter is in its audit trail.
    expect((await desk.db.audit.toArray()).at(-1)).toMatchObject({ action: 'approval.refused', summary: `backup.restore ${CLERK.staffNo}` });
  });

  it('counts wrong PINs at a working counter as every approval does: after five, even the right PIN waits', async () => {
    const desk = await deskAtWork();
    const file = await backUp(desk.db, desk.api, desk.clock);
    const wrong = { name: file!.name, approval: { staffNo: SUPERVISOR.staffNo, pin: '000000' }, current: desk.asSupervisor };
    for (let i = 0; i < 5; i += 1) await expect(restoreBackup(desk.api, desk.clock, wrong)).rejects.toMatchObject({ code: 'error.approvalFailed' });
    await expect(restoreBackup(desk.api, desk.clock, { ...wrong, approval: SUPERVISOR })).rejects.toMatchObject({ code: 'error.pinWaitSeconds', field: 'approverPin' });
    expect(activeDatabaseName()).toBe('servicedesk');
  });

  it('refuses a backup of another counter on this PC', async () => {
    const desk = await deskAtWork();
    const file = await backUp(desk.db, desk.api, desk.clock);
    const other = { ...desk.asSupervisor, session: { ...desk.asSupervisor.session, counter: 'C2' } };
    await expect(restoreBackup(desk.api, desk.clock, { name: file!.name, approval: SUPERVISOR, current: other })).rejects.toMatchObject({
      code: 'error.backupOtherCounter',
      params: { backup: 'S01/C1', here: 'S01/C2' },
    });
  });
});
