import type { Fen } from '../../../shared/domain/money';
import { feeTotals } from '../../../shared/domain/service/fees';
import { followUpState } from '../../../shared/domain/service/followUp';
import type { ServiceJob } from '../../../shared/domain/service/jobs';
import { isCalendarDate } from '../../../shared/domain/returns/days';
import { dayRange } from '../../../shared/domain/clock';
import type { DeskDatabase, ServiceCallRow } from '../database';

const DAY = 86_400_000;
/** How far back the follow-up list looks: a call late by days is still called, then it drops off. */
export const FOLLOW_UP_LIST_DAYS = 7;

export interface FollowUpDue {
  readonly call: ServiceCallRow;
  /** When the job ended (the call's close). */
  readonly doneAt: number;
  readonly state: 'notYet' | 'due' | 'late';
}

/** Calls closed in the last days with no follow-up yet, the oldest first (the most urgent). */
export async function readFollowUpsDue(db: DeskDatabase, now: number): Promise<FollowUpDue[]> {
  const closed = await db.serviceCalls
    .where('closedAt')
    .between(now - FOLLOW_UP_LIST_DAYS * DAY, now, true, true)
    .toArray();
  const due: FollowUpDue[] = [];
  for (const call of closed) {
    const state = followUpState(call, now);
    if (state === 'notYet' || state === 'due' || state === 'late') due.push({ call, doneAt: call.closedAt, state });
  }
  return due;
}

export interface FeeLine {
  readonly job: ServiceJob;
  readonly technicianName: string;
}

export interface TechnicianFees {
  readonly technician: string;
  readonly name: string;
  readonly count: number;
  readonly totalFen: Fen;
}

export interface DayFees {
  readonly lines: readonly FeeLine[];
  readonly byTechnician: readonly TechnicianFees[];
  readonly totalFen: Fen;
}

/** 今日收费: the store day's fees with their invoice numbers, totalled per technician and overall, for handing the money over. */
export async function readDayFees(db: DeskDatabase, day: string, timeZone: string): Promise<DayFees | undefined> {
  const range = isCalendarDate(day) ? dayRange(day, timeZone) : undefined;
  if (!range) return undefined;
  const totals = feeTotals(await db.serviceJobs.where('at').between(range.from, range.to, true, false).toArray());
  const staff = await db.staff.bulkGet([...new Set(totals.lines.map((l) => l.technician))]);
  const names = new Map(staff.flatMap((s) => (s ? [[s.staffNo, s.name] as const] : [])));
  const nameOf = (staffNo: string) => names.get(staffNo) ?? staffNo;
  return {
    lines: totals.lines.map((job) => ({ job, technicianName: nameOf(job.technician) })),
    byTechnician: [...totals.byTechnician].map(([technician, totalFen]) => ({ technician, name: nameOf(technician), count: totals.lines.filter((l) => l.technician === technician).length, totalFen })),
    totalFen: totals.totalFen,
  };
}
