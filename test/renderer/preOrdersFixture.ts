import { newId } from '../../shared/domain/ids';
import type { DeskContext } from '../../renderer/db/context';
import { confirmPreOrder, markPreOrderReady, takePreOrder } from '../../renderer/db/preOrders/preOrders';
import { shanghai } from './serviceScreens';

/** An order as the new-order form sends it (the desk clock is 2026-11-25 10:00 in Shanghai). */
export function preOrderForm(over: Record<string, unknown> = {}) {
  return {
    kind: 'phone',
    organisation: '',
    customerName: '王女士',
    phone: '13800138000',
    items: [{ name: '生日蛋糕 8 寸', quantity: '1', unitPrice: '168' }],
    department: '烘焙部',
    pickupAt: shanghai(17, 0, 26),
    deposit: '50',
    note: '',
    ...over,
  };
}

/** A taken order, moved on to `upTo` (the department confirmed, the goods ready). */
export async function preOrderAt(ctx: DeskContext, upTo: 'taken' | 'confirmed' | 'ready', over: Record<string, unknown> = {}) {
  const order = await takePreOrder(ctx, newId(), preOrderForm(over));
  if (upTo === 'taken') return order;
  const confirmed = await confirmPreOrder(ctx, order.id, { confirmedBy: '张师傅' });
  return upTo === 'confirmed' ? confirmed : markPreOrderReady(ctx, order.id, {});
}
