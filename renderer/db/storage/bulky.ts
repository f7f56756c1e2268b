import { parseRecordNumber, RECORD_PREFIX } from '../../../shared/domain/numbering';
import { applyStorageEntry, STORAGE_SCHEMA_VERSION } from '../../../shared/domain/storage/projection';
import { checkRelease, type ReleaseCheck } from '../../../shared/domain/storage/rules';
import type { DepositedData, StorageItem } from '../../../shared/domain/storage/types';
import { depositInput, lostTicketReleaseInput, releaseByTicketInput } from '../../../shared/schema/storage';
import { approve, type Approval } from '../approval';
import type { DeskContext } from '../context';
import type { DeskDatabase, StorageItemRow } from '../database';
import { DeskError } from '../errors';
import { writeEntries, type WriteTx } from '../writePath';

/**
 * Deposit of a bulky item. `draftId` is made when the form opens, so a double
 * click or a scanner bounce returns the same item instead of a second one.
 */
export async function depositItem(ctx: DeskContext, draftId: string, raw: unknown): Promise<StorageItem> {
  const input = depositInput.parse(raw);
  return writeEntries(
    ctx,
    'storage.deposit',
    async (tx, existing): Promise<StorageItem> => {
      if (existing) return existing;
      // Read just now in this write: the deposit is projected without reading it again.
      tx.knowRow('storage', draftId, undefined);
      return appendDeposit(tx, draftId, { ...input, source: 'counter' });
    },
    (db: DeskDatabase) => db.storageItems.get(draftId),
  );
}

/** Appends a deposit of a new item (callers return an existing one first) with a fresh ticket number; also used for locker items kept overnight. */
export async function appendDeposit(
  tx: WriteTx,
  itemId: string,
  data: Omit<DepositedData, 'number'>,
): Promise<StorageItem> {
  const number = await tx.nextNumber('storage');
  const deposited = await tx.append({
    recordType: 'storage',
    recordId: itemId,
    type: 'deposited',
    schemaVersion: STORAGE_SCHEMA_VERSION,
    number,
    data: { ...data, number },
    summary: `${number} ${data.description} x${data.count} @${data.slot}`,
  });
  // A new item is its deposit projected, as the write path stored it: no need to read it back.
  const item = applyStorageEntry(undefined, deposited);
  if (!item) throw new DeskError('error.unexpected');
  return item;
}

/** Finds a claim ticket by a scanned or typed number; a clear error at the field otherwise. */
export async function findTicket(db: DeskDatabase, rawNumber: unknown): Promise<StorageItemRow> {
  const { number } = releaseByTicketInput.parse({ number: rawNumber });
  const parts = parseRecordNumber(number);
  if (!parts || parts.prefix !== RECORD_PREFIX.storage) throw new DeskError('error.ticketFormat', 'number');
  // A number used twice (a clash for a supervisor): the bag still held, else the first by id — the same pick every time.
  const items = await db.storageItems.where('number').equals(number).toArray();
  const item = items.find((i) => i.status === 'held') ?? items[0];
  if (!item) throw new DeskError('error.ticketUnknown', 'number', { number });
  return item;
}

export type ReleaseOutcome =
  | { readonly released: true; readonly item: StorageItem }
  | { readonly released: false; readonly item: StorageItem; readonly refusal: Exclude<ReleaseCheck, { ok: true }> };

/**
 * Releases a held item exactly once. The check runs inside the write
 * transaction, so two releases at this counter cannot both pass; a refused
 * second release is audited with who released it first.
 */
async function release(
  ctx: DeskContext,
  itemId: string,
  mode: 'ticket' | 'lostTicket',
  extra: { identity?: { contents: string; phone: string; note: string }; approvedBy?: string },
): Promise<ReleaseOutcome> {
  return writeEntries(ctx, 'storage.release', async (tx) => {
    const item = await tx.db.storageItems.get(itemId);
    if (!item) throw new DeskError('error.ticketUnknown', 'number');
    const check = checkRelease(item);
    if (!check.ok) {
      await tx.audit({
        action: 'storage.releaseRefused',
        recordType: 'storage',
        recordId: item.id,
        number: item.number,
        summary: `${item.number} ${check.reason} ${check.by}`,
      });
      return { released: false, item, refusal: check };
    }
    await tx.append({
      recordType: 'storage',
      recordId: item.id,
      type: 'released',
      schemaVersion: STORAGE_SCHEMA_VERSION,
      number: item.number,
      approvedBy: extra.approvedBy,
      data: { mode, identity: extra.identity },
      summary: `${item.number} ${mode}`,
    });
    return { released: true, item: (await tx.db.storageItems.get(item.id))! };
  });
}

export function releaseItem(ctx: DeskContext, itemId: string): Promise<ReleaseOutcome> {
  return release(ctx, itemId, 'ticket', {});
}

/** Lost claim ticket: identity check plus a supervisor's approval. */
export async function releaseWithLostTicket(ctx: DeskContext, raw: unknown, approval: Approval): Promise<ReleaseOutcome> {
  const input = lostTicketReleaseInput.parse(raw);
  const approvedBy = await approve(ctx, approval, 'storage.lostTicketRelease');
  return release(ctx, input.itemId, 'lostTicket', { identity: input.identity, approvedBy });
}
