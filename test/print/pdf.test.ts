// @vitest-environment node
// The printouts as Chromium prints them: real PDFs read back in JavaScript,
// and a PNG of each in /tmp/servicedesk-print to look at.
import { describe, expect, it } from 'vitest';
import { renderLockerOpeningSlip, renderLostItemSlip, renderOvernightList, renderStorageTicket, type PrintOutput } from '../../renderer/print';
import { lockerDoor, lostItem, overnightItems, printContext, storageItem } from './fixtures';
import { barcodesOnPdf } from '../e2e/barcodes.mjs';
import { pdfToPng, printHarness, printToPdf, publishAsFile, type PdfReport } from './pdfHarness';

const MM_TO_PT = 72 / 25.4;
/** Chromium rounds the paper to 1/300 in units: 80 mm comes out 227.04 pt (226.77 exact), 58 mm 165.12 (164.41), A4 595.92 wide (595.28). */
const SIZE_TOLERANCE_PT = 1;

const harness = printHarness();

/** Serves the document from the font server's origin, or (`fromFile`) loads it from a temp file. */
async function print(name: string, render: (fontBaseUrl: string) => PrintOutput, fromFile = false): Promise<PdfReport> {
  const out = render(harness.server.baseUrl);
  const url = fromFile ? publishAsFile(harness.outDir, name, out.html) : harness.server.publish(name, out.html);
  const report = await printToPdf(harness.browser, url, out.paper, harness.outDir, name);
  await pdfToPng(harness.browser, report.pdfPath, name);
  return report;
}

function expectNotoEmbedded(report: PdfReport): void {
  const noto = report.fonts.filter((font) => font.name?.includes('NotoSansSC'));
  expect(noto.length).toBeGreaterThan(0);
  // Every Noto face embedded, its glyphs addressed by CID.
  for (const font of noto) expect(font).toMatchObject({ encoding: 'Identity-H', embedded: true });
}

function text(report: PdfReport): string {
  // Text runs may be split or spaced differently from the page; compare without whitespace.
  return report.text.replace(/\s+/g, '');
}

describe('storage ticket PDF', () => {
  it('prints both parts on one 80 mm roll page with the bundled font, loaded from a temp file', async () => {
    const item = storageItem();
    const before = harness.server.fontRequests.length;
    const report = await print('storage-ticket-80mm', (fontBaseUrl) => renderStorageTicket(item, printContext({ fontBaseUrl, printCount: 2 }), '80mm'), true);
    expect(report.pages).toBe(1);
    expect(Math.abs(report.widthPt - 80 * MM_TO_PT)).toBeLessThan(SIZE_TOLERANCE_PT);
    const t = text(report);
    expect(t).toContain('华联超市');
    expect(t).toContain('寄存');
    expect(t).toContain('顾客联');
    expect(t).toContain('物品联');
    // One tag for each of the 3 pieces.
    for (const piece of ['1/3', '2/3', '3/3']) expect(t).toContain(piece);
    expect(t).toContain('补打');
    expect(t).toContain(item.number);
    expect(t).toContain('现金');
    expect(t).toContain('危险品');
    expectNotoEmbedded(report);
    expect(harness.server.fontRequests.length).toBeGreaterThan(before);
    expect(report.overflowPx).toBe(0);
  });

  it('fits a 58 mm roll without clipping', async () => {
    const item = storageItem();
    const report = await print('storage-ticket-58mm', (fontBaseUrl) => renderStorageTicket(item, printContext({ fontBaseUrl }), '58mm'));
    expect(report.pages).toBe(1);
    expect(Math.abs(report.widthPt - 58 * MM_TO_PT)).toBeLessThan(SIZE_TOLERANCE_PT);
    expect(report.overflowPx).toBe(0);
    expect(text(report)).toContain(item.number);
    expect(text(report)).not.toContain('补打');
    expectNotoEmbedded(report);
  });

  // Scan the bars as a 203 dpi printer would lay them down.
  it('has barcodes a scanner reads at 203 dpi', async () => {
    for (const paper of ['80mm', '58mm'] as const) {
      // One piece: the stub is the top part of the ticket, above a single item tag.
      const item = storageItem({ count: 1 });
      const report = await print(`scan-${paper}`, (fontBaseUrl) => renderStorageTicket(item, printContext({ fontBaseUrl }), paper));
      // Only the customer stub: the codes the customer takes away.
      const stubHeightPx = Math.round((report.heightPt / 72) * 203 * 0.45);
      const found = await barcodesOnPdf(harness.browser, report.pdfPath, { dpi: 203, heightPx: stubHeightPx, saveAs: `${harness.outDir}/scan-${paper}.png` });
      expect(found).toContainEqual({ format: 'Code128', text: item.number });
      expect(found).toContainEqual({ format: 'QRCode', text: item.number });
    }
  });
});

describe('other printouts as PDF', () => {
  it('lost item slip on 80 mm', async () => {
    const report = await print('lost-item-slip-80mm', (fontBaseUrl) => renderLostItemSlip(lostItem(), printContext({ fontBaseUrl }), '80mm'));
    expect(report.pages).toBe(1);
    expect(text(report)).toContain('失物登记单');
    expect(text(report)).toContain('SW-S01-C2-261125-0003');
    expect(report.overflowPx).toBe(0);
    expectNotoEmbedded(report);
  });

  it('locker opening slip on 80 mm', async () => {
    const report = await print('locker-opening-80mm', (fontBaseUrl) => renderLockerOpeningSlip(lockerDoor(), printContext({ fontBaseUrl }), '80mm'));
    expect(report.pages).toBe(1);
    expect(text(report)).toContain('协助开柜记录');
    expect(text(report)).toContain('主管签名');
    expect(report.overflowPx).toBe(0);
    expectNotoEmbedded(report);
  });

  it('overnight list on A4', async () => {
    const report = await print('overnight-list-a4', (fontBaseUrl) => renderOvernightList(overnightItems(), printContext({ fontBaseUrl }), 'A4'));
    expect(report.pages).toBe(1);
    expect(Math.abs(report.widthPt - 210 * MM_TO_PT)).toBeLessThan(SIZE_TOLERANCE_PT);
    expect(Math.abs(report.heightPt - 297 * MM_TO_PT)).toBeLessThan(SIZE_TOLERANCE_PT);
    const t = text(report);
    expect(t).toContain('过夜寄存清单');
    expect(t).toContain('JC-S01-C1-261121-0002');
    expect(t).toContain('超期');
    expectNotoEmbedded(report);
  });
});
