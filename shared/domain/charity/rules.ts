import type { GiftRefusal } from '../gifts/rules';
import type { GiftStock } from '../gifts/types';
import type { Fen } from '../money';
import type { CharityEvent } from './types';

/** A charity refusal has the gift rules' shape: an i18n code, its field, what fills the message. */
export type CharityCheck = { readonly ok: true } | GiftRefusal;

const OK: CharityCheck = { ok: true };

function refuse(code: string, field: string | undefined, params: Readonly<Record<string, string | number>> = {}): GiftRefusal {
  return { ok: false, code, field, params };
}

/** Goods pledged from the gift stock: only what is on the shelf now may be promised. */
export function checkCharityPledge(stock: GiftStock | undefined, giftName: string, quantity: number): CharityCheck {
  const remaining = stock?.remaining ?? 0;
  if (quantity > remaining) return refuse('error.charityOverStock', 'quantity', { gift: giftName, remaining });
  return OK;
}

export interface CharityHandOutFacts {
  readonly event: CharityEvent;
  /** The pledged gift's stock (undefined: none received, or no goods pledged). */
  readonly stock: GiftStock | undefined;
  readonly quantity: number;
  readonly moneyFen: Fen;
}

/**
 * Every rule of handing an event's gift over, in the order a clerk would
 * explain a refusal: handed out once, no more goods or money than the
 * supervisor approved, goods only from stock on the shelf (never below
 * zero, the handout's rule), and something handed over at all. Pure: the
 * command runs it inside the write transaction with the facts read there.
 */
export function checkCharityHandOut(f: CharityHandOutFacts): CharityCheck {
  const { event } = f;
  if (event.status === 'handedOut') return refuse('error.charityAlreadyHandedOut', undefined, { number: event.number });
  const pledged = event.goods?.quantity ?? 0;
  if (f.quantity > pledged) return refuse('error.charityOverPledge', 'quantity', { pledged });
  if (event.goods && f.quantity > 0) {
    const onShelf = checkCharityPledge(f.stock, event.goods.giftName, f.quantity);
    if (!onShelf.ok) return onShelf;
  }
  const money = event.moneyFen ?? 0;
  if (f.moneyFen > money) return refuse('error.charityMoneyOverPledge', 'money', { amount: money });
  if (f.quantity === 0 && f.moneyFen === 0) return refuse('error.charityNothingHandedOut', event.goods ? 'quantity' : 'money');
  return OK;
}
