import { storeDay, storeTimeOnDay, DEFAULT_TIME_ZONE } from '../clock';
import type { StorageItem } from './types';

/** What the desk refuses to hold (printed on every claim ticket). */
export const REFUSED_ITEM_KINDS = ['cash', 'valuables', 'perishables', 'liveAnimals', 'hazardous'] as const;
export type RefusedItemKind = (typeof REFUSED_ITEM_KINDS)[number];

export interface StoragePolicy {
  /** Store-local closing time, HH:mm: items still held then go on the overnight list. */
  readonly closingTime: string;
  /** Held longer than this many days: moved to lost and found (supervisor approves). */
  readonly overdueDays: number;
  /** Lost and found items kept longer than this many days may be disposed of. */
  readonly lostFoundKeepDays: number;
  readonly timeZone: string;
}

export const DEFAULT_STORAGE_POLICY: StoragePolicy = {
  closingTime: '22:00',
  overdueDays: 3,
  lostFoundKeepDays: 30,
  timeZone: DEFAULT_TIME_ZONE,
};

export type ReleaseCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'alreadyReleased'; readonly by: string; readonly at: number; readonly counter: string }
  | { readonly ok: false; readonly reason: 'movedToLostFound'; readonly by: string; readonly at: number };

/** The same item must never be released twice. */
export function checkRelease(item: StorageItem): ReleaseCheck {
  if (item.status === 'released' && item.released) {
    return { ok: false, reason: 'alreadyReleased', by: item.released.by, at: item.released.at, counter: item.released.counter };
  }
  if (item.status === 'movedToLostFound' && item.moved) {
    return { ok: false, reason: 'movedToLostFound', by: item.moved.by, at: item.moved.at };
  }
  return { ok: true };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days an item has been held, counted in store-local calendar days. */
export function daysHeld(item: StorageItem, now: number, timeZone: string): number {
  const from = Date.parse(`${storeDay(item.deposited.at, timeZone)}T00:00:00Z`);
  const to = Date.parse(`${storeDay(now, timeZone)}T00:00:00Z`);
  return Math.round((to - from) / DAY_MS);
}

/** Whether the store has passed today's closing time. */
export function isPastClosing(now: number, policy: StoragePolicy): boolean {
  return now >= storeTimeOnDay(now, policy.closingTime, policy.timeZone);
}

/** Everything still held (at closing this is the overnight list), oldest first. */
export function overnightList(items: readonly StorageItem[]): StorageItem[] {
  return items.filter((i) => i.status === 'held').sort((a, b) => a.deposited.at - b.deposited.at);
}

/** Held longer than the policy allows: only such an item may be moved to lost and found. */
export function isOverdue(item: StorageItem, now: number, policy: StoragePolicy): boolean {
  return item.status === 'held' && daysHeld(item, now, policy.timeZone) > policy.overdueDays;
}

/** Items held longer than the policy allows: to be moved to lost and found. */
export function overdueItems(items: readonly StorageItem[], now: number, policy: StoragePolicy): StorageItem[] {
  return items.filter((i) => isOverdue(i, now, policy)).sort((a, b) => a.deposited.at - b.deposited.at);
}
