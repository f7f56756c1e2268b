// @vitest-environment node
// The technicians' reports on paper: the two daily reports (one template, two variants) and the monthly evaluation, as HTML and as real A4 PDFs.
import { describe, expect, it } from 'vitest';
import type { ServiceDaySignoff } from '../../shared/domain/service/daySignoff';
import type { ServiceJob, ServiceOpinion } from '../../shared/domain/service/jobs';
import { dayReport, monthlyByTechnician } from '../../shared/domain/service/reports';
import { PAPERS_BY_KIND } from '../../shared/schema/print';
import { renderPrint } from '../../renderer/print';
import { printContext } from './fixtures';
import { pdfToPng, printHarness, printToPdf } from './pdfHarness';

const MM_TO_PT = 72 / 25.4;
const sh = (day: number, hh: number, mm = 0) => Date.UTC(2026, 10, day, hh - 8, mm);
const base = { recordedBy: '1024', serviceType: 'free', feeFen: 0, parts: [], firstVisit: true, receivedAt: sh(25, 9), area: 'inTown' } as const;
const jobs: ServiceJob[] = [
  { ...base, id: 'a#visit0', callId: 'a', number: 'WX-S01-C1-261125-0001', kind: 'visit', technician: '3001', at: sh(25, 15, 30), requestType: 'repair', minutes: 45, outcome: 'fixedOnSite', arrivedAt: sh(25, 15), parts: [{ name: 'R32 冷媒', quantity: 1 }] },
  { ...base, id: 'b#visit0', callId: 'b', number: 'WX-S01-C1-261125-0002', kind: 'visit', technician: '3002', at: sh(25, 13), requestType: 'installation', serviceType: 'paid', minutes: 90, outcome: 'fixedOnSite', arrivedAt: sh(25, 12, 30), feeFen: 15_000, invoiceNo: 'FP001' },
  { ...base, id: 'c#visit0', callId: 'c', number: 'WX-S01-C1-261125-0003', kind: 'visit', technician: '3001', at: sh(25, 17), requestType: 'maintenance', serviceType: 'contract', minutes: 30, outcome: 'takenBack', arrivedAt: sh(25, 16, 40) },
  { ...base, id: 'c#repair0', callId: 'c', number: 'WX-S01-C1-261125-0003', kind: 'repair', technician: '3001', at: sh(25, 18), requestType: 'maintenance', serviceType: 'contract', minutes: 60, firstVisit: false, parts: [{ name: '电容', quantity: 1 }] },
];
const opinions: ServiceOpinion[] = [{ callId: 'a', technician: '3001', at: sh(26, 10), scores: { attitude: 4, skill: 4, arrival: 3, promise: 4 } }];
const ctx = (over = {}) => printContext({ staffNames: { '1024': '王丽', '3001': '周师傅', '3002': '吴师傅', '9001': '王主管' }, ...over });
const signoff: ServiceDaySignoff = { day: '2026-11-25', signed: { day: '2026-11-25', jobs: 4, minutes: 225, feesFen: 15_000, by: '9001', at: sh(26, 10), counter: 'C1', approvedBy: '9001' }, conflicts: [] };
const supervisorDay = { variant: 'supervisor' as const, day: '2026-11-25', report: dayReport(jobs), signoff };
const technicianDay = { variant: 'technician' as const, day: '2026-11-25', report: dayReport(jobs.filter((j) => j.technician === '3001')), technician: '3001' };
const month = { month: '2026-11', technicians: monthlyByTechnician(jobs, opinions, (receivedAt) => receivedAt + 6 * 3_600_000), generatedAt: sh(30, 18) };

/** The page's text as a reader sees it, tags and the font CSS left out. */
function printedText(html: string): string {
  return html.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<[^>]+>/g, '');
}

describe('service daily reports on paper', () => {
  it('are laid out for A4 only, one archive name per day (and per technician)', () => {
    expect(PAPERS_BY_KIND.serviceDayReport).toEqual(['A4']);
    expect(PAPERS_BY_KIND.serviceMonthly).toEqual(['A4']);
    expect(renderPrint('serviceDayReport', supervisorDay, ctx())).toMatchObject({ paper: 'A4', recordNumber: 'SVCDAY-2026-11-25', title: '服务主任日报表 2026-11-25' });
    expect(renderPrint('serviceDayReport', technicianDay, ctx())).toMatchObject({ recordNumber: 'SVCDAY-2026-11-25-3001', title: '技术员工作日报表 2026-11-25' });
    expect(renderPrint('serviceMonthly', month, ctx())).toMatchObject({ paper: 'A4', recordNumber: 'SVCMONTH-2026-11', title: '技术员月度考评 2026-11' });
    expect(() => renderPrint('serviceDayReport', technicianDay, ctx(), 'A5')).toThrow(RangeError);
  });

  it('the technician’s day: each job in time order with its type and time, totals, the technician’s and supervisor’s signature lines', () => {
    const text = printedText(renderPrint('serviceDayReport', technicianDay, ctx()).html);
    for (const part of ['技术员工作日报表', '周师傅 (3001)', '3 单 · 135 分钟（2.3 小时）', '15:30WX-S01-C1-261125-0001维修免费上门45现场修好', '18:00WX-S01-C1-261125-0003保养合同拉修60—', '技术员签字', '服务主任签字']) {
      expect(text).toContain(part);
    }
    expect(text.indexOf('15:30')).toBeLessThan(text.indexOf('17:00'));
    expect(text).not.toContain('吴师傅');
    expect(text).not.toContain('已签字');
  });

  it('the supervisor’s day: by request type and technician, every job, fees, and the signature once signed', () => {
    const text = printedText(renderPrint('serviceDayReport', supervisorDay, ctx()).html);
    for (const part of ['服务主任日报表', '4 单 · 225 分钟', '150.00', '维修repair145', '安装installation190', '保养maintenance290', '周师傅 (3001)3135', '吴师傅 (3002)190', '已签字Signed王主管 (9001) · 2026-11-26 10:00', '4 单 · 225 分钟 · ¥150.00', '服务主任签字', '店长签字']) {
      expect(text).toContain(part);
    }
    const unsigned = printedText(renderPrint('serviceDayReport', { ...supervisorDay, signoff: undefined }, ctx()).html);
    expect(unsigned).not.toContain('已签字');
    expect(unsigned).toContain('服务主任签字');
    expect(printedText(renderPrint('serviceDayReport', { ...supervisorDay, report: dayReport([]), signoff: undefined }, ctx()).html)).toContain('当日无工作记录');
  });

  it('the month per technician: jobs, hours, first-time fix and on-time rates, opinion averages, parts, fees', () => {
    const text = printedText(renderPrint('serviceMonthly', month, ctx()).html);
    for (const part of ['技术员月度考评', '2026-11', '周师傅 (3001)32.31 / 2（50%）1 / 2（50%）0.00', '吴师傅 (3002)11.51 / 1（100%）1 / 1（100%）150.00', '周师傅 (3001)14434', '吴师傅 (3002)0————', 'R32 冷媒 ×1，电容 ×1', '生成时间Generated2026-11-30 18:00', '店长签字']) {
      expect(text).toContain(part);
    }
    expect(printedText(renderPrint('serviceMonthly', { month: '2026-10', technicians: [] }, ctx()).html)).toContain('本月无工作记录');
  });
});

describe('service reports as A4 PDFs', () => {
  const harness = printHarness();

  it.each([
    ['technician-day', 'serviceDayReport', technicianDay, ['技术员工作日报表', 'WX-S01-C1-261125-0001', '135', '技术员签字']],
    ['supervisor-day', 'serviceDayReport', supervisorDay, ['服务主任日报表', '225', '150.00', '已签字', '王主管', '店长签字']],
    ['monthly', 'serviceMonthly', month, ['技术员月度考评', '2026-11', '50%', 'R32冷媒×1']],
  ] as const)('%s prints on one A4 sheet with its title and figures', async (name, kind, input, expected) => {
    const out = renderPrint(kind, input as never, ctx({ fontBaseUrl: harness.server.baseUrl }));
    const pdf = await printToPdf(harness.browser, harness.server.publish(`service-${name}`, out.html), out.paper, harness.outDir, `service-${name}`);
    await pdfToPng(harness.browser, pdf.pdfPath, `service-${name}`);
    expect(pdf.pages).toBe(1);
    // A4 is 210 × 297 mm, within a point (Chromium rounds the page size).
    expect(Math.abs(pdf.widthPt - 210 * MM_TO_PT)).toBeLessThan(1);
    expect(Math.abs(pdf.heightPt - 297 * MM_TO_PT)).toBeLessThan(1);
    const text = pdf.text.replace(/\s+/g, '');
    for (const part of expected) expect(text).toContain(part);
    expect(pdf.overflowPx).toBe(0);
  });
});
