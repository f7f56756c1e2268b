import type { ReactNode } from 'react';
import { PERIOD_LABELS, REPORT_TITLE, SHEET } from '../../shared/domain/reports/labels';
import type { Figure, ReportSection, SupervisorReport } from '../../shared/domain/reports/model';
import { periodText, scopeText, statusText } from '../../shared/domain/reports/sheets';
import { cellText, figureText } from '../../shared/domain/reports/text';
import type { PaperSize } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';
import { renderPrintDocument } from './document';
import { printTime } from './format';
import type { Label } from './labels';
import { Bi, BiHead, Fields, PrintHeader, SignOff } from './parts';
import { chartSvg } from './reportChart';

export interface SupervisorReportInput {
  readonly report: SupervisorReport;
}

/** 640 × 190 px: 169 mm wide, inside A4's 182 mm of content. */
const PRINT_CHART = { width: 640, height: 190 };

const SIGN = {
  prepared: { zh: '制表', en: 'Prepared by' },
  supervisor: { zh: '主管', en: 'Supervisor' },
  manager: { zh: '店长', en: 'Store manager' },
} as const satisfies Readonly<Record<string, Label>>;

function target(f: Figure): string {
  return f.target ? `≥ ${f.target.value}% ${statusText(f, 'zh')} ${statusText(f, 'en')}` : '';
}

function Figures({ figures }: { readonly figures: readonly Figure[] }): ReactNode {
  return (
    <table data-table="figures">
      <BiHead columns={[SHEET.item, SHEET.value, SHEET.target]} />
      <tbody>
        {figures.map((f) => (
          <tr key={f.id}>
            <td>
              <Bi label={f.label} />
            </td>
            <td className="num">{figureText(f)}</td>
            <td>{target(f)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Section({ section }: { readonly section: ReportSection }): ReactNode {
  return (
    <div className="section" data-section={section.id}>
      <div className="section-title">
        <Bi label={section.title} />
      </div>
      <Figures figures={section.figures} />
      {section.charts.map((chart) => (
        <figure key={chart.id} className="chart" data-chart={chart.id} style={{ margin: '2mm 0 0', breakInside: 'avoid' }}>
          <figcaption>
            <Bi label={chart.title} />
          </figcaption>
          {/* ECharts' SVG from the report's own figures; it escapes the texts it writes. */}
          <div dangerouslySetInnerHTML={{ __html: chartSvg(chart, 'zh', PRINT_CHART) }} />
        </figure>
      ))}
      {section.tables.map((table) => (
        <table key={table.id} data-table={`${section.id}.${table.id}`}>
          <caption>
            <Bi label={table.title} />
          </caption>
          <BiHead columns={table.columns.map((c) => c.label)} />
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j} className={table.columns[j]?.unit === 'label' ? undefined : 'num'}>
                    {cellText(cell, table.columns[j]?.unit ?? 'label', 'zh')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {section.notes.map((note) => (
        <p key={note.zh} className="note">
          <Bi label={note} />
        </p>
      ))}
    </div>
  );
}

function Report({ report, ctx }: { readonly report: SupervisorReport; readonly ctx: PrintContext }): ReactNode {
  return (
    <>
      <PrintHeader ctx={ctx} title={REPORT_TITLE} />
      <Fields
        rows={[
          [SHEET.period, `${PERIOD_LABELS[report.period.kind].zh} ${periodText(report)}`],
          [SHEET.scope, scopeText(report, 'zh')],
          [{ zh: '生成时间', en: 'Generated' }, printTime(report.generatedAt, ctx)],
        ]}
      />
      {report.sections.map((s) => (
        <Section key={s.id} section={s} />
      ))}
      <SignOff labels={[SIGN.prepared, SIGN.supervisor, SIGN.manager]} ctx={ctx} />
    </>
  );
}

/** Names the archived PDF: one per period and scope (RPT-2026-11, RPT-2026-W48-COMPLAINTS-C2). */
export function supervisorReportNumber(report: SupervisorReport): string {
  const { area, counter } = report.scope;
  return ['RPT', report.period.key, area?.toUpperCase(), counter].filter(Boolean).join('-');
}

/** 主管报表 (A4): each section's figures against their targets, its charts and tables, and signature lines. */
export function renderSupervisorReport(input: SupervisorReportInput, ctx: PrintContext, paper: PaperSize = 'A4'): PrintOutput {
  const { report } = input;
  const title = `${REPORT_TITLE.zh} ${report.period.key}`;
  return {
    html: renderPrintDocument({ paper, title, body: <Report report={report} ctx={ctx} />, fontBaseUrl: ctx.fontBaseUrl }),
    paper,
    title,
    recordNumber: supervisorReportNumber(report),
  };
}
