import { addDays, type IsoDate } from '../../../shared/domain/calendar/days';
import { storeDay } from '../../../shared/domain/clock';
import { halfWidthDigits } from '../../../shared/schema/common';
import { normalizeRecordNumber } from '../../../shared/domain/numbering';
import { contractState, daysUntilEnd, expiryReadUntil } from '../../../shared/domain/service/contract';
import type { DeskDatabase, MaintenanceContractRow, ServiceCallRow } from '../database';

/** How far back the expiry list still shows contracts that ran out without renewal. */
export const LAPSED_DAYS_SHOWN = 30;

export interface ExpiryRow {
  readonly contract: MaintenanceContractRow;
  /** Whole days from today to the end: 0 on the end day, negative once it has passed. */
  readonly daysLeft: number;
}

export interface ExpiryList {
  readonly today: IsoDate;
  /** In their notice month (contractState 'expiring'), soonest end first. */
  readonly expiring: readonly ExpiryRow[];
  /** Ended in the last LAPSED_DAYS_SHOWN days and not renewed, latest end first. */
  readonly lapsed: readonly ExpiryRow[];
}

const row = (today: IsoDate) => (contract: MaintenanceContractRow): ExpiryRow => ({ contract, daysLeft: daysUntilEnd(contract, today) });

/** Contracts in their expiry notice today: the `end` index from today to expiryReadUntil(today), then the state decides. */
async function expiringOn(db: DeskDatabase, today: IsoDate): Promise<MaintenanceContractRow[]> {
  const near = await db.maintenanceContracts.where('end').between(today, expiryReadUntil(today), true, true).toArray();
  return near.filter((c) => contractState(c, today) === 'expiring');
}

/** 即将到期: contracts to phone about renewal, and those that lapsed lately (shown apart). */
export async function readExpiryList(db: DeskDatabase, now: number, timeZone: string): Promise<ExpiryList> {
  const today = storeDay(now, timeZone);
  const [expiring, lapsed] = await Promise.all([
    expiringOn(db, today),
    db.maintenanceContracts.where('end').between(addDays(today, -LAPSED_DAYS_SHOWN), today, true, false).toArray(),
  ]);
  const byEnd = (a: ExpiryRow, b: ExpiryRow) => (a.contract.end < b.contract.end ? -1 : a.contract.end > b.contract.end ? 1 : a.contract.number < b.contract.number ? -1 : 1);
  return { today, expiring: expiring.map(row(today)).sort(byEnd), lapsed: lapsed.map(row(today)).sort((a, b) => byEnd(b, a)) };
}

/** The status bar's count: contracts in their expiry notice today. */
export async function countExpiringContracts(db: DeskDatabase, now: number, timeZone: string): Promise<number> {
  return (await expiringOn(db, storeDay(now, timeZone))).length;
}

/** A contract by its number (scanned or typed), or every contract of a phone number typed whole or by its last digits (four or more); latest end first. */
export async function findContracts(db: DeskDatabase, typed: string): Promise<MaintenanceContractRow[]> {
  const digits = halfWidthDigits(typed).replace(/-/g, '');
  const found = /^\d{4,}$/.test(digits)
    ? (await db.maintenanceContracts.where('phoneTail').equals(digits.slice(-4)).toArray()).filter((c) => c.customer.phone.endsWith(digits))
    : await db.maintenanceContracts.where('number').equals(normalizeRecordNumber(typed)).toArray();
  return found.sort((a, b) => (a.end < b.end ? 1 : a.end > b.end ? -1 : 0));
}

/** The customer's service calls (same phone), newest first: the contract's detail shows the visits used. */
export async function customerCalls(db: DeskDatabase, phone: string): Promise<ServiceCallRow[]> {
  const calls = await db.serviceCalls.where('phoneTail').equals(phone.slice(-4)).toArray();
  return calls.filter((c) => c.customer.phone === phone).sort((a, b) => b.receivedAt - a.receivedAt);
}
