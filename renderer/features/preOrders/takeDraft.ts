import type { PreOrderKind } from '../../../shared/domain/preOrders/types';
import { fromLocalInput } from '../../components/storeTime';

/** One line of goods as typed. */
export interface ItemFields {
  readonly name: string;
  readonly quantity: string;
  readonly unitPrice: string;
}

/** What the clerk types for a new order, as text; the names are the schema's. */
export interface TakeFields {
  readonly kind: PreOrderKind;
  readonly organisation: string;
  readonly customerName: string;
  readonly phone: string;
  readonly items: readonly ItemFields[];
  readonly department: string;
  /** datetime-local text, the store's wall time. */
  readonly pickupAt: string;
  readonly deposit: string;
  readonly note: string;
}

export const blankItem = (): ItemFields => ({ name: '', quantity: '1', unitPrice: '' });

/** A fresh form: a phone pre-order with one line of goods; the rest is asked. */
export function blankTake(): TakeFields {
  return { kind: 'phone', organisation: '', customerName: '', phone: '', items: [blankItem()], department: '', pickupAt: '', deposit: '', note: '' };
}

const blankLine = (i: ItemFields) => !i.name.trim() && !i.unitPrice.trim();

/**
 * The form as preOrderTakeInput reads it: an unreadable pickup time is left
 * for the schema to name. Blank lines at the end (added, never filled) are
 * dropped; the others keep their place, so a message lands on its line.
 */
export function toRawTake(f: TakeFields, timeZone: string) {
  let end = f.items.length;
  while (end > 0 && blankLine(f.items[end - 1]!)) end -= 1;
  const items = f.items.slice(0, end);
  return { ...f, organisation: f.kind === 'group' ? f.organisation : '', items, pickupAt: fromLocalInput(f.pickupAt, timeZone) };
}
