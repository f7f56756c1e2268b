import { arrivalDeadline, dispatchBoardOrder, isArrivalOverdue, type BoardCall } from '../../../shared/domain/service/arrival';
import { normalizeRecordNumber } from '../../../shared/domain/numbering';
import { storeDay, storeTimeOnDay } from '../../../shared/domain/clock';
import { jobsTodayOf } from '../../../shared/domain/service/suggestion';
import type { DeskDatabase, ServiceCallRow } from '../database';
import { readWorkingRules } from './rules';

export interface ServiceBoard {
  /** Waiting for a technician (new, or back from waiting for parts), in the board's order. */
  readonly waiting: readonly (BoardCall & { readonly call: ServiceCallRow })[];
  /** Dispatched, not yet visited: who has it and whether they accepted. */
  readonly out: readonly (BoardCall & { readonly call: ServiceCallRow })[];
}

async function withDeadlines(db: DeskDatabase, calls: readonly ServiceCallRow[]) {
  const rules = await readWorkingRules(db);
  return { rules, rows: calls.map((call) => ({ call, deadline: arrivalDeadline(call, rules) })) };
}

/** Every call not yet closed or cancelled. */
export function readOpenCalls(db: DeskDatabase): Promise<ServiceCallRow[]> {
  return db.serviceCalls.where('open').equals(1).toArray();
}

/** The calls closed on the store day of `now` (read by the close time, not by scanning every call). */
export function readClosedToday(db: DeskDatabase, now: number, timeZone: string): Promise<ServiceCallRow[]> {
  return db.serviceCalls.where('closedAt').aboveOrEqual(storeTimeOnDay(now, '00:00', timeZone)).toArray();
}

/**
 * The board as the supervisor opens it: the calls with their targets and
 * each technician's jobs today (what the suggestion weighs), from one read
 * of the open calls.
 */
export async function readDispatchBoard(db: DeskDatabase, now: number, timeZone: string): Promise<{ readonly board: ServiceBoard; readonly jobs: Map<string, number> }> {
  const [open, closedToday] = await Promise.all([readOpenCalls(db), readClosedToday(db, now, timeZone)]);
  const board = await readServiceBoard(db, now, open);
  return { board, jobs: jobsTodayOf([...open, ...closedToday], storeDay(now, timeZone), timeZone) };
}

/** The dispatch board: open calls with their arrival targets; those waiting in the board's order, those out by target. */
export async function readServiceBoard(db: DeskDatabase, now: number, open?: readonly ServiceCallRow[]): Promise<ServiceBoard> {
  const { rules, rows } = await withDeadlines(db, open ?? (await readOpenCalls(db)));
  const waiting = rows.filter((r) => r.call.status === 'registered' || r.call.status === 'waitingParts');
  const out = rows.filter((r) => r.call.status === 'dispatched' || r.call.status === 'accepted').sort((a, b) => a.deadline - b.deadline);
  return { waiting: dispatchBoardOrder(waiting, now, rules.timeZone), out };
}

/** A technician's jobs now: dispatched to them and not yet visited, by agreed visit time, then arrival target. */
export async function readMyJobs(db: DeskDatabase, staffNo: string) {
  const mine = (await db.serviceCalls.where('technician').equals(staffNo).toArray()).filter((c) => c.status === 'dispatched' || c.status === 'accepted');
  const { rows } = await withDeadlines(db, mine);
  return rows.sort((a, b) => (a.call.appointment?.visitAt ?? a.deadline) - (b.call.appointment?.visitAt ?? b.deadline) || a.deadline - b.deadline);
}

/** Calls still waiting for their first visit after their arrival target: raised like overdue complaints. */
export async function readOverdueCalls(db: DeskDatabase, now: number) {
  const { rows } = await withDeadlines(db, await readOpenCalls(db));
  return rows.filter((r) => isArrivalOverdue(r.call, r.deadline, now)).sort((a, b) => a.deadline - b.deadline);
}

/** A call by its number as scanned or typed (the voucher's barcode). */
export async function findServiceCall(db: DeskDatabase, typed: string): Promise<ServiceCallRow | undefined> {
  return db.serviceCalls.where('number').equals(normalizeRecordNumber(typed)).first();
}
