import { isOpen } from '../complaints/state';
import type { Complaint } from '../complaints/state';
import type { ServiceCall } from '../service/types';
import type { LostItem } from '../storage/lostFound';
import type { StorageItem } from '../storage/types';
import type { CarriedItems } from './types';

/** One of the counts the close carries to tomorrow. */
export type CarriedArea = keyof CarriedItems;

export const NOTHING_CARRIED: CarriedItems = { storageHeld: 0, lostItemsKept: 0, complaintsOpen: 0, serviceCallsOpen: 0 };

/** A service call still to be worked (the dispatch board's and the close's "open"). */
export function isServiceCallOpen(call: Pick<ServiceCall, 'status'>): boolean {
  return call.status !== 'closed' && call.status !== 'cancelled';
}

/** Which carried count a record's state falls in while it is open. */
export interface CarriedRule<S> {
  readonly area: CarriedArea;
  holds(state: S): boolean;
}

export const STORAGE_CARRIED: CarriedRule<StorageItem> = { area: 'storageHeld', holds: (s) => s.status === 'held' };
export const LOST_ITEM_CARRIED: CarriedRule<LostItem> = { area: 'lostItemsKept', holds: (s) => s.status === 'kept' };
export const COMPLAINT_CARRIED: CarriedRule<Complaint> = { area: 'complaintsOpen', holds: isOpen };
export const SERVICE_CALL_CARRIED: CarriedRule<ServiceCall> = { area: 'serviceCallsOpen', holds: isServiceCallOpen };

/** A record's state before and after a write, under its rule (undefined: no such record). */
export interface CarriedChange {
  readonly rule: CarriedRule<unknown>;
  readonly before: unknown;
  readonly after: unknown;
}

/**
 * What a batch of record writes adds to the carried counts, per area (only
 * areas that moved): a record that became open adds one, one that left takes
 * one off, so running totals equal a count of the open rows.
 */
export function carriedSteps(changes: readonly CarriedChange[]): Partial<Record<CarriedArea, number>> {
  const steps: Partial<Record<CarriedArea, number>> = {};
  for (const { rule, before, after } of changes) {
    const step = Number(after !== undefined && rule.holds(after)) - Number(before !== undefined && rule.holds(before));
    if (step !== 0) steps[rule.area] = (steps[rule.area] ?? 0) + step;
  }
  for (const area of Object.keys(steps) as CarriedArea[]) if (steps[area] === 0) delete steps[area];
  return steps;
}
