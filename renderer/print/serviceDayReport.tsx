import type { ReactNode } from 'react';
import type { IsoDate } from '../../shared/domain/calendar/days';
import { formatYuan } from '../../shared/domain/money';
import type { ServiceDaySignoff } from '../../shared/domain/service/daySignoff';
import { hoursOf } from '../../shared/domain/service/reportFigures';
import type { DayReport } from '../../shared/domain/service/reports';
import { REQUEST_TYPES } from '../../shared/domain/service/types';
import type { PaperSize } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';
import { renderPrintDocument } from './document';
import { printTime } from './format';
import { Bi, BiHead, Fields, PrintHeader, PrintSection, SignOff, staffText } from './parts';
import { JOB_KIND_LABELS, SERVICE_REPORTS as L, VISIT_OUTCOME_LABELS } from './serviceReportLabels';
import { REQUEST_TYPE_LABELS, SERVICE_TYPE_LABELS } from './serviceLabels';

export interface ServiceDayReportInput {
  /** 技术员工作日报表 (one technician) or 服务主任日报表 (the whole day, signed by the manager). */
  readonly variant: 'technician' | 'supervisor';
  readonly day: IsoDate;
  readonly report: DayReport;
  /** Whose day it is, on a technician's report. */
  readonly technician?: string | undefined;
  /** The manager's signature, once the day is signed. */
  readonly signoff?: ServiceDaySignoff | undefined;
}


function Jobs({ report, ctx, withTechnician }: { readonly report: DayReport; readonly ctx: PrintContext; readonly withTechnician: boolean }): ReactNode {
  if (report.jobs.length === 0) {
    return (
      <p>
        <Bi label={L.noJobs} />
      </p>
    );
  }
  const columns = [L.time, L.number, ...(withTechnician ? [L.technician] : []), L.requestType, L.serviceType, L.kind, L.minutes, L.outcome, L.fee];
  return (
    <table data-table="jobs">
      <BiHead columns={columns} />
      <tbody>
        {report.jobs.map((j) => (
          <tr key={j.id}>
            <td className="mono">{printTime(j.at, ctx, 'HH:mm')}</td>
            <td className="mono">{j.number}</td>
            {withTechnician && <td>{staffText(j.technician, ctx)}</td>}
            <td>{REQUEST_TYPE_LABELS[j.requestType].zh}</td>
            <td>{SERVICE_TYPE_LABELS[j.serviceType].zh}</td>
            <td>{JOB_KIND_LABELS[j.kind].zh}</td>
            <td className="num">{j.minutes}</td>
            <td>{j.outcome ? VISIT_OUTCOME_LABELS[j.outcome].zh : '—'}</td>
            <td className="num">{j.feeFen ? formatYuan(j.feeFen) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Totals({ report, ctx }: { readonly report: DayReport; readonly ctx: PrintContext }): ReactNode {
  return (
    <div className="cols">
      <PrintSection title={L.byRequestType}>
        <table data-table="byRequestType">
          <BiHead columns={[L.requestType, L.jobs, L.minutes]} />
          <tbody>
            {REQUEST_TYPES.map((t) => (
              <tr key={t}>
                <td>
                  <Bi label={REQUEST_TYPE_LABELS[t]} />
                </td>
                <td className="num">{report.byRequestType[t].jobs}</td>
                <td className="num">{report.byRequestType[t].minutes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </PrintSection>
      <PrintSection title={L.byTechnician}>
        <table data-table="byTechnician">
          <BiHead columns={[L.technician, L.jobs, L.minutes]} />
          <tbody>
            {[...report.byTechnician.entries()]
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([technician, t]) => (
                <tr key={technician}>
                  <td>{staffText(technician, ctx)}</td>
                  <td className="num">{t.jobs}</td>
                  <td className="num">{t.minutes}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </PrintSection>
    </div>
  );
}

/** The recorded signature: who signed, when, and the figures as they stood then. */
function Signature({ signoff, ctx }: { readonly signoff: ServiceDaySignoff; readonly ctx: PrintContext }): ReactNode {
  const s = signoff.signed;
  return (
    <div className="section" data-part="signature" style={{ border: '0.4mm solid #000', padding: '1.5mm 2mm' }}>
      <Fields
        rows={[
          [
            L.signed,
            <>
              {staffText(s.approvedBy ?? s.by, ctx)} · {printTime(s.at, ctx)}
            </>,
          ],
          [L.signedFigures, `${s.jobs} 单 · ${s.minutes} 分钟 · ¥${formatYuan(s.feesFen)}`],
          [L.otherSignatures, signoff.conflicts.length > 0 ? String(signoff.conflicts.length) : undefined],
        ]}
      />
    </div>
  );
}

function DayReportBody({ input, ctx }: { readonly input: ServiceDayReportInput; readonly ctx: PrintContext }): ReactNode {
  const { variant, day, report, technician, signoff } = input;
  const supervisor = variant === 'supervisor';
  return (
    <>
      <PrintHeader ctx={ctx} title={supervisor ? L.supervisorDay : L.technicianDay} />
      <Fields
        rows={[
          [L.day, day],
          [L.technician, staffText(technician, ctx)],
          [L.total, `${report.total.jobs} 单 · ${report.total.minutes} 分钟（${hoursOf(report.total.minutes)} 小时）`],
          [L.fees, formatYuan(report.feesFen)],
        ]}
      />
      {supervisor && <Totals report={report} ctx={ctx} />}
      <Jobs report={report} ctx={ctx} withTechnician={supervisor} />
      {supervisor && signoff && <Signature signoff={signoff} ctx={ctx} />}
      <SignOff labels={supervisor ? [L.signPrepared, L.signSupervisor, L.signManager] : [L.signTechnician, L.signSupervisor]} ctx={ctx} />
    </>
  );
}

/** 技术员工作日报表 / 服务主任日报表 (A4): the day's jobs with type and time, totals, signature lines (and the signature once signed). */
export function renderServiceDayReport(input: ServiceDayReportInput, ctx: PrintContext, paper: PaperSize = 'A4'): PrintOutput {
  const title = `${(input.variant === 'supervisor' ? L.supervisorDay : L.technicianDay).zh} ${input.day}`;
  const who = input.variant === 'technician' && input.technician ? `-${input.technician.toUpperCase()}` : '';
  return {
    html: renderPrintDocument({ paper, title, body: <DayReportBody input={input} ctx={ctx} />, fontBaseUrl: ctx.fontBaseUrl }),
    paper,
    title,
    recordNumber: `SVCDAY-${input.day}${who}`,
  };
}
