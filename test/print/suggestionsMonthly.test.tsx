// @vitest-environment node
// The monthly list of customer suggestions and replies: its HTML, and a real A4 PDF read back.
import { describe, expect, it } from 'vitest';
import { monthlySuggestions } from '../../shared/domain/enquiries/monthly';
import type { Enquiry } from '../../shared/domain/enquiries/types';
import { PAPERS_BY_KIND } from '../../shared/schema/print';
import { renderPrint } from '../../renderer/print';
import { printContext } from './fixtures';
import { pdfToPng, printHarness, printToPdf, tempDir } from './pdfHarness';

const TZ = 'Asia/Shanghai';
const at = (day: string, hhmm: string) => Date.parse(`${day}T${hhmm}:00+08:00`);
const stamp = (day: string, hhmm: string, by = '1024') => ({ by, at: at(day, hhmm), counter: 'C2' });

function enquiry(over: Partial<Enquiry> & Pick<Enquiry, 'id' | 'number' | 'loggedAt'>): Enquiry {
  return { state: 'answered', channel: 'phone', topic: 'openingHours', question: '几点关门', answer: '22:00', logged: stamp('2026-11-02', '10:00'), conflicts: [], ...over };
}

const suggestion = (day: string) => ({ department: '生鲜部', replyDue: day, replyDueAt: at(day, '00:00') + 24 * 60 * 60 * 1000 });
const enquiries: Enquiry[] = [
  enquiry({ id: 'a', number: 'ZX-S01-C2-261102-0001', loggedAt: at('2026-11-02', '10:00') }),
  enquiry({
    id: 'b',
    number: 'ZX-S01-C2-261103-0001',
    loggedAt: at('2026-11-03', '09:30'),
    state: 'customerTold',
    topic: 'product',
    question: '希望增加无糖酸奶品种',
    answer: '已转生鲜部',
    customerName: '陈女士',
    phone: '13812345678',
    suggestion: suggestion('2026-11-06'),
    reply: { ...stamp('2026-11-05', '16:00', '2001'), reply: '下周起上架两款无糖酸奶', repliedBy: '刘经理' },
    told: { ...stamp('2026-11-05', '17:00'), via: 'phone', toldAt: at('2026-11-05', '17:00') },
  }),
  enquiry({
    id: 'c',
    number: 'ZX-S01-C2-261120-0002',
    loggedAt: at('2026-11-20', '15:00'),
    state: 'awaitingReply',
    channel: 'desk',
    topic: 'service',
    question: '停车场晚上灯太暗',
    answer: '已转物业',
    suggestion: { ...suggestion('2026-11-23'), department: '物业部' },
  }),
];
const list = monthlySuggestions(enquiries, '2026-11', at('2026-11-25', '14:00'), TZ);
const input = { list, generatedAt: at('2026-11-25', '14:00') };

function printedText(html: string): string {
  return html.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<[^>]+>/g, '');
}

describe('monthly suggestions and replies printout', () => {
  it('is laid out for A4 only and named SUGGESTIONS-yyyy-MM', () => {
    expect(PAPERS_BY_KIND.suggestionsMonthly).toEqual(['A4']);
    const out = renderPrint('suggestionsMonthly', input, printContext());
    expect(out).toMatchObject({ paper: 'A4', recordNumber: 'SUGGESTIONS-2026-11', title: '月度顾客建议及答复 2026-11' });
    expect(() => renderPrint('suggestionsMonthly', input, printContext(), '80mm')).toThrow(RangeError);
  });

  it('holds the counts, each suggestion with its department, reply and the customer told, and marks the overdue one', () => {
    const text = printedText(renderPrint('suggestionsMonthly', input, printContext()).html);
    for (const part of [
      '华联超市（望京店）',
      '月度顾客建议及答复',
      '3（电话 2 · 现场 1）',
      '营业时间 1 · 商品 1 · 服务 1',
      '已答复 1（按期 1）· 已告知顾客 1 · 待答复 1（逾期 1）',
      'ZX-S01-C2-261103-0001',
      '商品 · 希望增加无糖酸奶品种',
      '生鲜部2026-11-06',
      '下周起上架两款无糖酸奶11-05 16:00 · 刘经理',
      '11-05 电话王丽 (1024)',
      '停车场晚上灯太暗',
      '待部门答复 · 逾期未答复',
      '生成时间Generated2026-11-25 14:00',
      '店长',
    ]) {
      expect(text).toContain(part);
    }
    // The list goes round departments: the phone is masked.
    expect(text).toContain('138****5678');
    expect(text).not.toContain('13812345678');
  });

  it('says so when the month had no suggestion', () => {
    const empty = monthlySuggestions(enquiries.slice(0, 1), '2026-11', at('2026-11-25', '14:00'), TZ);
    expect(printedText(renderPrint('suggestionsMonthly', { list: empty }, printContext()).html)).toContain('本月没有顾客建议');
  });
});

describe('monthly suggestions and replies PDF', () => {
  const harness = printHarness();

  it('prints on one A4 page with the month, the suggestions and their replies, the phone masked', async () => {
    const out = renderPrint('suggestionsMonthly', input, printContext({ fontBaseUrl: harness.server.baseUrl }));
    const pdf = await printToPdf(harness.browser, harness.server.publish('suggestions-monthly-a4', out.html), out.paper, tempDir(), 'suggestions-monthly-a4');
    await pdfToPng(harness.browser, pdf.pdfPath, 'suggestions-monthly-a4');
    expect(pdf.pages).toBe(1);
    const text = pdf.text.replace(/\s+/g, '');
    expect(text).toContain('月度顾客建议及答复');
    expect(text).toContain('2026-11');
    // Cells wrap inside their column, so only what fits on one line of a cell is read back whole.
    for (const part of ['ZX-S01-C2-261103-0001', '138****5678', '生鲜部', '刘经理', '物业部', '待部门答复']) expect(text).toContain(part);
    expect(text).not.toContain('13812345678');
    expect(pdf.overflowPx).toBe(0);
  });
});
