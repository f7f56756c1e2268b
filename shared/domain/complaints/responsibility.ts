import { formatInZone } from '../clock';
import type { Complaint } from './state';

/**
 * Performance points for verified complaints (DOMAIN §4, supervisor only).
 *
 * Default rule: 5 points per verified complaint; repeats in the same month
 * multiply: the n-th complaint of a person in a month costs 5 x n (so 1, 2,
 * 3 complaints cost 5, 15, 30 in all). From the second one in the month the
 * person's direct supervisor shares: they get half of that complaint's
 * points on top (the person's own points are not reduced).
 */
export interface PointsRule {
  readonly basePoints: number;
  /** multiply: the n-th in the month costs base x n; flat: base each. */
  readonly repeat: 'multiply' | 'flat';
  /** The n-th complaint in the month from which the direct supervisor shares. */
  readonly supervisorShareFrom: number;
  /** The supervisor's share of that complaint's points, in percent. */
  readonly supervisorSharePercent: number;
}

export const DEFAULT_POINTS_RULE: PointsRule = {
  basePoints: 5,
  repeat: 'multiply',
  supervisorShareFrom: 2,
  supervisorSharePercent: 50,
};

export interface PointsLine {
  readonly complaintId: string;
  readonly number: string;
  readonly staffNo: string;
  /** This is the person's n-th verified complaint of the month. */
  readonly nth: number;
  readonly points: number;
  readonly supervisorNo?: string | undefined;
  readonly supervisorPoints: number;
}

export interface StaffPoints {
  readonly staffNo: string;
  /** Points for their own complaints. */
  readonly ownPoints: number;
  readonly complaints: number;
  /** Points shared as a direct supervisor. */
  readonly sharedPoints: number;
  readonly total: number;
}

export interface MonthlyPoints {
  readonly month: string;
  readonly lines: readonly PointsLine[];
  readonly byStaff: readonly StaffPoints[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Store-local month, yyyy-MM, of an instant. */
export function storeMonth(ms: number, timeZone: string): string {
  return formatInZone(ms, 'yyyy-MM', timeZone);
}

/**
 * Counts: valid (成立) complaints received in the month with a person named
 * in the responsibility; a system cause gives no one points (the fault is
 * in the process, not a person).
 */
function verifiedWithPerson(c: Complaint): c is Complaint & { responsibility: NonNullable<Complaint['responsibility']> & { staffNo: string } } {
  return c.validity?.valid === true && c.responsibility !== undefined && c.responsibility.causeType !== 'system' && Boolean(c.responsibility.staffNo);
}

export function monthlyResponsibilityPoints(complaints: readonly Complaint[], month: string, rule: PointsRule, timeZone: string): MonthlyPoints {
  const counted = complaints
    .filter(verifiedWithPerson)
    .filter((c) => storeMonth(c.receivedAt, timeZone) === month)
    .sort((a, b) => a.receivedAt - b.receivedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seen = new Map<string, number>();
  const lines: PointsLine[] = counted.map((c) => {
    const staffNo = c.responsibility.staffNo;
    const nth = (seen.get(staffNo) ?? 0) + 1;
    seen.set(staffNo, nth);
    const points = rule.basePoints * (rule.repeat === 'multiply' ? nth : 1);
    const supervisorNo = c.responsibility.directSupervisorNo;
    const shares = supervisorNo !== undefined && nth >= rule.supervisorShareFrom;
    return {
      complaintId: c.id,
      number: c.number,
      staffNo,
      nth,
      points,
      supervisorNo,
      supervisorPoints: shares ? round2((points * rule.supervisorSharePercent) / 100) : 0,
    };
  });
  const byStaff = new Map<string, { ownPoints: number; complaints: number; sharedPoints: number }>();
  const row = (no: string) => byStaff.get(no) ?? { ownPoints: 0, complaints: 0, sharedPoints: 0 };
  for (const l of lines) {
    const own = row(l.staffNo);
    byStaff.set(l.staffNo, { ...own, ownPoints: own.ownPoints + l.points, complaints: own.complaints + 1 });
    if (l.supervisorNo !== undefined && l.supervisorPoints > 0) {
      const sup = row(l.supervisorNo);
      byStaff.set(l.supervisorNo, { ...sup, sharedPoints: round2(sup.sharedPoints + l.supervisorPoints) });
    }
  }
  return {
    month,
    lines,
    byStaff: [...byStaff.entries()]
      .map(([staffNo, r]) => ({ staffNo, ...r, total: round2(r.ownPoints + r.sharedPoints) }))
      .sort((a, b) => b.total - a.total || (a.staffNo < b.staffNo ? -1 : 1)),
  };
}
