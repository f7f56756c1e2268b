// @vitest-environment node
// The monthly complaints report: its HTML, and a real A4 PDF read back.
import { describe, expect, it } from 'vitest';
import { calendarDataFromChineseDays, toWorkingCalendar } from '../../shared/domain/calendar';
import { DEFAULT_DEADLINE_POLICY, monthlyComplaintReport } from '../../shared/domain/complaints';
import { PAPERS_BY_KIND } from '../../shared/schema/print';
import { renderPrint } from '../../renderer/print';
import { percentText } from '../../renderer/print/format';
import { build, PATH, sh } from '../unit/complaints.fixtures';
import { printContext } from './fixtures';
import { pdfToPng, printHarness, printToPdf, tempDir } from './pdfHarness';

const at = (d: number) => sh(2026, 11, d, 10);
const complaints = [
  build([['recorded', 'clerk', { channel: 'desk', receivedAt: at(2) }], ...PATH.slice(1), ['responsibilityAssigned', 'supervisor']], at(2), 'A'),
  build(
    [['recorded', 'clerk', { receivedAt: at(10), category: 'serviceAttitude', severity: 'major' }], ...PATH.slice(1, 4), ['investigated', 'clerk', { cause: '服务态度差' }]],
    at(10),
    'B',
  ),
  build([['recorded', 'clerk', { channel: 'hotline', category: 'price', receivedAt: at(12) }], ['validityJudged', 'lead', { valid: false, answer: '价格无误' }]], at(12), 'C'),
];
const report = monthlyComplaintReport(complaints, {
  month: '2026-11',
  customerCount: 20_000,
  policy: DEFAULT_DEADLINE_POLICY,
  calendar: toWorkingCalendar(calendarDataFromChineseDays(undefined, 2026, 2026)),
  now: sh(2026, 12, 1, 9),
});
const input = { report, customerCount: 20_000, generatedAt: sh(2026, 12, 1, 9) };

function printedText(html: string): string {
  return html.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<[^>]+>/g, '');
}

describe('monthly complaints report printout', () => {
  it('is laid out for A4 only and named COMPLAINTS-yyyy-MM', () => {
    expect(PAPERS_BY_KIND.complaintsMonthly).toEqual(['A4']);
    const out = renderPrint('complaintsMonthly', input, printContext());
    expect(out).toMatchObject({ paper: 'A4', recordNumber: 'COMPLAINTS-2026-11', title: '投诉月度报告 2026-11' });
    expect(() => renderPrint('complaintsMonthly', input, printContext(), '80mm')).toThrow(RangeError);
  });

  it('holds the store, month, counts by category, severity and channel, rate, on-time rates, satisfaction, causes and the generated time', () => {
    const text = printedText(renderPrint('complaintsMonthly', input, printContext()).html);
    for (const part of [
      '华联超市（望京店）',
      '投诉月度报告',
      '2026-11',
      '投诉总数Complaints3',
      '成立 / 不成立Valid / invalid2 / 1',
      '20000',
      '万人投诉率Per 10,000 customers1.5',
      '服务态度service attitude1',
      '重大major1',
      '热线hotline1',
      '查明原因与责任cause and responsibility20100%',
      '5 / 5（1）',
      '服务态度差',
      '员工原因staff1',
      '生成时间Generated2026-12-01 09:00',
      '店长',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('says so when the customer count or ratings are missing', () => {
    const bare = monthlyComplaintReport([], { month: '2026-10', policy: DEFAULT_DEADLINE_POLICY, calendar: toWorkingCalendar(calendarDataFromChineseDays()), now: 0 });
    const text = printedText(renderPrint('complaintsMonthly', { report: bare }, printContext()).html);
    expect(text).toContain('未录入客流');
    expect(text).toContain('无回访评分');
    expect(text).toContain('本月无已查明的原因');
    expect(percentText(undefined)).toBe('—');
    expect(percentText(1 / 3)).toBe('33%');
  });
});

describe('monthly complaints report PDF', () => {
  const harness = printHarness();

  it('prints on A4 with the month, 投诉 and the counts', async () => {
    const out = renderPrint('complaintsMonthly', input, printContext({ fontBaseUrl: harness.server.baseUrl }));
    const pdf = await printToPdf(harness.browser, harness.server.publish('complaints-monthly-a4', out.html), out.paper, tempDir(), 'complaints-monthly-a4');
    await pdfToPng(harness.browser, pdf.pdfPath, 'complaints-monthly-a4');
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    const text = pdf.text.replace(/\s+/g, '');
    expect(text).toContain('投诉月度报告');
    expect(text).toContain('2026-11');
    expect(text).toContain('投诉总数3');
    expect(text).toContain('服务态度差');
    expect(pdf.overflowPx).toBe(0);
  });
});
