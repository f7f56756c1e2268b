/**
 * China's "three guarantees" (三包: 包修、包换、包退) for durable goods, as
 * the desk applies them to a performance fault (性能故障):
 * - within 7 days of purchase: the customer chooses return, exchange or repair;
 * - within 15 days: exchange or repair;
 * - after two failed repairs within the warranty: replacement or refund;
 * - otherwise the three guarantees give no remedy at the desk.
 * Days are whole store-local calendar days since the purchase date, so the
 * 7th and the 15th day still count ("7日内" includes day 7).
 */
export const THREE_GUARANTEES_RETURN_DAYS = 7;
export const THREE_GUARANTEES_EXCHANGE_DAYS = 15;
export const THREE_GUARANTEES_FAILED_REPAIRS = 2;

export type Remedy = 'return' | 'exchange' | 'repair' | 'replacement' | 'refund';

export type ThreeGuaranteesAdvice =
  | { readonly kind: 'notDurable' | 'noFault' | 'none'; readonly remedies: readonly Remedy[] }
  | { readonly kind: 'within7Days' | 'within15Days' | 'failedRepairs'; readonly remedies: readonly Remedy[] };

export interface ThreeGuaranteesInput {
  /** The category is durable goods under the three guarantees. */
  readonly durable: boolean;
  /** The customer reports a performance fault (not damage by use, not a change of mind). */
  readonly performanceFault: boolean;
  readonly daysSincePurchase: number;
  /** Repairs under warranty that did not fix the fault. */
  readonly failedRepairs: number;
}

export function threeGuaranteesAdvice(input: ThreeGuaranteesInput): ThreeGuaranteesAdvice {
  if (!input.durable) return { kind: 'notDurable', remedies: [] };
  if (!input.performanceFault || input.daysSincePurchase < 0) return { kind: 'noFault', remedies: [] };
  if (input.daysSincePurchase <= THREE_GUARANTEES_RETURN_DAYS) return { kind: 'within7Days', remedies: ['return', 'exchange', 'repair'] };
  // Two failed repairs outweigh the 15-day rule: the customer may have the money back.
  if (input.failedRepairs >= THREE_GUARANTEES_FAILED_REPAIRS) return { kind: 'failedRepairs', remedies: ['replacement', 'refund'] };
  if (input.daysSincePurchase <= THREE_GUARANTEES_EXCHANGE_DAYS) return { kind: 'within15Days', remedies: ['exchange', 'repair'] };
  return { kind: 'none', remedies: [] };
}

/** What the desk reads as a performance fault: a quality reason or goods that are faulty. */
export function reportsPerformanceFault(reason: string, condition: string): boolean {
  return reason === 'quality' || condition === 'faulty';
}
