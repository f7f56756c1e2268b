import type { ReactNode } from 'react';
import { DEADLINE_KINDS } from '../../shared/domain/complaints/policy';
import type { MonthlyComplaintReport } from '../../shared/domain/complaints/report';
import { CAUSE_TYPES, COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES } from '../../shared/domain/complaints/types';
import type { PaperSize } from '../../shared/schema/print';
import { CATEGORY_LABELS, CHANNEL_LABELS, SEVERITY_LABELS } from './complaintLabels';
import { CAUSE_TYPE_LABELS, COMPLAINTS_MONTHLY as L, DEADLINE_LABELS } from './complaintReportLabels';
import type { PrintContext, PrintOutput } from './context';
import { renderMonthlyReport } from './document';
import { percentText, printTime } from './format';
import type { Label } from './labels';
import { Bi, BiHead, Fields, PrintHeader, SignOff } from './parts';

export interface ComplaintsMonthlyInput {
  readonly report: MonthlyComplaintReport;
  /** The month's customer count the rate was computed from, when entered. */
  readonly customerCount?: number | undefined;
  /** When the report was computed (the on-time figures are as of then). */
  readonly generatedAt?: number | undefined;
}

/** Side by side in a row, each takes an equal share of the width. */
const SHARE = { flex: '1 1 0' } as const;

function Section({ title, children }: { readonly title: Label; readonly children: ReactNode }): ReactNode {
  return (
    <div className="section" style={SHARE}>
      <div className="section-title">
        <Bi label={title} />
      </div>
      {children}
    </div>
  );
}

/** A count per code, every code listed (a zero is an answer too). */
function CountTable<K extends string>(props: { readonly title: Label; readonly keys: readonly K[]; readonly counts: Readonly<Record<K, number>>; readonly labels: Readonly<Record<K, Label>> }): ReactNode {
  return (
    <Section title={props.title}>
      <table data-table={props.title.en}>
        <BiHead columns={[L.item, L.count]} />
        <tbody>
          {props.keys.map((k) => (
            <tr key={k}>
              <td>
                <Bi label={props.labels[k]} />
              </td>
              <td className="num">{props.counts[k]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function OnTime({ report }: { readonly report: MonthlyComplaintReport }): ReactNode {
  return (
    <Section title={L.onTime}>
      <table data-table={L.onTime.en}>
        <BiHead columns={[L.item, L.met, L.missed, L.ratePercent]} />
        <tbody>
          {DEADLINE_KINDS.map((k) => (
            <tr key={k}>
              <td>
                <Bi label={DEADLINE_LABELS[k]} />
              </td>
              <td className="num">{report.onTime[k].met}</td>
              <td className="num">{report.onTime[k].missed}</td>
              <td className="num">{percentText(report.onTime[k].rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function TopCauses({ report }: { readonly report: MonthlyComplaintReport }): ReactNode {
  return (
    <Section title={L.topCauses}>
      {report.topCauses.length === 0 ? (
        <p>
          <Bi label={L.noCauses} />
        </p>
      ) : (
        <table data-table={L.topCauses.en}>
          <BiHead columns={[L.item, L.count]} />
          <tbody>
            {report.topCauses.map((c) => (
              <tr key={c.cause}>
                <td>{c.cause}</td>
                <td className="num">{c.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

function ServiceStars({ report }: { readonly report: MonthlyComplaintReport }): ReactNode {
  return (
    <Section title={L.serviceStar}>
      {report.serviceStars.length === 0 ? (
        <p>
          <Bi label={L.noServiceStar} />
        </p>
      ) : (
        <table data-table={L.serviceStar.en}>
          <BiHead columns={[L.staff, L.handled, L.satisfaction]} />
          <tbody>
            {report.serviceStars.map((s, i) => (
              <tr key={s.staffNo}>
                <td>
                  {i === 0 ? '★ ' : ''}
                  {s.staffNo} {s.name}
                </td>
                <td className="num">{s.handled}</td>
                <td className="num">{s.averageSatisfaction}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

function Monthly({ report: r, customerCount, generatedAt, ctx }: ComplaintsMonthlyInput & { readonly ctx: PrintContext }): ReactNode {
  return (
    <>
      <PrintHeader ctx={ctx} title={L.title} />
      <Fields
        rows={[
          [L.month, r.month],
          [L.total, String(r.total)],
          [L.validity, `${r.valid} / ${r.invalid}`],
          [L.customers, customerCount === undefined ? undefined : String(customerCount)],
          [L.rate, r.ratePer10k === undefined ? `— (${L.noRate.zh})` : String(r.ratePer10k)],
          [L.satisfaction, r.averageSatisfaction === undefined ? `— (${L.noRating.zh})` : `${r.averageSatisfaction} / 5（${r.rated}）`],
          [L.generated, printTime(generatedAt ?? ctx.printedAt, ctx)],
        ]}
      />
      <div className="row">
        <CountTable title={L.byCategory} keys={COMPLAINT_CATEGORIES} counts={r.byCategory} labels={CATEGORY_LABELS} />
        <CountTable title={L.bySeverity} keys={COMPLAINT_SEVERITIES} counts={r.bySeverity} labels={SEVERITY_LABELS} />
        <CountTable title={L.byChannel} keys={COMPLAINT_CHANNELS} counts={r.byChannel} labels={CHANNEL_LABELS} />
      </div>
      <OnTime report={r} />
      <div className="row">
        <TopCauses report={r} />
        <CountTable title={L.byCauseType} keys={CAUSE_TYPES} counts={r.byCauseType} labels={CAUSE_TYPE_LABELS} />
      </div>
      <ServiceStars report={r} />
      <SignOff labels={[L.signPrepared, L.signSupervisor, L.signManager]} ctx={ctx} />
    </>
  );
}

/** 投诉月度报告 (A4): counts by category, severity and channel, rate, on-time rates, satisfaction and causes. */
export function renderComplaintsMonthly(input: ComplaintsMonthlyInput, ctx: PrintContext, paper: PaperSize = 'A4'): PrintOutput {
  return renderMonthlyReport({ title: L.title, month: input.report.month, archivePrefix: 'COMPLAINTS', body: <Monthly {...input} ctx={ctx} />, ctx, paper });
}
