// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { drawWinners, participantsFingerprint } from '../../shared/domain/gifts/draw';
import { reconcileCampaign } from '../../shared/domain/gifts/reconciliation';
import type { Draw, GiftStock } from '../../shared/domain/gifts/types';
import { renderDrawResult, renderHandoutSlip, renderPrint, renderReconciliation } from '../../renderer/print';
import { AT, handout, printContext } from '../print/fixtures';
import { campaign } from './giftsFixtures';

/** Text content only: what would print. */
function printedText(html: string): string {
  return html.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<[^>]+>/g, '');
}

describe('handout slip (赠品发放单)', () => {
  const { html, paper, recordNumber } = renderHandoutSlip(handout(), campaign(), printContext(), '80mm');
  const text = printedText(html);

  it('has the store, title, number as barcode + QR + digits, campaign, receipt and amount, gift, staff, time', () => {
    expect(paper).toBe('80mm');
    expect(recordNumber).toBe('ZP-S01-C2-261125-0003');
    for (const part of ['华联超市（望京店）', '赠品发放单', 'ZP-S01-C2-261125-0003', '双十一满赠', 'R2611250001', '¥256.80', '保温杯 ×1', '¥39.00', '王丽 (1024)', '2026-11-25 14:03']) {
      expect(text).toContain(part);
    }
    expect(html).toContain('data-symbology="code128"');
    expect(html).toContain('data-symbology="qrcode"');
  });

  it('prints the receipt\'s purchase date when the handout has one', () => {
    expect(text).not.toContain('购物日期');
    expect(printedText(renderHandoutSlip(handout({ purchaseDate: '2026-11-24' }), campaign(), printContext()).html)).toContain('购物日期Bought on2026-11-24');
  });

  it('masks the phone and marks a reprint 补打', () => {
    expect(text).toContain('138****5678');
    expect(html).not.toContain('13812345678');
    expect(text).not.toContain('补打');
    expect(printedText(renderHandoutSlip(handout(), campaign(), printContext({ printCount: 2 })).html)).toContain('补打');
  });

  it('shows a reversal with the return number; fits 58 mm too', () => {
    const reversed = handout({ status: 'reversed', reversed: { by: '2001', at: AT + 60_000, counter: 'C1', reason: '顾客退货', returnNumber: 'TH-S01-C1-261125-0002' } });
    const t = printedText(renderHandoutSlip(reversed, campaign(), printContext(), '58mm').html);
    expect(t).toContain('已冲销');
    expect(t).toContain('TH-S01-C1-261125-0002');
    expect(t).toContain('陈主管 (2001)');
    expect(() => renderPrint('handoutSlip', { handout: handout(), campaign: campaign() }, printContext(), 'A4')).toThrow(RangeError);
  });
});

describe('reconciliation (赠品对账单)', () => {
  const stock: GiftStock = { id: 'c1:G1', campaignId: 'c1', giftId: 'G1', received: 50, issued: 3, returned: 1, adjusted: -2, remaining: 46, conflicts: [], pendingEntries: 0 };
  const hs = [handout(), handout({ id: 'h2', status: 'reversed' }), handout({ id: 'h3' })];

  it('prints per gift the identity figures and says it balances, on A4', () => {
    const rec = reconcileCampaign(campaign(), [stock], hs);
    const out = renderPrint('reconciliation', { campaign: campaign(), reconciliation: rec }, printContext());
    expect(out.paper).toBe('A4');
    expect(out.recordNumber).toBe('HD-S01-C1-261120-0001');
    const text = printedText(out.html);
    for (const part of ['赠品对账单', '双十一满赠', '2026-11-20 ~ 2026-11-30', '入库 = （发放 − 退回）+ 公益 + 结存 − 调整', '保温杯', '电饭煲', '平衡 balances', '78.00']) expect(text).toContain(part);
  });

  it('says when it does not balance', () => {
    const rec = reconcileCampaign(campaign(), [{ ...stock, issued: 5 }], hs);
    expect(printedText(renderReconciliation(campaign(), rec, printContext()).html)).toContain('不平衡 does NOT balance');
  });
});

describe('draw result (抽奖结果)', () => {
  const participants = ['R001', 'R002', 'R003'];
  const tiers = [
    { name: '一等奖', prize: '电视机', quantity: 1 },
    { name: '二等奖', prize: '电饭煲', quantity: 3 },
  ];
  const draw: Draw = {
    id: 'd1',
    number: 'CJ-S01-C1-261125-0001',
    name: '店庆抽奖',
    seed: '0123456789abcdef',
    participants,
    tiers,
    winners: drawWinners('0123456789abcdef', participants, tiers).winners,
    drawn: { by: '1024', at: AT, counter: 'C1' },
    handedOut: [],
    printCount: 0,
    pendingEntries: 0,
  };

  it('lists winners per tier, the seed, the list check code and what stayed unawarded (A4 and 80 mm)', () => {
    for (const paper of ['A4', '80mm'] as const) {
      const out = renderDrawResult(draw, printContext(), paper);
      const text = printedText(out.html);
      expect(out.recordNumber).toBe('CJ-S01-C1-261125-0001');
      for (const part of ['抽奖结果', '店庆抽奖', '0123456789abcdef', participantsFingerprint(participants), '一等奖', '电视机', '未抽出', '×1', ...participants]) {
        expect(text).toContain(part);
      }
    }
  });
});
