import { formatInZone } from '../../../shared/domain/clock';
import { formatYuan } from '../../../shared/domain/money';
import type { DeskCommand } from '../../../shared/domain/permissions';
import { depositOutcomeMissing, moveRefusal, pickupInPast } from '../../../shared/domain/preOrders/moves';
import { PRE_ORDER_RECORD_TYPE, PRE_ORDER_SCHEMA_VERSION, type PreOrderEntry, type PreOrderMove, type PreOrderMoveRefusal } from '../../../shared/domain/preOrders/types';
import { preOrderCancelInput, preOrderConfirmInput, preOrderPickUpInput, preOrderReadyInput, preOrderTakeInput } from '../../../shared/schema/preOrders';
import type { DeskContext } from '../context';
import { DeskError } from '../errors';
import { writeEntries, type WriteTx } from '../writePath';
import type { PreOrderRow } from './row';

type PreOrderData<T extends PreOrderEntry['type']> = Extract<PreOrderEntry, { readonly type: T }>['data'];

const REFUSAL_CODES: { readonly [R in PreOrderMoveRefusal]: string } = {
  alreadyPickedUp: 'error.preOrderPickedUp',
  alreadyCancelled: 'error.preOrderCancelled',
  notConfirmed: 'error.preOrderNotConfirmed',
  notReady: 'error.preOrderNotReady',
  alreadyDone: 'error.preOrderAlreadyDone',
};

async function saved(tx: WriteTx, id: string): Promise<PreOrderRow> {
  const row = await tx.db.preOrders.get(id);
  // The projection judges the entry once more; the checks before make a refusal here a bug, and the throw undoes the write.
  if (!row) throw new DeskError('error.unexpected');
  return row;
}

/**
 * 登记预约: a phone pre-order or a group purchase. `draftId` is made when the
 * form opens and becomes the order's id, so a second click gives back the
 * same order instead of taking another. A pickup time already past is
 * refused at its field.
 */
export async function takePreOrder(ctx: DeskContext, draftId: string, raw: unknown): Promise<PreOrderRow> {
  const input = preOrderTakeInput.parse(raw);
  const { timeZone } = ctx.session;
  return writeEntries(ctx, 'preOrders.take', async (tx) => {
    const existing = await tx.db.preOrders.get(draftId);
    if (existing) return existing;
    if (pickupInPast(input.pickupAt, tx.now)) throw new DeskError('error.preOrderPickupPast', 'pickupAt');
    const number = await tx.nextNumber('preOrder');
    const { deposit, items, ...rest } = input;
    const data: PreOrderData<'taken'> = {
      ...rest,
      number,
      items: items.map((i) => ({ name: i.name, quantity: i.quantity, unitPriceFen: i.unitPrice })),
      depositFen: deposit,
    };
    await tx.append({
      recordType: PRE_ORDER_RECORD_TYPE,
      recordId: draftId,
      type: 'taken',
      schemaVersion: PRE_ORDER_SCHEMA_VERSION,
      number,
      data,
      summary: `${number} ${input.organisation ?? input.customerName} ${input.department} ${formatInZone(input.pickupAt, 'yyyy-MM-dd HH:mm', timeZone)}`,
    });
    return saved(tx, draftId);
  });
}

/** One step of an order, checked against the moves table inside the write's transaction. */
function move<M extends PreOrderMove>(command: DeskCommand, type: M, describe: (data: PreOrderData<M>, order: PreOrderRow) => string, check?: (data: PreOrderData<M>, order: PreOrderRow) => void) {
  return (ctx: DeskContext, id: string, data: PreOrderData<M>): Promise<PreOrderRow> =>
    writeEntries(ctx, command, async (tx) => {
      const order = await tx.db.preOrders.get(id);
      if (!order) throw new DeskError('error.unknownRecord');
      const refusal = moveRefusal(order.status, type);
      if (refusal) throw new DeskError(REFUSAL_CODES[refusal]);
      check?.(data, order);
      await tx.append({
        recordType: PRE_ORDER_RECORD_TYPE,
        recordId: id,
        type,
        schemaVersion: PRE_ORDER_SCHEMA_VERSION,
        number: order.number,
        data,
        summary: `${order.number} ${describe(data, order)}`.trim(),
      });
      return saved(tx, id);
    });
}

const confirm = move('preOrders.confirm', 'confirmed', (d) => d.confirmedBy);
const ready = move('preOrders.ready', 'ready', (d) => d.note ?? '');
const pickUp = move('preOrders.pickUp', 'pickedUp', (d) => `¥${formatYuan(d.balancePaidFen)}`);
const cancel = move(
  'preOrders.cancel',
  'cancelled',
  (d) => `${d.reason}${d.deposit ? ` deposit ${d.deposit}` : ''}`,
  (d, order) => {
    if (depositOutcomeMissing(order, d.deposit)) throw new DeskError('error.preOrderDepositOutcome', 'deposit');
  },
);

/** 已确认: the department confirmed it on the phone; who there said so. */
export function confirmPreOrder(ctx: DeskContext, id: string, raw: unknown): Promise<PreOrderRow> {
  return confirm(ctx, id, preOrderConfirmInput.parse(raw));
}

/** 已备货: the department has the goods ready for pickup. */
export function markPreOrderReady(ctx: DeskContext, id: string, raw: unknown): Promise<PreOrderRow> {
  return ready(ctx, id, preOrderReadyInput.parse(raw));
}

/** 已取货: the customer took the goods and paid the balance noted. */
export function pickUpPreOrder(ctx: DeskContext, id: string, raw: unknown): Promise<PreOrderRow> {
  const input = preOrderPickUpInput.parse(raw);
  return pickUp(ctx, id, { balancePaidFen: input.balancePaid, note: input.note });
}

/** 已取消: with the reason, and what became of a deposit. */
export function cancelPreOrder(ctx: DeskContext, id: string, raw: unknown): Promise<PreOrderRow> {
  const input = preOrderCancelInput.parse(raw);
  return cancel(ctx, id, { reason: input.reason, deposit: input.deposit });
}
