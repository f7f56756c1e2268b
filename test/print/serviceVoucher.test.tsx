// @vitest-environment node
// The service voucher (服务凭证): its content as HTML, and as Chromium prints
// it — a real PDF read back (text, page size), the Code 128 and the QR code
// scanned.
import { describe, expect, it } from 'vitest';
import type { ServiceCall } from '../../shared/domain/service/types';
import { PAPERS_BY_KIND } from '../../shared/schema/print';
import { renderPrint, renderServiceVoucher, type PrintContext } from '../../renderer/print';
import { AT, printContext } from './fixtures';
import { barcodesOnPdf } from '../e2e/barcodes.mjs';
import { pdfToPng, printHarness, printToPdf, type PdfReport } from './pdfHarness';

const HOUR = 3_600_000;
const MM_TO_PT = 72 / 25.4;
/** Chromium rounds the paper to 1/300 in units (see pdf.test.ts). */
const SIZE_TOLERANCE_PT = 1;
const NUMBER = 'WX-S01-C2-261125-0003';

/** Text content only: what would print, without tags and attributes. */
function printedText(html: string): string {
  return html.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<[^>]+>/g, '');
}

function ctx(over: Partial<PrintContext> = {}): PrintContext {
  return printContext({ staffNames: { '1024': '王丽', '2001': '陈主管', '3001': '周师傅' }, ...over });
}

/** Taken at 12:03, a visit agreed for 17:03, sent to 周师傅 (3001); bought in March: under warranty. */
function serviceCall(over: Partial<ServiceCall> = {}): ServiceCall {
  const stamp = { by: '1024', at: AT - 2 * HOUR, counter: 'C2' };
  return {
    id: 'call-1',
    number: NUMBER,
    customer: { name: '陈女士', phone: '13800138000', address: '五一路 8 号 3 栋 502', area: 'inTown' },
    product: { kind: 'aircon', name: '格力空调', model: 'KFR-35GW', serial: 'SN2026001', purchaseDate: '2026-03-01' },
    problem: '不制冷，外机有异响',
    requestType: 'repair',
    serviceType: 'free',
    receivedAt: AT - 2 * HOUR,
    registered: stamp,
    status: 'dispatched',
    appointment: { ...stamp, visitAt: AT + 3 * HOUR },
    reschedules: [],
    dispatch: { by: '2001', at: AT - HOUR, counter: 'C2', technician: '3001' },
    visits: [],
    conflicts: [],
    printCount: 0,
    pendingEntries: 0,
    ...over,
  };
}

describe('service voucher', () => {
  const call = serviceCall();
  const out = renderServiceVoucher({ call }, ctx());
  const text = printedText(out.html);

  it('is laid out for A5 (default) and 80 mm', () => {
    expect(PAPERS_BY_KIND.serviceVoucher).toEqual(['A5', '80mm']);
    expect(out.paper).toBe('A5');
    expect(renderPrint('serviceVoucher', { call }, ctx()).paper).toBe('A5');
    expect(renderPrint('serviceVoucher', { call }, ctx(), '80mm').paper).toBe('80mm');
    expect(() => renderPrint('serviceVoucher', { call }, ctx(), '58mm')).toThrow(RangeError);
  });

  it('has the store, the title, and the number as Code 128, QR and plain text', () => {
    expect(out.recordNumber).toBe(NUMBER);
    expect(out.title).toBe(`服务凭证 ${NUMBER}`);
    expect(text).toContain('华联超市（望京店）');
    expect(text).toContain('服务凭证');
    expect(text).toContain('Service voucher');
    expect(out.html).toContain('data-symbology="code128"');
    expect(out.html).toContain('data-symbology="qrcode"');
    expect(text).toContain(NUMBER);
  });

  it('has the customer in full for the technician, the product, warranty, problem, types, visit, technician and received time', () => {
    for (const part of [
      '陈女士',
      '13800138000',
      '五一路 8 号 3 栋 502（市区）',
      '格力空调',
      'KFR-35GW',
      'SN2026001',
      '2026-03-01',
      '在保 in warranty',
      '不制冷，外机有异响',
      '维修 repair',
      '免费 free (warranty)',
      // AT is 2026-11-25 14:03 in Shanghai.
      '2026-11-25 12:03',
      '2026-11-25 17:03',
      '周师傅 (3001)',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('leaves room for the work done, parts, fee and both signatures with the date', () => {
    for (const part of ['维修内容', 'Work done', '更换配件', 'Parts used', '收费金额', '顾客签字', 'Customer&#x27;s signature', '日期', '技术员签字']) expect(text).toContain(part);
    expect(out.html).toContain('data-box="workDone"');
    expect(out.html).toContain('data-box="parts"');
    expect(out.html).toContain('data-box="fee"');
  });

  it('says 过保 or 未知 from the purchase date, and names the other service types and the area out of town', () => {
    const old = printedText(renderServiceVoucher({ call: serviceCall({ product: { ...call.product, purchaseDate: '2024-01-10' }, serviceType: 'paid' }) }, ctx()).html);
    expect(old).toContain('过保');
    expect(old).toContain('有费');
    const none = serviceCall({ product: { ...call.product, purchaseDate: undefined }, serviceType: 'contract', customer: { ...call.customer, area: 'outOfTown' } });
    const noneText = printedText(renderServiceVoucher({ call: none }, ctx()).html);
    expect(noneText).toContain('未知');
    expect(noneText).toContain('合同');
    expect(noneText).toContain('（郊县）');
    const internal = printedText(renderServiceVoucher({ call: serviceCall({ serviceType: 'internal', requestType: 'installation' }) }, ctx()).html);
    expect(internal).toContain('内部 internal');
    expect(internal).toContain('安装 installation');
  });

  it('leaves a line to write on when no technician is sent yet or no visit agreed, and shows why a visit moved', () => {
    const open = renderServiceVoucher({ call: serviceCall({ dispatch: undefined, appointment: undefined, status: 'registered' }) }, ctx());
    expect(printedText(open.html)).not.toContain('周师傅');
    expect(open.html.match(/class="fill"/g)?.length).toBe(2);
    const moved = serviceCall({ appointment: { by: '1024', at: AT, counter: 'C2', visitAt: AT + 5 * HOUR, reason: '顾客下午才在家' } });
    expect(printedText(renderServiceVoucher({ call: moved }, ctx()).html)).toContain('2026-11-25 19:03（改约：顾客下午才在家）');
  });

  it('marks a reprint 补打 only from the second print on', () => {
    expect(text).not.toContain('补打');
    expect(printedText(renderServiceVoucher({ call }, ctx({ printCount: 2 })).html)).toContain('补打 REPRINT');
  });
});

describe('service voucher as PDF', () => {
  const harness = printHarness();

  async function print(name: string, paper: 'A5' | '80mm', over: Partial<PrintContext> = {}, call = serviceCall()): Promise<PdfReport> {
    const out = renderServiceVoucher({ call }, ctx({ fontBaseUrl: harness.server.baseUrl, ...over }), paper);
    const report = await printToPdf(harness.browser, harness.server.publish(name, out.html), out.paper, harness.outDir, name);
    await pdfToPng(harness.browser, report.pdfPath, name);
    return report;
  }

  function expectVoucherText(report: PdfReport): void {
    // Text runs may be split or spaced differently from the page; compare without whitespace.
    const t = report.text.replace(/\s+/g, '');
    for (const part of [NUMBER, '服务凭证', '顾客签字', '技术员签字', '维修内容', '更换配件', '收费金额', '陈女士', '13800138000', '五一路8号3栋502', '格力空调', 'KFR-35GW', 'SN2026001', '在保']) expect(t).toContain(part);
    const noto = report.fonts.filter((font) => font.name?.includes('NotoSansSC'));
    expect(noto).toContainEqual(expect.objectContaining({ encoding: 'Identity-H', embedded: true }));
    expect(report.overflowPx).toBe(0);
  }

  it('prints on one A5 page (420.9 × 595.3 pt) with everything on it', async () => {
    const report = await print('service-voucher-a5', 'A5');
    expect(report.pages).toBe(1);
    expect(Math.abs(report.widthPt - 148 * MM_TO_PT)).toBeLessThan(SIZE_TOLERANCE_PT);
    expect(Math.abs(report.heightPt - 210 * MM_TO_PT)).toBeLessThan(SIZE_TOLERANCE_PT);
    expectVoucherText(report);
  });

  it('keeps a reprint of paid work with a long problem and a moved visit on one A5 page', async () => {
    const busy = serviceCall({
      serviceType: 'paid',
      problem: '空调开机十分钟后自动停机，显示E1故障代码，室外机风扇不转并伴有嗡嗡声，遥控器更换电池后仍无法调温；顾客说上个月雷雨后开始出现，楼上邻居家同型号空调也有类似情况，请带压力表和备用电容。',
      appointment: { by: '1024', at: AT, counter: 'C2', visitAt: AT + 5 * HOUR, reason: '顾客下午才在家，改到傍晚' },
      customer: { name: '欧阳先生', phone: '13912345678', address: '长沙市开福区五一大道 1088 号华远国际中心 3 栋 2 单元 1502 室', area: 'outOfTown' },
    });
    const report = await print('service-voucher-a5-busy', 'A5', { printCount: 3 }, busy);
    expect(report.pages).toBe(1);
    expect(report.overflowPx).toBe(0);
    const t = report.text.replace(/\s+/g, '');
    for (const part of ['补打', '有费服务须先报价并经顾客同意', '请带压力表和备用电容', '顾客签字']) expect(t).toContain(part);
  });

  it('prints on one 80 mm roll page, a reprint marked 补打', async () => {
    const report = await print('service-voucher-80mm', '80mm', { printCount: 2 });
    expect(report.pages).toBe(1);
    expect(Math.abs(report.widthPt - 80 * MM_TO_PT)).toBeLessThan(SIZE_TOLERANCE_PT);
    expectVoucherText(report);
    expect(report.text.replace(/\s+/g, '')).toContain('补打');
  });

  it('has a Code 128 and a QR code that scan as the number on both papers', async () => {
    // The roll as a 203 dpi thermal head lays it down; the sheet as a 300 dpi scan of the laser print.
    for (const [paper, dpi] of [['80mm', 203], ['A5', 300]] as const) {
      const name = `service-voucher-scan-${paper}`;
      const report = await print(name, paper);
      const found = await barcodesOnPdf(harness.browser, report.pdfPath, { dpi, saveAs: `${harness.outDir}/${name}.png` });
      expect(found).toContainEqual({ format: 'Code128', text: NUMBER });
      expect(found).toContainEqual({ format: 'QRCode', text: NUMBER });
    }
  });
});
