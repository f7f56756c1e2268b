// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PRINT_KINDS } from '../../shared/schema/print';
import {
  PRINT_TEMPLATES,
  renderLockerOpeningSlip,
  renderLostItemSlip,
  renderOvernightList,
  renderPrint,
  renderStorageTicket,
} from '../../renderer/print';
import { AT, lockerDoor, lostItem, overnightItems, printContext, storageItem } from './fixtures';

function count(html: string, part: string): number {
  return html.split(part).length - 1;
}

/** Text content only: what would print, without tags and attributes. */
function printedText(html: string): string {
  return html.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<[^>]+>/g, '');
}

describe('storage ticket', () => {
  const item = storageItem();
  const { html, paper, recordNumber } = renderStorageTicket(item, printContext(), '80mm');
  const text = printedText(html);

  it('has the store, both parts and the cut line between them', () => {
    expect(paper).toBe('80mm');
    expect(recordNumber).toBe(item.number);
    expect(text).toContain('华联超市（望京店）');
    expect(text).toContain('顾客联');
    expect(text).toContain('物品联');
    expect(text.indexOf('顾客联')).toBeLessThan(text.indexOf('剪开'));
    expect(text.indexOf('剪开')).toBeLessThan(text.indexOf('物品联'));
  });

  it('gives each part the number as Code 128, QR and plain digits', () => {
    // The customer stub and the tags of the 3 pieces.
    expect(count(html, 'data-symbology="code128"')).toBe(4);
    expect(count(html, 'data-symbology="qrcode"')).toBe(4);
    expect(count(text, item.number)).toBe(4);
  });

  it('prints one item tag per piece, each saying which piece it is, cut apart', () => {
    expect(item.count).toBe(3);
    expect([...html.matchAll(/data-part="item" data-piece="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2', '3']);
    for (const piece of ['1/3', '2/3', '3/3']) expect(count(text, piece)).toBe(1);
    expect(count(text, '物品联')).toBe(3);
    expect(count(text, '剪开')).toBe(3);
    const single = printedText(renderStorageTicket(storageItem({ count: 1 }), printContext()).html);
    expect(count(single, '物品联')).toBe(1);
    expect(single).toContain('1/1');
  });

  it('shows description, count, slot, deposit time and the customer with a masked phone', () => {
    expect(text).toContain(item.description);
    expect(text).toContain('A-03');
    expect(text).toContain('2026-11-25 14:03');
    expect(text).toContain('李先生');
    expect(text).toContain('138****5678');
    expect(html).not.toContain('13812345678');
  });

  it('lists what the desk refuses, with the liability terms', () => {
    for (const word of ['现金', '贵重物品', '易腐食品', '活体动物', '危险品']) expect(text).toContain(word);
    expect(text).toContain('live animals');
    expect(text).toContain('超过3天未取转入失物招领');
    expect(printedText(renderStorageTicket(item, printContext(), '80mm', 7).html)).toContain('超过7天未取');
  });

  it('marks a reprint only from the second print on', () => {
    expect(text).not.toContain('补打');
    const reprint = printedText(renderStorageTicket(item, printContext({ printCount: 2 }), '80mm').html);
    expect(reprint).toContain('补打 REPRINT');
    expect(reprint).toContain('第2次打印');
  });

  it('prints time in the store time zone, with counter and staff', () => {
    expect(text).toContain('打印 2026-11-25 14:03');
    expect(text).toContain('柜台 C2');
    expect(text).toContain('王丽 (1024)');
  });

  it('names the locker a cleared item came from', () => {
    const cleared = printedText(renderStorageTicket(storageItem({ source: 'locker', lockerDoorId: 'A-07' }), printContext()).html);
    expect(cleared).toContain('寄存柜清出 A-07');
  });
});

describe('lost item slip', () => {
  it('has the registration and a registrar signature line', () => {
    const item = lostItem();
    const text = printedText(renderLostItemSlip(item, printContext()).html);
    expect(text).toContain('失物登记单');
    expect(text).toContain(item.number);
    expect(text).toContain('生鲜区 3号收银台旁');
    expect(text).toContain('2026-11-25 13:33');
    expect(text).toContain('保管中');
    expect(text).toContain('登记人签名');
    expect(text).not.toContain('领取人签名');
  });

  it('adds the claim with a masked phone and the claimant signature', () => {
    const item = lostItem({
      status: 'claimed',
      claimed: { by: '1024', at: AT, counter: 'C2', claimantName: '周女士', phone: '13600001111', identityNote: '描述一致' },
    });
    const html = renderLostItemSlip(item, printContext()).html;
    expect(printedText(html)).toContain('周女士');
    expect(printedText(html)).toContain('136****1111');
    expect(printedText(html)).toContain('领取人签名');
    expect(html).not.toContain('13600001111');
  });

  it('prints an inline photo only', () => {
    const photo = 'data:image/jpeg;base64,AAAA';
    expect(renderLostItemSlip(lostItem({ photo }), printContext()).html).toContain(`src="${photo}"`);
    expect(renderLostItemSlip(lostItem({ photo: 'http://example.com/x.jpg' }), printContext()).html).not.toContain('example.com');
  });
});

describe('locker opening slip', () => {
  it('records the opening with customer and supervisor signature lines', () => {
    const out = renderLockerOpeningSlip(lockerDoor(), printContext());
    const text = printedText(out.html);
    expect(out.recordNumber).toBe('KG-S01-C2-261125-0001');
    expect(text).toContain('协助开柜记录');
    expect(text).toContain('A-07');
    expect(text).toContain('顾客遗失存包条');
    expect(text).toContain('139****4321');
    expect(text).toContain('陈主管 (2001)');
    expect(text).toContain('顾客签名');
    expect(text).toContain('主管签名');
  });

  it('refuses a door that was never opened by the desk', () => {
    expect(() => renderLockerOpeningSlip(lockerDoor({ lastOpening: undefined }), printContext())).toThrow(/no assisted opening/);
  });
});

describe('overnight list', () => {
  it('lists what is still held, oldest first, with days held and overdue marked, on A4', () => {
    const released = storageItem({ id: 'gone', number: 'JC-S01-C2-261124-0009', status: 'released' });
    const out = renderOvernightList([...overnightItems(), released], printContext());
    const rows = [...out.html.matchAll(/<tr data-number="([^"]+)">/g)].map((m) => m[1]);
    expect(out.paper).toBe('A4');
    expect(out.recordNumber).toBe('OVERNIGHT-261125');
    expect(out.html).toContain('@page { size: 210mm 297mm;');
    expect(rows).toEqual(['JC-S01-C1-261121-0002', 'JC-S01-C2-261125-0001', 'JC-S01-C2-261125-0007']);
    const text = printedText(out.html);
    expect(text).toContain('3 笔 / 5 件');
    expect(text).toMatch(/4 超期/);
    expect(count(text, '超期')).toBe(3); // summary label, the one row, the note
  });

  it('says so when nothing is held', () => {
    expect(printedText(renderOvernightList([], printContext()).html)).toContain('无过夜寄存物品');
  });
});

describe('print registry', () => {
  it('has a template for every print kind', () => {
    expect(Object.keys(PRINT_TEMPLATES).sort()).toEqual([...PRINT_KINDS].sort());
  });

  it('renders on the default paper and refuses a paper the layout is not made for', () => {
    expect(renderPrint('overnightList', { items: [] }, printContext()).paper).toBe('A4');
    expect(renderPrint('storageTicket', { item: storageItem() }, printContext(), '58mm').paper).toBe('58mm');
    expect(() => renderPrint('storageTicket', { item: storageItem() }, printContext(), 'A4')).toThrow(RangeError);
  });
});
