import type { ReactNode } from 'react';
import { formatYuan } from '../../shared/domain/money';
import { hoursOf, scoreOf, topParts } from '../../shared/domain/service/reportFigures';
import { percentOf, type TechnicianMonth } from '../../shared/domain/service/reports';
import { OPINION_QUESTIONS } from '../../shared/domain/service/types';
import type { PaperSize } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';
import { renderMonthlyReport } from './document';
import { printTime } from './format';
import { Bi, BiHead, Fields, PrintHeader, PrintSection, SignOff, staffText } from './parts';
import { OPINION_LABELS, SERVICE_REPORTS as L } from './serviceReportLabels';

export interface TechnicianMonthlyInput {
  /** yyyy-MM, store-local. */
  readonly month: string;
  readonly technicians: readonly TechnicianMonth[];
  /** When the figures were read. */
  readonly generatedAt?: number | undefined;
}

/** "2 / 3（67%）"; "—" when there was no first visit. */
function rateText(part: number, whole: number): string {
  const percent = percentOf(part, whole);
  return percent === undefined ? '—' : `${part} / ${whole}（${percent}%）`;
}


function Work({ rows, ctx }: { readonly rows: readonly TechnicianMonth[]; readonly ctx: PrintContext }): ReactNode {
  return (
    <table data-table="work">
      <BiHead columns={[L.technician, L.jobs, L.hours, L.firstFix, L.onTime, L.fee]} />
      <tbody>
        {rows.map((t) => (
          <tr key={t.technician}>
            <td>{staffText(t.technician, ctx)}</td>
            <td className="num">{t.jobs}</td>
            <td className="num">{hoursOf(t.minutes)}</td>
            <td className="num">{rateText(t.firstTimeFixes, t.firstVisits)}</td>
            <td className="num">{rateText(t.onTimeArrivals, t.firstVisits)}</td>
            <td className="num">{formatYuan(t.feesFen)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Opinions({ rows, ctx }: { readonly rows: readonly TechnicianMonth[]; readonly ctx: PrintContext }): ReactNode {
  return (
    <PrintSection title={L.opinion}>
      <table data-table="opinion">
        <BiHead columns={[L.technician, L.cards, ...OPINION_QUESTIONS.map((q) => OPINION_LABELS[q])]} />
        <tbody>
          {rows.map((t) => (
            <tr key={t.technician}>
              <td>{staffText(t.technician, ctx)}</td>
              <td className="num">{t.opinionCards}</td>
              {OPINION_QUESTIONS.map((q) => (
                <td key={q} className="num">
                  {scoreOf(t.opinion[q]) ?? '—'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSection>
  );
}

function Parts({ rows, ctx }: { readonly rows: readonly TechnicianMonth[]; readonly ctx: PrintContext }): ReactNode {
  return (
    <PrintSection title={L.parts}>
      <table data-table="parts">
        <BiHead columns={[L.technician, L.parts]} />
        <tbody>
          {rows.map((t) => (
            <tr key={t.technician}>
              <td>{staffText(t.technician, ctx)}</td>
              <td>{topParts(t.parts).map(([name, quantity]) => `${name} ×${quantity}`).join('，') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSection>
  );
}

function Monthly({ input, ctx }: { readonly input: TechnicianMonthlyInput; readonly ctx: PrintContext }): ReactNode {
  const rows = input.technicians;
  return (
    <>
      <PrintHeader ctx={ctx} title={L.monthly} />
      <Fields
        rows={[
          [L.month, input.month],
          [L.jobs, String(rows.reduce((sum, t) => sum + t.jobs, 0))],
          [L.generated, printTime(input.generatedAt ?? ctx.printedAt, ctx)],
        ]}
      />
      {rows.length === 0 ? (
        <p>
          <Bi label={L.noMonth} />
        </p>
      ) : (
        <>
          <Work rows={rows} ctx={ctx} />
          <Opinions rows={rows} ctx={ctx} />
          <Parts rows={rows} ctx={ctx} />
        </>
      )}
      <SignOff labels={[L.signPrepared, L.signSupervisor, L.signManager]} ctx={ctx} />
    </>
  );
}

/** 技术员月度考评 (A4): per technician the jobs, hours, first-time fix and on-time rates, opinion averages, parts, fees. */
export function renderTechnicianMonthly(input: TechnicianMonthlyInput, ctx: PrintContext, paper: PaperSize = 'A4'): PrintOutput {
  return renderMonthlyReport({ title: L.monthly, month: input.month, archivePrefix: 'SVCMONTH', body: <Monthly input={input} ctx={ctx} />, ctx, paper });
}
