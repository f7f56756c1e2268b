// @vitest-environment node
// The complaint acknowledgment slip (投诉受理回执): its content as HTML, and as
// Chromium prints it: a real PDF read back, the QR scanned.
import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../shared/domain/complaints';
import { PAPERS_BY_KIND } from '../../shared/schema/print';
import { renderComplaintSlip, renderPrint } from '../../renderer/print';
import { build, sh } from '../unit/complaints.fixtures';
import { printContext } from './fixtures';
import { barcodesOnPdf } from '../e2e/barcodes.mjs';
import { printHarness, printToPdf } from './pdfHarness';

/** Text content only: what would print, without tags and attributes. */
function printedText(html: string): string {
  return html.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<[^>]+>/g, '');
}

const PROMISED = sh(2026, 11, 25, 10);

function complaint(over: Partial<Complaint> = {}): Complaint {
  return { ...build([['recorded', 'clerk']]), ...over };
}

describe('complaint acknowledgment slip', () => {
  const c = complaint();
  const out = renderComplaintSlip({ complaint: c, promisedReplyAt: PROMISED }, printContext(), '80mm');
  const text = printedText(out.html);

  it('is laid out for 80 mm (default), 58 mm, A5 and A4', () => {
    expect(PAPERS_BY_KIND.complaintSlip).toEqual(['80mm', '58mm', 'A5', 'A4']);
    expect(renderPrint('complaintSlip', { complaint: c }, printContext()).paper).toBe('80mm');
    for (const paper of PAPERS_BY_KIND.complaintSlip) expect(renderPrint('complaintSlip', { complaint: c, promisedReplyAt: PROMISED }, printContext(), paper).paper).toBe(paper);
  });

  it('has the store, the title, and the number as QR, barcode and plain text', () => {
    expect(out.recordNumber).toBe('TS-S01-C1-261123-0001');
    expect(out.title).toBe('投诉受理回执 TS-S01-C1-261123-0001');
    expect(text).toContain('华联超市（望京店）');
    expect(text).toContain('投诉受理回执');
    expect(text).toContain('Complaint acknowledgment');
    expect(out.html).toContain('data-symbology="qrcode"');
    expect(out.html).toContain('data-symbology="code128"');
    expect(text).toContain('TS-S01-C1-261123-0001');
  });

  it('shows the received time in the store zone, channel, category, severity, the gist and the request', () => {
    // T0 = Monday 2026-11-23 10:00 in Shanghai.
    expect(text).toContain('2026-11-23 10:00');
    for (const part of ['电话', '商品质量', '一般', '牛奶过期两天仍在货架上', '退款并道歉', '王女士']) expect(text).toContain(part);
  });

  it('promises the reply time and says where to follow up', () => {
    expect(text).toContain('答复时限');
    expect(text).toContain('2026-11-25 10:00');
    expect(text).toContain('查询进度请凭本回执号到总服务台');
    expect(text).toContain('柜台 C2');
  });

  it('gives the desk phone to call with the number, once the desk has set one', () => {
    expect(text).not.toContain('服务台电话');
    const withPhone = printedText(renderComplaintSlip({ complaint: c, promisedReplyAt: PROMISED }, printContext({ deskPhone: '010-6478 1234' }), '80mm').html);
    expect(withPhone).toContain('或来电告知回执号');
    expect(withPhone).toContain('服务台电话Desk phone010-6478 1234');
  });

  it('masks the phone and shortens a long account on a roll', () => {
    expect(text).toContain('138****8000');
    expect(out.html).not.toContain('13800138000');
    const long = '货架上的牛奶过期了'.repeat(30);
    const rolled = printedText(renderComplaintSlip({ complaint: complaint({ description: long }) }, printContext(), '58mm').html);
    expect(rolled).not.toContain(long);
    expect(rolled).toContain('…');
    expect(printedText(renderComplaintSlip({ complaint: complaint({ description: long }) }, printContext(), 'A4').html)).toContain(long);
  });

  it('says no reply was asked for instead of a promise', () => {
    const quiet = printedText(renderComplaintSlip({ complaint: complaint({ replyWanted: false }), promisedReplyAt: PROMISED }, printContext()).html);
    expect(quiet).toContain('您表示无需答复');
    expect(quiet).not.toContain('答复时限');
  });

  it('marks a reprint 补打 only from the second print on', () => {
    expect(text).not.toContain('补打');
    expect(printedText(renderComplaintSlip({ complaint: c }, printContext({ printCount: 2 })).html)).toContain('补打 REPRINT');
  });
});

describe('complaint acknowledgment slip as PDF', () => {
  const harness = printHarness();

  it('prints on one 80 mm page; the text holds the number, 投诉 and the desk phone, nothing is clipped', async () => {
    const c = complaint();
    const out = renderComplaintSlip({ complaint: c, promisedReplyAt: PROMISED }, printContext({ fontBaseUrl: harness.server.baseUrl, deskPhone: '010-6478 1234' }), '80mm');
    const report = await printToPdf(harness.browser, harness.server.publish('complaint-slip-80mm', out.html), out.paper, harness.outDir, 'complaint-slip-80mm');
    expect(report.pages).toBe(1);
    const t = report.text.replace(/\s+/g, '');
    expect(t).toContain(c.number);
    expect(t).toContain('投诉');
    expect(t).toContain('2026-11-2510:00');
    expect(t).toContain('服务台电话');
    expect(t).toContain('010-64781234');
    expect(report.overflowPx).toBe(0);
  });

  it('fits 58 mm and A5 without clipping', async () => {
    for (const paper of ['58mm', 'A5'] as const) {
      const out = renderComplaintSlip({ complaint: complaint(), promisedReplyAt: PROMISED }, printContext({ fontBaseUrl: harness.server.baseUrl }), paper);
      const report = await printToPdf(harness.browser, harness.server.publish(`complaint-slip-${paper}`, out.html), out.paper, harness.outDir, `complaint-slip-${paper}`);
      expect(report.pages).toBe(1);
      expect(report.overflowPx).toBe(0);
    }
  });

  it('has a QR code a phone or scanner reads as the number', async () => {
    const c = complaint();
    const out = renderComplaintSlip({ complaint: c, promisedReplyAt: PROMISED }, printContext({ fontBaseUrl: harness.server.baseUrl }), '80mm');
    const report = await printToPdf(harness.browser, harness.server.publish('complaint-slip-scan', out.html), out.paper, harness.outDir, 'complaint-slip-scan');
    const found = await barcodesOnPdf(harness.browser, report.pdfPath, { dpi: 203, saveAs: `${harness.outDir}/complaint-slip-scan.png` });
    expect(found).toContainEqual({ format: 'QRCode', text: c.number });
  });
});
