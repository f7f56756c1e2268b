import { dayRange, formatInZone, storeDay } from '../../../shared/domain/clock';
import type { IsoDate } from '../../../shared/domain/calendar/days';
import { monthRange } from '../../../shared/domain/returns/days';
import { memoTarget } from '../../../shared/domain/service/arrivalTarget';
import { SERVICE_DAY_RECORD_TYPE, SERVICE_DAY_SCHEMA_VERSION, type ServiceDaySignedData, type ServiceDaySignoff } from '../../../shared/domain/service/daySignoff';
import type { ServiceJob } from '../../../shared/domain/service/jobs';
import { dayReport, monthlyByTechnician, type DayReport, type TechnicianMonth } from '../../../shared/domain/service/reports';
import { formatYuan } from '../../../shared/domain/money';
import { serviceDayInput, serviceMonthInput } from '../../../shared/schema/serviceReports';
import { approve, type Approval } from '../approval';
import type { DeskContext } from '../context';
import type { DeskDatabase } from '../database';
import { DeskError } from '../errors';
import { staffNameOf } from '../staffName';
import { writeEntries } from '../writePath';
import { readWorkingRules } from './rules';

/**
 * The technicians' reports read the small job rows the projector keeps
 * (serviceJobs, serviceOpinions), each by one index range of the store day
 * or month: never the calls, never a row at a time.
 */

/** A day typed or picked: a bad one is a message at the day field. */
function checkedDay(day: unknown): IsoDate {
  const parsed = serviceDayInput.safeParse(day);
  if (!parsed.success) throw new DeskError('error.date', 'day');
  return parsed.data;
}

function dayBounds(day: IsoDate, timeZone: string): { readonly from: number; readonly to: number } {
  const range = dayRange(checkedDay(day), timeZone);
  if (!range) throw new DeskError('error.date', 'day');
  return range;
}

/** The jobs of a store day: everyone's (服务主任日报表) or one technician's (技术员工作日报表). */
export async function readDayJobs(db: DeskDatabase, day: IsoDate, timeZone: string, technician?: string): Promise<ServiceJob[]> {
  const { from, to } = dayBounds(day, timeZone);
  if (technician === undefined) return db.serviceJobs.where('at').between(from, to, true, false).toArray();
  return db.serviceJobs.where('[technician+at]').between([technician, from], [technician, to], true, false).toArray();
}

export interface ServiceDay {
  readonly day: IsoDate;
  readonly report: DayReport;
  /** The manager's signature, once the day is signed. */
  readonly signoff?: ServiceDaySignoff | undefined;
}

/** A store day's report with its signature, as the screens and the printout show it. */
export async function readServiceDay(db: DeskDatabase, day: IsoDate, timeZone: string, technician?: string): Promise<ServiceDay> {
  const [jobs, signoff] = await Promise.all([readDayJobs(db, day, timeZone, technician), db.serviceDays.get(day)]);
  return { day, report: dayReport(jobs), signoff };
}

export interface ServiceMonth {
  readonly month: string;
  readonly technicians: readonly TechnicianMonth[];
}

/**
 * The month per technician. The arrival target is worked out once per
 * distinct call (its received time and area), not once per row: a month of
 * 20,000 jobs asks the working-day calendar only for its calls' first visits.
 */
export async function readMonth(db: DeskDatabase, month: string, timeZone: string): Promise<ServiceMonth> {
  if (!serviceMonthInput.safeParse(month).success) throw new DeskError('error.month', 'month');
  const { start, end } = monthRange(month, timeZone);
  const [rules, [jobs, opinions]] = await Promise.all([
    readWorkingRules(db),
    db.transaction('r', db.serviceJobs, db.serviceOpinions, () =>
      Promise.all([db.serviceJobs.where('at').between(start, end, true, false).toArray(), db.serviceOpinions.where('at').between(start, end, true, false).toArray()]),
    ),
  ]);
  return { month, technicians: monthlyByTechnician(jobs, opinions, memoTarget(rules)) };
}

/**
 * 服务主任日报表 signed: the store manager or a supervisor signs with number
 * and PIN; the entry keeps the figures as they stood in the same
 * transaction. One signature per store day; a day not yet begun cannot be.
 */
export async function signServiceDay(ctx: DeskContext, rawDay: unknown, approval: Approval): Promise<ServiceDaySignoff> {
  const day = checkedDay(rawDay);
  const { timeZone } = ctx.session;
  if (day > storeDay(ctx.clock.now(), timeZone)) throw new DeskError('error.serviceDayInFuture', 'day');
  await refuseSigned(ctx.db, day, timeZone);
  const approvedBy = await approve(ctx, approval, 'service.signDay');
  return writeEntries(ctx, 'service.signDay', async (tx) => {
    await refuseSigned(tx.db, day, timeZone);
    const report = dayReport(await readDayJobs(tx.db, day, timeZone));
    const data: ServiceDaySignedData = { day, jobs: report.total.jobs, minutes: report.total.minutes, feesFen: report.feesFen };
    await tx.append({
      recordType: SERVICE_DAY_RECORD_TYPE,
      recordId: day,
      type: 'signed',
      schemaVersion: SERVICE_DAY_SCHEMA_VERSION,
      data,
      approvedBy,
      summary: `${day} ${data.jobs} / ${data.minutes} min / ¥${formatYuan(data.feesFen)}`,
    });
    const signed = await tx.db.serviceDays.get(day);
    if (!signed) throw new DeskError('error.unexpected');
    return signed;
  });
}

async function refuseSigned(db: DeskDatabase, day: IsoDate, timeZone: string): Promise<void> {
  const signed = (await db.serviceDays.get(day))?.signed;
  if (signed) {
    throw new DeskError('error.serviceDayAlreadySigned', undefined, { by: await staffNameOf(db, signed.approvedBy ?? signed.by), at: formatInZone(signed.at, 'yyyy-MM-dd HH:mm', timeZone) });
  }
}
