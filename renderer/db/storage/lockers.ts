import { LOCKER_SCHEMA_VERSION, lockerDoorId, type LockerDoor } from '../../../shared/domain/storage/lockers';
import type { StorageItem } from '../../../shared/domain/storage/types';
import { assistedOpeningInput, clearOvernightInput, lockerBankInput, lockerStateInput } from '../../../shared/schema/storage';
import { approve, type Approval } from '../approval';
import type { DeskContext } from '../context';
import { DeskError } from '../errors';
import { writeEntries } from '../writePath';
import { appendDeposit } from './bulky';

/** Adds a bank of doors to the locker map (supervisor: it is the store's layout). */
export async function defineLockerBank(ctx: DeskContext, raw: unknown): Promise<LockerDoor[]> {
  const input = lockerBankInput.parse(raw);
  return writeEntries(ctx, 'lockers.defineBank', async (tx) => {
    const doors: LockerDoor[] = [];
    for (let door = 1; door <= input.doors; door += 1) {
      const id = lockerDoorId(input.bank, door);
      if (await tx.db.lockerDoors.get(id)) continue;
      await tx.append({
        recordType: 'lockerDoor',
        recordId: id,
        type: 'defined',
        schemaVersion: LOCKER_SCHEMA_VERSION,
        data: { bank: input.bank, door, size: input.size },
        summary: `${id} ${input.size}`,
      });
      doors.push((await tx.db.lockerDoors.get(id))!);
    }
    return doors;
  });
}

export async function setLockerState(ctx: DeskContext, raw: unknown): Promise<LockerDoor> {
  const input = lockerStateInput.parse(raw);
  return writeEntries(ctx, 'lockers.setState', async (tx) => {
    if (!(await tx.db.lockerDoors.get(input.doorId))) throw new DeskError('error.unknownRecord');
    await tx.append({
      recordType: 'lockerDoor',
      recordId: input.doorId,
      type: 'stateSet',
      schemaVersion: LOCKER_SCHEMA_VERSION,
      data: { state: input.state, note: input.note },
      summary: `${input.doorId} ${input.state}${input.note ? ` ${input.note}` : ''}`,
    });
    return (await tx.db.lockerDoors.get(input.doorId))!;
  });
}

/** The customer lost the locker slip: identity check, who opened it and why, a supervisor approves. */
export async function openLockerAssisted(ctx: DeskContext, raw: unknown, approval: Approval): Promise<LockerDoor> {
  const input = assistedOpeningInput.parse(raw);
  const door = await ctx.db.lockerDoors.get(input.doorId);
  if (!door) throw new DeskError('error.unknownRecord');
  if (door.state === 'outOfOrder') throw new DeskError('error.lockerOutOfOrder');
  const approvedBy = await approve(ctx, approval, 'lockers.assistedOpen');
  return writeEntries(ctx, 'lockers.assistedOpen', async (tx) => {
    const number = await tx.nextNumber('lockerOpening');
    await tx.append({
      recordType: 'lockerDoor',
      recordId: input.doorId,
      type: 'assistedOpening',
      schemaVersion: LOCKER_SCHEMA_VERSION,
      number,
      approvedBy,
      data: { number, reason: input.reason, identity: input.identity },
      summary: `${number} ${input.doorId} ${input.reason}`,
    });
    return (await tx.db.lockerDoors.get(input.doorId))!;
  });
}

/**
 * At closing, what is left in a locker is taken out and kept at the desk as a
 * storage item (source: locker), so the overdue rule applies to it too.
 */
export async function clearLockerOvernight(ctx: DeskContext, draftId: string, raw: unknown): Promise<StorageItem> {
  const input = clearOvernightInput.parse(raw);
  return writeEntries(ctx, 'lockers.clearOvernight', async (tx) => {
    const existing = await tx.db.storageItems.get(draftId);
    if (existing) return existing;
    const door = await tx.db.lockerDoors.get(input.doorId);
    if (!door) throw new DeskError('error.unknownRecord');
    const item = await appendDeposit(tx, draftId, {
      description: input.description,
      count: input.count,
      photo: input.photo,
      slot: input.slot,
      source: 'locker',
      lockerDoorId: door.id,
    });
    await tx.append({
      recordType: 'lockerDoor',
      recordId: door.id,
      type: 'clearedOvernight',
      schemaVersion: LOCKER_SCHEMA_VERSION,
      data: { storageItemId: item.id, storageNumber: item.number },
      summary: `${door.id} -> ${item.number}`,
    });
    return item;
  });
}

