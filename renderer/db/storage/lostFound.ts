import { newId } from '../../../shared/domain/ids';
import { isDueForDisposal, LOST_ITEM_SCHEMA_VERSION, type DisposalMethod, type LostItem } from '../../../shared/domain/storage/lostFound';
import { STORAGE_SCHEMA_VERSION } from '../../../shared/domain/storage/projection';
import { isOverdue } from '../../../shared/domain/storage/rules';
import { storagePolicyOf } from '../../../shared/domain/store';
import {
  lostItemClaimInput,
  lostItemDisposeInput,
  lostItemRegisterInput,
  moveToLostFoundInput,
} from '../../../shared/schema/storage';
import { approve, type Approval } from '../approval';
import type { DeskContext } from '../context';
import { DeskError } from '../errors';
import { readStoreProfile } from '../staff';
import { writeEntries, type WriteTx } from '../writePath';
import type { LostItemRegisteredData } from '../../../shared/domain/storage/lostFound';

async function appendRegistration(tx: WriteTx, itemId: string, data: Omit<LostItemRegisteredData, 'number'>): Promise<LostItem> {
  const number = await tx.nextNumber('lostItem');
  await tx.append({
    recordType: 'lostItem',
    recordId: itemId,
    type: 'registered',
    schemaVersion: LOST_ITEM_SCHEMA_VERSION,
    number,
    data: { ...data, number },
    summary: `${number} ${data.description} @${data.place}`,
  });
  return (await tx.db.lostItems.get(itemId))!;
}

/** A found item handed to the desk. `draftId` makes a double submit harmless. */
export async function registerLostItem(ctx: DeskContext, draftId: string, raw: unknown): Promise<LostItem> {
  const input = lostItemRegisterInput.parse(raw);
  if (input.foundAt > ctx.clock.now() + 60_000) throw new DeskError('error.futureTime', 'foundAt');
  return writeEntries(ctx, 'lostFound.register', async (tx) => {
    const existing = await tx.db.lostItems.get(draftId);
    if (existing) return existing;
    return appendRegistration(tx, draftId, input);
  });
}

async function leave(
  ctx: DeskContext,
  command: 'lostFound.claim' | 'lostFound.dispose',
  itemId: string,
  append: (tx: WriteTx, item: LostItem) => Promise<unknown>,
): Promise<LostItem> {
  return writeEntries(ctx, command, async (tx) => {
    const item = await tx.db.lostItems.get(itemId);
    if (!item) throw new DeskError('error.unknownRecord');
    if (item.status !== 'kept') throw new DeskError('error.lostItemGone', undefined, { status: item.status });
    await append(tx, item);
    return (await tx.db.lostItems.get(itemId))!;
  });
}

/** The owner claims it after an identity check. */
export async function claimLostItem(ctx: DeskContext, raw: unknown): Promise<LostItem> {
  const input = lostItemClaimInput.parse(raw);
  return leave(ctx, 'lostFound.claim', input.itemId, (tx, item) =>
    tx.append({
      recordType: 'lostItem',
      recordId: item.id,
      type: 'claimed',
      schemaVersion: LOST_ITEM_SCHEMA_VERSION,
      number: item.number,
      data: { claimantName: input.claimantName, phone: input.phone, identityNote: input.identityNote },
      summary: `${item.number} ${input.claimantName}`,
    }),
  );
}

/** Disposal after the keeping period; a supervisor approves. */
export async function disposeLostItem(ctx: DeskContext, raw: unknown, approval: Approval): Promise<LostItem> {
  const input = lostItemDisposeInput.parse(raw);
  const item = await ctx.db.lostItems.get(input.itemId);
  if (!item) throw new DeskError('error.unknownRecord');
  const policy = storagePolicyOf(await readStoreProfile(ctx.db));
  if (!isDueForDisposal(item, ctx.clock.now(), policy.lostFoundKeepDays)) {
    throw new DeskError('error.notDueForDisposal', undefined, { days: policy.lostFoundKeepDays });
  }
  const approvedBy = await approve(ctx, approval, 'lostFound.dispose');
  return leave(ctx, 'lostFound.dispose', input.itemId, (tx) =>
    tx.append({
      recordType: 'lostItem',
      recordId: item.id,
      type: 'disposed',
      schemaVersion: LOST_ITEM_SCHEMA_VERSION,
      number: item.number,
      approvedBy,
      data: { method: input.method as DisposalMethod, reason: input.reason },
      summary: `${item.number} ${input.method}`,
    }),
  );
}

/**
 * An item held past the overdue limit moves to lost and found: the storage
 * item leaves and a lost item is registered, in one transaction. One not
 * overdue yet stays in storage.
 */
export async function moveToLostFound(ctx: DeskContext, raw: unknown, approval: Approval): Promise<LostItem> {
  const input = moveToLostFoundInput.parse(raw);
  const policy = storagePolicyOf(await readStoreProfile(ctx.db));
  const approvedBy = await approve(ctx, approval, 'storage.moveToLostFound');
  return writeEntries(ctx, 'storage.moveToLostFound', async (tx) => {
    const item = await tx.db.storageItems.get(input.itemId);
    if (!item) throw new DeskError('error.unknownRecord');
    if (item.status !== 'held') throw new DeskError('error.notHeld', undefined, { number: item.number });
    if (!isOverdue(item, tx.now, policy)) throw new DeskError('error.notOverdue', undefined, { number: item.number, days: policy.overdueDays });
    const lostItemId = newId(tx.now);
    await tx.append({
      recordType: 'storage',
      recordId: item.id,
      type: 'movedToLostFound',
      schemaVersion: STORAGE_SCHEMA_VERSION,
      number: item.number,
      approvedBy,
      data: { lostItemId, reason: input.reason },
      summary: `${item.number} -> lost and found: ${input.reason}`,
    });
    return appendRegistration(tx, lostItemId, {
      description: `${item.description} x${item.count}`,
      place: item.source === 'locker' ? `locker ${item.lockerDoorId ?? ''}`.trim() : `storage ${item.slot}`,
      foundAt: item.deposited.at,
      finder: item.customerName ?? item.phone ?? '-',
      photo: item.photo,
      fromStorageNumber: item.number,
    });
  });
}
