import Dexie from 'dexie';
import { BackupBody, totalRows } from '../../../shared/domain/backup/body';
import type { Clock } from '../../../shared/domain/clock';
import { verifyPin } from '../../../shared/domain/pin';
import { can } from '../../../shared/domain/staff';
import type { DeskApi } from '../../../shared/ipc';
import { backupLine, backupManifest, type BackupManifest } from '../../../shared/schema/backup';
import { deskValue } from '../../bridge/deskValue';
import { makeActiveDatabase } from '../activeDatabase';
import type { Approval } from '../approval';
import type { DeskContext } from '../context';
import { DeskDatabase } from '../database';
import { DeskError } from '../errors';
import { checkPinAttempt } from '../pinCheck';
import { readCounterIdentity, readStoreProfile, type CounterIdentity } from '../staff';
import { writeAudit, writeEntries } from '../writePath';
import type { BackupProgress } from './export';
import { marksOf, readMarker } from './marker';
import { raiseToMarks } from './marks';

export interface RestoreRequest {
  /** The backup file's name, as the list showed it. */
  readonly name: string;
  /** A supervisor of the restored staff list approves with number and PIN. */
  readonly approval: Approval;
  /** The counter signed in when restoring from the settings: refusals are audited there, and it must be the backup's counter. */
  readonly current?: DeskContext | undefined;
}

export interface Restored {
  /** The IndexedDB database now active (opened from the next start). */
  readonly databaseName: string;
  readonly manifest: BackupManifest;
}

function corrupt(detail: string): DeskError {
  return new DeskError('error.backupCorrupt', undefined, { detail });
}

/** The key of a row kept beside it (this database's only such table is keyed by text). */
function outboundKey(key: unknown): string | number {
  if (typeof key === 'string' || typeof key === 'number') return key;
  throw corrupt('a row of a table keyed apart has no usable key');
}

/** A backup is of one counter: restoring it here makes this PC that counter, so it must be this PC's. */
function checkCounter(manifest: BackupManifest, here: CounterIdentity | undefined): void {
  if (here && (here.store !== manifest.store || here.counter !== manifest.counter)) {
    throw new DeskError('error.backupOtherCounter', undefined, { backup: `${manifest.store}/${manifest.counter}`, here: `${here.store}/${here.counter}` });
  }
}

/** Every row of the backup into `fresh`, part by part, checked line by line and against the manifest at the end. */
async function importRows(desk: DeskApi, readId: string, manifest: BackupManifest, fresh: DeskDatabase, onProgress: (p: BackupProgress) => void): Promise<void> {
  const tableNames = new Set(fresh.tables.map((t) => t.name));
  const body = new BackupBody();
  const total = totalRows(manifest.counts);
  let done = 0;
  for (let finished = false; !finished; ) {
    const part = deskValue(await desk['backup:read']({ readId }));
    finished = part.done;
    body.add(part.lines);
    const byTable = new Map<string, { rows: unknown[]; keys: unknown[] }>();
    for (const text of part.lines.split('\n')) {
      if (!text) continue;
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        throw corrupt('a line is not JSON');
      }
      const line = backupLine.safeParse(raw);
      if (!line.success || !tableNames.has(line.data[0])) throw corrupt('a line is not a row of this database');
      const [table, , key] = line.data;
      const rows = byTable.get(table) ?? { rows: [], keys: [] };
      // The row as it was read (the schema checked it; its parse would drop fields it does not list).
      rows.rows.push((raw as unknown[])[1]);
      rows.keys.push(key);
      byTable.set(table, rows);
    }
    if (byTable.size > 0) {
      await fresh.transaction('rw', [...byTable.keys()], async () => {
        for (const [name, { rows, keys }] of byTable) {
          const table = fresh.table(name);
          if (table.schema.primKey.keyPath) await table.bulkAdd(rows);
          else await table.bulkAdd(rows, keys.map(outboundKey));
        }
      });
    }
    for (const { rows } of byTable.values()) done += rows.length;
    onProgress({ phase: 'reading', done, total });
  }
  if (!body.matches(manifest)) throw corrupt('hash or row counts differ from the manifest');
}

/** servicedesk-r<time>: a name no database has yet (a clock set back could meet an earlier restore's). */
async function unusedName(now: number): Promise<string> {
  let at = now;
  while (await Dexie.exists(`servicedesk-r${at}`)) at += 1;
  return `servicedesk-r${at}`;
}

/** The approver must be an active supervisor (or store manager) of the database being restored, with the right PIN. */
async function approverOf(fresh: DeskDatabase, approval: Approval): Promise<string> {
  const member = await fresh.staff.get(approval.staffNo.trim());
  const pinOk = member !== undefined && member.active && (await verifyPin(approval.pin, member.pinSalt, member.pinHash));
  if (!pinOk) throw new DeskError('error.approvalFailed', 'approverPin');
  if (!can(member.role, 'settings.manage')) throw new DeskError('error.approverRole', 'approverPin');
  return member.staffNo;
}

async function approvalAtCounter(ctx: DeskContext, approval: Approval): Promise<void> {
  const summary = `backup.restore ${approval.staffNo}`;
  const member = await checkPinAttempt(ctx, { staffNo: approval.staffNo, pin: approval.pin, field: 'approverPin', failedAction: 'approval.refused', waitingAction: 'approval.waiting', summary });
  if (!member) throw new DeskError('error.approvalFailed', 'approverPin');
}

/**
 * Restores a backup into a fresh database (same schema version, a new
 * name) and makes it the one the desk opens next; the database it replaces
 * is kept untouched. The file is checked line by line and against its
 * manifest, the approver against the restored staff, and the counter's
 * numbers are raised to those this PC's marker knows were handed out
 * since the backup was made. The caller reloads the page.
 */
export async function restoreBackup(desk: DeskApi, clock: Clock, request: RestoreRequest, onProgress: (p: BackupProgress) => void = () => undefined): Promise<Restored> {
  const { readId, manifest: raw } = deskValue(await desk['backup:open']({ name: request.name }));
  const parsed = backupManifest.safeParse(raw);
  if (!parsed.success) throw corrupt(parsed.error.message);
  const manifest = parsed.data;
  const marker = await readMarker(desk);
  checkCounter(manifest, request.current?.session);
  if (marker.state === 'setUp') checkCounter(manifest, marker.marker);
  // At a working counter the approver's PIN is checked first as at every approval: wrong PINs count toward the wait.
  if (request.current) await approvalAtCounter(request.current, request.approval);
  const fresh = new DeskDatabase(await unusedName(clock.now()));
  if (manifest.schemaVersion !== fresh.verno) throw new DeskError('error.backupVersion', undefined, { backup: manifest.schemaVersion, here: fresh.verno });
  try {
    await fresh.open();
    await importRows(desk, readId, manifest, fresh, onProgress);
    const identity = await readCounterIdentity(fresh);
    if (!identity) throw corrupt('no counter identity in the backup');
    checkCounter(manifest, identity);
    let staffNo: string;
    try {
      staffNo = await approverOf(fresh, request.approval);
    } catch (error) {
      if (request.current) await writeAudit(request.current, { action: 'approval.refused', summary: `backup.restore ${request.approval.staffNo}` });
      throw error;
    }
    const timeZone = (await readStoreProfile(fresh))?.timeZone ?? manifest.timeZone;
    const printed = marksOf(marker, identity);
    await writeEntries({ db: fresh, clock, session: { ...identity, staffNo, timeZone } }, 'backup.restore', async (tx) => {
      const raised = printed ? await raiseToMarks(tx, printed) : undefined;
      await tx.audit({ action: 'backup.restored', summary: `${request.name} · ${totalRows(manifest.counts)}${raised?.seq ? ` · seq ${raised.seq}` : ''}` });
    });
    makeActiveDatabase(fresh.name);
    return { databaseName: fresh.name, manifest };
  } catch (error) {
    // The half-made copy holds nothing that is not in the backup or the database still in use.
    fresh.close();
    await Dexie.delete(fresh.name);
    throw error;
  } finally {
    fresh.close();
  }
}
