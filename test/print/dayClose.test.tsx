// @vitest-environment node
// 日结单 on paper: each counter's day with its money per method, carried items, notes, the hash chain and signature lines.
import { describe, expect, it } from 'vitest';
import type { CounterDay, DayClose } from '../../shared/domain/dayClose/types';
import { PAPERS_BY_KIND } from '../../shared/schema/print';
import { renderPrint } from '../../renderer/print';
import { printContext } from './fixtures';
import { pdfToPng, printHarness, printToPdf } from './pdfHarness';

const MM_TO_PT = 72 / 25.4;
const noMoney = { refundsFen: {}, storeCreditFen: 0, serviceFeesFen: 0, giftValueFen: 0 };
const c1: CounterDay = {
  counter: 'C1',
  entries: 41,
  firstSeq: 120,
  lastSeq: 160,
  missingSeqs: [],
  areas: { storage: 20, returnRecord: 12, receipt: 9 },
  money: { refundsFen: { cash: 35_000, originalPayment: 12_990 }, storeCreditFen: 5_000, serviceFeesFen: 0, giftValueFen: 0 },
  corrections: 1,
  hash: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2',
  previousHash: 'ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100',
};
const c2: CounterDay = { ...c1, counter: 'C2', entries: 7, firstSeq: 30, lastSeq: 38, missingSeqs: [33, 34], areas: { handout: 5, serviceCall: 2 }, money: { ...noMoney, serviceFeesFen: 15_000, giftValueFen: 4_500 }, corrections: 0, previousHash: '' };
const close: DayClose = {
  id: '2026-11-30',
  day: '2026-11-30',
  counters: [c1, c2],
  carried: { storageHeld: 3, lostItemsKept: 2, complaintsOpen: 4, serviceCallsOpen: 6 },
  notes: 'C2 两条记录未同步，次日补查',
  closedAt: Date.UTC(2026, 10, 30, 13, 5),
  closedBy: '9001',
  closedAtCounter: 'C1',
  entryId: 'e1',
  conflicts: [],
};
const ctx = (over = {}) => printContext({ staffNames: { '9001': '王主管' }, ...over });

function printedText(html: string): string {
  return html.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<[^>]+>/g, '');
}

describe('日结单', () => {
  it('is laid out for A4 only, one archive name per day', () => {
    expect(PAPERS_BY_KIND.dayClose).toEqual(['A4']);
    expect(renderPrint('dayClose', { close }, ctx())).toMatchObject({ paper: 'A4', recordNumber: 'CLOSE-2026-11-30', title: '日结单 2026-11-30' });
  });

  it('shows each counter’s entries, sequence range and money per method with the totals, the gaps, carried items, notes and hashes', () => {
    const text = printedText(renderPrint('dayClose', { close }, ctx()).html);
    for (const part of [
      '王主管 (9001) · 2026-11-30 21:05 · C1',
      'C141120–160',
      '350.00129.9050.000.000.00',
      'C2730–38',
      '0.000.000.00150.0045.00',
      '合计Total481350.00129.9050.00150.0045.00',
      'C2: 33, 34',
      '寄存未取Storage held3',
      '维修未结Service calls open6',
      'C2 两条记录未同步，次日补查',
      'ffeeddccbbaa9988',
      'a1b2c3d4e5f6a7b8',
      '值班主管',
      '店长',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('未签字');
    const draft = printedText(renderPrint('dayClose', { close: { day: close.day, counters: close.counters, carried: close.carried, notes: '' } }, ctx()).html);
    expect(draft).toContain('未签字（草稿）');
    expect(draft).toContain('无');
  });

  const harness = printHarness();
  it('prints on one A4 sheet with the totals', async () => {
    const out = renderPrint('dayClose', { close }, ctx({ fontBaseUrl: harness.server.baseUrl }));
    const pdf = await printToPdf(harness.browser, harness.server.publish('day-close', out.html), out.paper, harness.outDir, 'day-close');
    await pdfToPng(harness.browser, pdf.pdfPath, 'day-close');
    expect(pdf.pages).toBe(1);
    expect(Math.abs(pdf.widthPt - 210 * MM_TO_PT)).toBeLessThan(1);
    expect(Math.abs(pdf.heightPt - 297 * MM_TO_PT)).toBeLessThan(1);
    const text = pdf.text.replace(/\s+/g, '');
    for (const part of ['日结单', '2026-11-30', '350.00', '150.00', '值班主管', '店长']) expect(text).toContain(part);
    expect(pdf.overflowPx).toBe(0);
  });
});
