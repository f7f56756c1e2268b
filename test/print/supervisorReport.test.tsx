// @vitest-environment node
// 主管报表 on paper: the report model's figures, tables and ECharts charts (inline SVG) as HTML and as a real A4 PDF.
import { describe, expect, it } from 'vitest';
import { buildSupervisorReport } from '../../shared/domain/reports/build';
import { reportPeriod } from '../../shared/domain/reports/period';
import { PAPERS_BY_KIND } from '../../shared/schema/print';
import { renderPrint } from '../../renderer/print';
import { names, rows, rules } from '../unit/reports.fixture';
import { printContext } from './fixtures';
import { pdfToPng, printHarness, printToPdf } from './pdfHarness';

const MM_TO_PT = 72 / 25.4;
const period = (kind: 'week' | 'month') => reportPeriod(kind, '2026-11-25', 'Asia/Shanghai')!;
const week = { report: buildSupervisorReport(rows, period('week'), {}, rules, names) };
const narrowed = { report: buildSupervisorReport(rows, period('month'), { area: 'complaints', counter: 'C2' }, rules, names) };

function printedText(html: string): string {
  return html.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<[^>]+>/g, '');
}

describe('supervisor report on paper', () => {
  it('is laid out for A4, one archive name per period and scope', () => {
    expect(PAPERS_BY_KIND.supervisorReport).toEqual(['A4']);
    expect(renderPrint('supervisorReport', week, printContext())).toMatchObject({ paper: 'A4', recordNumber: 'RPT-2026-W48', title: '主管报表 2026-W48' });
    expect(renderPrint('supervisorReport', narrowed, printContext())).toMatchObject({ recordNumber: 'RPT-2026-11-COMPLAINTS-C2' });
    expect(() => renderPrint('supervisorReport', week, printContext(), '80mm')).toThrow(RangeError);
  });

  it('every section with its figures, targets and tables, a chart per breakdown, and signature lines', () => {
    const { html } = renderPrint('supervisorReport', week, printContext());
    const text = printedText(html);
    for (const part of [
      '周报 2026-W48 (2026-11-23 – 2026-11-29)',
      '全店 · 全部柜台',
      '操作笔数Entries22',
      '首次联系按时率Response within limit66.7%（2 / 3）',
      '投诉率（每万名顾客）Complaints per 10,000 customers0.43',
      '一次修复率First-time fix50%（1 / 2）',
      '调查回收率Survey return rate60%（3 / 5）≥ 80% 未达标 MISSED',
      '意见卡平均分Opinion card average3.1 / 4',
      '原因:sizeFit12598.00',
      '双十一满赠 · 保温杯3100991',
      '顾客数取自各月录入的客流',
      '制表',
      '店长',
    ]) {
      expect(text).toContain(part);
    }
    expect(html.match(/<svg /g)?.length).toBe(7);
    expect(printedText(renderPrint('supervisorReport', narrowed, printContext()).html)).toContain('投诉 · C2');
  });
});

describe('supervisor report as an A4 PDF', () => {
  const harness = printHarness();

  it('prints on A4 with its figures and the charts’ axis labels as text', async () => {
    const out = renderPrint('supervisorReport', week, printContext({ fontBaseUrl: harness.server.baseUrl }));
    const pdf = await printToPdf(harness.browser, harness.server.publish('supervisor-report', out.html), out.paper, harness.outDir, 'supervisor-report');
    await pdfToPng(harness.browser, pdf.pdfPath, 'supervisor-report');
    expect(Math.abs(pdf.widthPt - 210 * MM_TO_PT)).toBeLessThan(1);
    expect(Math.abs(pdf.heightPt - 297 * MM_TO_PT)).toBeLessThan(1);
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.overflowPx).toBe(0);
    const text = pdf.text.replace(/\s+/g, '');
    for (const part of ['主管报表', '2026-W48', '66.7%', '未达标', '598.00']) expect(text).toContain(part);
    // Axis labels of the charts: the trend's days and the areas' bars, drawn in the SVG.
    for (const label of ['11-23', '11-29', '寄存', '退换货', '售后维修', '首次联系', '出方案']) expect(text).toContain(label);
  });
});
