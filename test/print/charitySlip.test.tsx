// @vitest-environment node
// The charity hand-over slip (公益赞助交接单): its content as HTML, and as
// Chromium prints it on the 80 mm roll — a real PDF read back, the Code 128
// of the event's number scanned.
import { describe, expect, it } from 'vitest';
import type { CharityEvent } from '../../shared/domain/charity/types';
import { PAPERS_BY_KIND } from '../../shared/schema/print';
import { renderCharitySlip, renderPrint, type PrintContext } from '../../renderer/print';
import { barcodesOnPdf } from '../e2e/barcodes.mjs';
import { AT, printContext } from './fixtures';
import { pdfToPng, printHarness, printToPdf } from './pdfHarness';

const MM_TO_PT = 72 / 25.4;
const NUMBER = 'GY-S01-C2-261125-0001';

function printedText(html: string): string {
  return html.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<[^>]+>/g, '');
}

function ctx(over: Partial<PrintContext> = {}): PrintContext {
  return printContext({ staffNames: { '1024': '王丽', '9001': '陈主管' }, ...over });
}

const event: CharityEvent = {
  id: 'e1',
  number: NUMBER,
  name: '冬季助学捐赠',
  day: '2026-11-25',
  recipientKind: 'school',
  recipient: '五一路小学',
  goods: { campaignId: 'c1', giftId: 'G1', giftName: '保温杯', quantity: 20, valueFen: 3900 },
  moneyFen: 50_000,
  status: 'handedOut',
  defined: { by: '1024', at: AT - 3_600_000, counter: 'C2', approvedBy: '9001' },
  handedOut: { by: '1024', at: AT, counter: 'C2', representative: '张老师', phone: '13800138000', quantity: 18, moneyFen: 50_000 },
  printCount: 1,
  conflicts: [],
  pendingEntries: 0,
};

describe('charity hand-over slip', () => {
  const out = renderCharitySlip(event, ctx());
  const text = printedText(out.html);

  it('is an 80 mm slip named by the event number', () => {
    expect(PAPERS_BY_KIND.charitySlip).toEqual(['80mm']);
    expect(out.paper).toBe('80mm');
    expect(out.recordNumber).toBe(NUMBER);
    expect(out.title).toBe(`公益赞助交接单 ${NUMBER}`);
    expect(() => renderPrint('charitySlip', { event }, ctx(), 'A4')).toThrow(RangeError);
  });

  it('says what was handed over to whom (what was handed, not the approval), by whom, approved by whom, with the phone masked', () => {
    expect(out.html).toContain('data-symbology="code128"');
    expect(out.html).toContain(`aria-label="${NUMBER}"`);
    for (const part of ['公益赞助交接单', NUMBER, '冬季助学捐赠', '五一路小学（学校 School）', '保温杯 ×18', '¥702.00', '¥500.00', '张老师', '138****8000', '2026-11-25 14:03', '王丽 (1024)', '陈主管 (9001)', '受赠方代表签字']) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('保温杯 ×20');
    expect(text).not.toContain('13800138000');
  });

  it('says 补打 only on a reprint', () => {
    expect(text).not.toContain('补打');
    expect(printedText(renderCharitySlip(event, ctx({ printCount: 2 })).html)).toContain('补打 REPRINT');
  });
});

describe('charity hand-over slip as PDF', () => {
  const harness = printHarness();

  it('prints on one 80 mm page with the Chinese text, and its Code 128 scans as the event number', async () => {
    const name = 'charity-slip-80mm';
    const out = renderCharitySlip(event, ctx({ fontBaseUrl: harness.server.baseUrl, printCount: 2 }));
    const report = await printToPdf(harness.browser, harness.server.publish(name, out.html), out.paper, harness.outDir, name);
    await pdfToPng(harness.browser, report.pdfPath, name);
    expect(report.pages).toBe(1);
    expect(Math.abs(report.widthPt - 80 * MM_TO_PT)).toBeLessThan(1);
    expect(report.overflowPx).toBe(0);
    const t = report.text.replace(/\s+/g, '');
    for (const part of ['公益赞助交接单', NUMBER, '五一路小学', '保温杯×18', '张老师', '138****8000', '受赠方代表签字', '补打']) expect(t).toContain(part);
    const found = await barcodesOnPdf(harness.browser, report.pdfPath, { dpi: 203, saveAs: `${harness.outDir}/${name}.png` });
    expect(found).toContainEqual({ format: 'Code128', text: NUMBER });
  });
});
