import type { WorkingCalendar } from '../calendar/types';
import type { ComplaintDeadlinePolicy } from '../complaints/policy';
import type { DeskFact } from '../dayLog/facts';
import type { ReturnFact } from '../returns/facts';
import type { ServiceJob } from '../service/jobs';
import type { ArrivalTarget } from '../service/reports';
import type { SurveySubject } from '../surveys/types';
import { complaintFigures, type ComplaintFigureRow } from './complaintFigures';
import { periodCustomers } from './customers';
import { giftSection, type CampaignFigureRow, type HandoutFigureRow, type StockFigureRow } from './giftFigures';
import type { Label, ReportScope, ReportSection, SupervisorReport } from './model';
import type { ReportPeriod } from './period';
import { returnSection, type ReturnNames } from './returnFigures';
import { satisfactionSection, type SurveyFigureRow } from './satisfaction';
import { serviceFigures, type OpinionFigureRow } from './serviceFigures';
import { volumeSection } from './volumes';

/** The small rows a report is built from, each read by one index range of the period (or, at head office, from sync). */
export interface ReportRows {
  readonly facts: readonly DeskFact[];
  readonly complaints: readonly ComplaintFigureRow[];
  readonly jobs: readonly ServiceJob[];
  readonly opinions: readonly OpinionFigureRow[];
  readonly surveys: readonly SurveyFigureRow[];
  readonly returns: readonly ReturnFact[];
  readonly campaigns: readonly CampaignFigureRow[];
  readonly stocks: readonly StockFigureRow[];
  readonly handouts: readonly HandoutFigureRow[];
  /** The store's customer counts by month (yyyy-MM). */
  readonly customerCounts?: Readonly<Record<string, number>> | undefined;
}

/** The store's rules the figures are held to. */
export interface ReportRules {
  readonly policy: ComplaintDeadlinePolicy;
  readonly calendar: WorkingCalendar;
  readonly arrivalTarget: ArrivalTarget;
  /** Limits still running are judged as of now. */
  readonly now: number;
}

export interface ReportNames extends ReturnNames {
  readonly staff: (staffNo: string) => Label;
}

const inPeriod = (at: number, period: ReportPeriod) => at >= period.start && at < period.end;

/**
 * The supervisor's report for a period and scope: volumes always, then the
 * sections of the chosen area (all of them for the whole store). Rows
 * outside the period are left out here too, so a caller that reads a wider
 * range (whole hours, whole campaigns) gets the same figures.
 */
export function buildSupervisorReport(rows: ReportRows, period: ReportPeriod, scope: ReportScope, rules: ReportRules, names: ReportNames): SupervisorReport {
  const { area, counter } = scope;
  const covers = (a: NonNullable<ReportScope['area']>) => area === undefined || area === a;
  const sections: ReportSection[] = [volumeSection(rows.facts, period, scope)];
  const complaints = covers('complaints')
    ? complaintFigures(
        rows.complaints.filter((c) => inPeriod(c.receivedAt, period)),
        { policy: rules.policy, calendar: rules.calendar, now: rules.now, customers: periodCustomers(period.days, rows.customerCounts), counter },
      )
    : undefined;
  if (complaints) sections.push(complaints.section);
  const service = covers('service')
    ? serviceFigures(
        rows.jobs.filter((j) => inPeriod(j.at, period)),
        rows.opinions.filter((o) => inPeriod(o.at, period)),
        rules.arrivalTarget,
        counter,
        names.staff,
      )
    : undefined;
  if (service) sections.push(service.section);
  const subjects: SurveySubject[] = [...(complaints ? ['complaint' as const] : []), ...(service ? ['serviceCall' as const] : [])];
  if (subjects.length > 0) {
    sections.push(
      satisfactionSection({
        surveys: rows.surveys.filter((s) => inPeriod(s.sentAt, period)),
        subjects,
        counter,
        complaintRatings: complaints && { sum: complaints.ratingSum, count: complaints.rated },
        opinionCards: service && { sum: service.opinionSum, count: service.cards },
      }),
    );
  }
  if (covers('returns')) sections.push(returnSection(rows.returns, period.start, period.end, counter, names));
  if (covers('gifts')) sections.push(giftSection(rows.campaigns, rows.stocks, rows.handouts, period.start, period.end, counter));
  return { period, scope, generatedAt: rules.now, sections };
}
