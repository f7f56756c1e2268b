// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../shared/domain/invoices/types';
import { renderPrint } from '../../renderer/print';
import { AT, printContext } from './fixtures';

const NUMBER = 'FP-S01-C1-261125-0003';

/** Text content only: what would print, without tags and attributes. */
function printedText(html: string): string {
  return html.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<[^>]+>/g, '');
}

/** A company's electronic special VAT request over two receipts, taken at 14:03. */
function invoice(over: Partial<Invoice> = {}): Invoice {
  return {
    id: 'inv-1',
    number: NUMBER,
    receipts: [
      { receiptNo: 'POS-00000001', receiptTotalFen: 10_000, amountFen: 10_000 },
      { receiptNo: 'POS-00000002', receiptTotalFen: 5_000, amountFen: 2_550 },
    ],
    amountFen: 12_550,
    title: '上海某某科技有限公司',
    buyer: 'company',
    taxpayerNo: '91350100M000100Y43',
    kind: 'specialVat',
    medium: 'electronic',
    phone: '13912345678',
    status: 'requested',
    requested: { by: '1024', at: AT, counter: 'C1' },
    printCount: 0,
    conflicts: [],
    ...over,
  };
}

describe('invoice request slip (开票申请单)', () => {
  it('is on the 80 mm roll with the request number as Code 128, QR and plain text; 58 mm too', () => {
    const out = renderPrint('invoiceSlip', { invoice: invoice() }, printContext());
    expect(out).toMatchObject({ paper: '80mm', recordNumber: NUMBER, title: `开票申请单 ${NUMBER}` });
    expect(out.html).toContain('data-symbology="code128"');
    expect(out.html).toContain('data-symbology="qrcode"');
    expect(printedText(out.html)).toContain(NUMBER);
    expect(renderPrint('invoiceSlip', { invoice: invoice() }, printContext(), '58mm').paper).toBe('58mm');
    expect(() => renderPrint('invoiceSlip', { invoice: invoice() }, printContext(), 'A4')).toThrow(RangeError);
  });

  it('names the title, taxpayer number, type, each receipt with its amount, the phone masked, and who took it', () => {
    const text = printedText(renderPrint('invoiceSlip', { invoice: invoice() }, printContext()).html);
    for (const part of ['开票申请单', '上海某某科技有限公司', '91350100M000100Y43', '增值税专用发票', '电子发票', 'POS-00000001', '¥100.00', 'POS-00000002', '¥25.50', '¥125.50', '139****5678', '已申请，待开票', '王丽 (1024)']) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('13912345678');
    expect(text).not.toContain('补打');
  });

  it('once issued shows the invoice number; a reprint says 补打', () => {
    const issued = invoice({ status: 'issued', issued: { by: '1024', at: AT + 60_000, counter: 'C1', invoiceNo: '26312000000012345678' }, printCount: 1 });
    const text = printedText(renderPrint('invoiceSlip', { invoice: issued }, printContext({ printCount: 2 })).html);
    for (const part of ['已开票', '26312000000012345678', '补打']) expect(text).toContain(part);
  });
});
