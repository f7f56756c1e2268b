// @vitest-environment node
// The goods receipt (客户商品领取收据): its content as HTML, and as Chromium
// prints it — a real PDF read back (text, page size), the Code 128 of the
// receipt's number scanned.
import { describe, expect, it } from 'vitest';
import type { GoodsReceipt, ServiceCall } from '../../shared/domain/service/types';
import { PAPERS_BY_KIND } from '../../shared/schema/print';
import { renderGoodsReceipt, renderPrint, type PrintContext } from '../../renderer/print';
import { AT, printContext } from './fixtures';
import { barcodesOnPdf } from '../e2e/barcodes.mjs';
import { pdfToPng, printHarness, printToPdf, type PdfReport } from './pdfHarness';

const HOUR = 3_600_000;
const MM_TO_PT = 72 / 25.4;
const SIZE_TOLERANCE_PT = 1;
const RECEIPT_NO = 'LQ-S01-C2-261125-0002';
const CALL_NO = 'WX-S01-C2-261124-0007';

function printedText(html: string): string {
  return html.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<[^>]+>/g, '');
}

function ctx(over: Partial<PrintContext> = {}): PrintContext {
  return printContext({ staffNames: { '1024': '王丽', '3001': '周师傅' }, ...over });
}

/** Goods taken back by 周师傅 and received at the desk at 14:03 (AT). */
const receipt: GoodsReceipt = { by: '1024', at: AT, counter: 'C2', receiptNo: RECEIPT_NO, goods: '格力空调室内机', accessories: '遥控器一个', condition: '外壳右侧有划痕' };

const call: ServiceCall = {
  id: 'call-7',
  number: CALL_NO,
  customer: { name: '陈女士', phone: '13800138000', address: '五一路 8 号 3 栋 502', area: 'inTown' },
  product: { kind: 'aircon', name: '格力空调', model: 'KFR-35GW', serial: 'SN2026001', purchaseDate: '2026-03-01' },
  problem: '不制冷，外机有异响',
  requestType: 'repair',
  serviceType: 'free',
  receivedAt: AT - 24 * HOUR,
  registered: { by: '1024', at: AT - 24 * HOUR, counter: 'C2' },
  status: 'takenBack',
  reschedules: [],
  dispatch: { by: '2001', at: AT - 23 * HOUR, counter: 'C2', technician: '3001' },
  visits: [],
  workshop: { receipt, repairs: [], receiptPrintCount: 0 },
  conflicts: [],
  printCount: 1,
  pendingEntries: 0,
};

describe('goods receipt', () => {
  const out = renderGoodsReceipt({ call, receipt }, ctx());
  const text = printedText(out.html);

  it('is laid out for 80 mm (default) and A5, and named by the receipt number', () => {
    expect(PAPERS_BY_KIND.goodsReceipt).toEqual(['80mm', 'A5']);
    expect(out.paper).toBe('80mm');
    expect(renderPrint('goodsReceipt', { call, receipt }, ctx(), 'A5').paper).toBe('A5');
    expect(() => renderPrint('goodsReceipt', { call, receipt }, ctx(), '58mm')).toThrow(RangeError);
    expect(out.recordNumber).toBe(RECEIPT_NO);
    expect(out.title).toBe(`客户商品领取收据 ${RECEIPT_NO}`);
  });

  it('has the store, the title, the receipt number as Code 128 and text, the call, the goods, and the customer with the phone masked', () => {
    expect(out.html).toContain('data-symbology="code128"');
    expect(out.html).toContain(`aria-label="${RECEIPT_NO}"`);
    for (const part of ['华联超市（望京店）', '客户商品领取收据', RECEIPT_NO, CALL_NO, '陈女士', '138****8000', '格力空调 KFR-35GW', '格力空调室内机', '遥控器一个', '外壳右侧有划痕', '2026-11-25 14:03', '王丽 (1024)', '凭此收据领取商品']) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('13800138000');
  });

  it('has signature lines for the hand-over and the collection, and says what happens to a lost receipt', () => {
    for (const part of ['顾客签字（交货）', '经办人签字', '顾客签字（领取）', '日期', '收据遗失须核对身份并经主管批准']) expect(text).toContain(part);
  });

  it('says none when there are no accessories, and 补打 only from the second print on', () => {
    expect(printedText(renderGoodsReceipt({ call, receipt: { ...receipt, accessories: '' } }, ctx()).html)).toContain('无 none');
    expect(text).not.toContain('补打');
    expect(printedText(renderGoodsReceipt({ call, receipt }, ctx({ printCount: 2 })).html)).toContain('补打 REPRINT');
  });
});

describe('goods receipt as PDF', () => {
  const harness = printHarness();

  async function print(name: string, paper: '80mm' | 'A5', over: Partial<PrintContext> = {}): Promise<PdfReport> {
    const out = renderGoodsReceipt({ call, receipt }, ctx({ fontBaseUrl: harness.server.baseUrl, ...over }), paper);
    const report = await printToPdf(harness.browser, harness.server.publish(name, out.html), out.paper, harness.outDir, name);
    await pdfToPng(harness.browser, report.pdfPath, name);
    return report;
  }

  function expectReceiptText(report: PdfReport): void {
    const t = report.text.replace(/\s+/g, '');
    for (const part of ['客户商品领取收据', RECEIPT_NO, CALL_NO, '凭此收据领取商品', '顾客签字', '陈女士', '138****8000', '格力空调室内机', '遥控器一个', '外壳右侧有划痕']) expect(t).toContain(part);
    const noto = report.fonts.filter((font) => font.name?.includes('NotoSansSC'));
    expect(noto).toContainEqual(expect.objectContaining({ encoding: 'Identity-H', embedded: true }));
    expect(report.overflowPx).toBe(0);
  }

  it('prints on one 80 mm roll page', async () => {
    const report = await print('goods-receipt-80mm', '80mm');
    expect(report.pages).toBe(1);
    expect(Math.abs(report.widthPt - 80 * MM_TO_PT)).toBeLessThan(SIZE_TOLERANCE_PT);
    expectReceiptText(report);
  });

  it('prints a reprint on one A5 page (420.9 × 595.3 pt), marked 补打', async () => {
    const report = await print('goods-receipt-a5', 'A5', { printCount: 2 });
    expect(report.pages).toBe(1);
    expect(Math.abs(report.widthPt - 148 * MM_TO_PT)).toBeLessThan(SIZE_TOLERANCE_PT);
    expect(Math.abs(report.heightPt - 210 * MM_TO_PT)).toBeLessThan(SIZE_TOLERANCE_PT);
    expectReceiptText(report);
    expect(report.text.replace(/\s+/g, '')).toContain('补打');
  });

  it('has a Code 128 that scans as the receipt number on both papers', async () => {
    for (const [paper, dpi] of [['80mm', 203], ['A5', 300]] as const) {
      const name = `goods-receipt-scan-${paper}`;
      const report = await print(name, paper);
      const found = await barcodesOnPdf(harness.browser, report.pdfPath, { dpi, saveAs: `${harness.outDir}/${name}.png` });
      expect(found).toContainEqual({ format: 'Code128', text: RECEIPT_NO });
    }
  });
});
