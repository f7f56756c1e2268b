import { addWorkingTime } from '../calendar/workingTime';
import type { WorkingCalendar, WorkingHours } from '../calendar/types';
import { storeDay } from '../clock';
import type { ServiceArea, ServiceCall } from './types';

/** DOMAIN §5: the technician arrives within 6 working hours in town, 7 out of town. */
export const ARRIVAL_WORKING_HOURS: Readonly<Record<ServiceArea, number>> = { inTown: 6, outOfTown: 7 };

export interface WorkingRules {
  readonly calendar: WorkingCalendar;
  readonly hours: WorkingHours;
  readonly timeZone: string;
}

/** The arrival target: working hours from when the call came in, on the store's working-day calendar. */
export function arrivalDeadline(call: Pick<ServiceCall, 'receivedAt' | 'customer'>, rules: WorkingRules): number {
  return addWorkingTime(call.receivedAt, ARRIVAL_WORKING_HOURS[call.customer.area] * 3_600_000, rules.calendar, rules.hours, rules.timeZone);
}

/** Arrived when its first visit was recorded; before that, overdue once the target has passed. */
export function arrivalState(call: ServiceCall, deadline: number, now: number): 'onTime' | 'late' | 'due' | 'overdue' {
  const first = call.visits[0];
  if (first) return first.arrivedAt <= deadline ? 'onTime' : 'late';
  return now > deadline ? 'overdue' : 'due';
}

/** The calls still waiting for their first visit whose target has passed: raised like overdue complaints. */
export function isArrivalOverdue(call: ServiceCall, deadline: number, now: number): boolean {
  return (call.status === 'registered' || call.status === 'dispatched' || call.status === 'accepted') && call.visits.length === 0 && now > deadline;
}

export interface BoardCall {
  readonly call: ServiceCall;
  readonly deadline: number;
}

/**
 * The dispatch board's order: calls left undispatched from an earlier day
 * come first (DOMAIN: not dispatched today, first tomorrow), then by
 * arrival target, then by number.
 */
export function dispatchBoardOrder<B extends BoardCall>(calls: readonly B[], now: number, timeZone: string): B[] {
  const today = storeDay(now, timeZone);
  // The store day of each call once, not in every comparison (a zone-aware format is the costly part).
  const keyed = calls.map((c) => ({ c, carried: storeDay(c.call.receivedAt, timeZone) < today ? 0 : 1 }));
  keyed.sort((a, b) => a.carried - b.carried || a.c.deadline - b.c.deadline || a.c.call.number.localeCompare(b.c.call.number));
  return keyed.map((k) => k.c);
}
