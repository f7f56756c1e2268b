import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectGiftStock } from '../../shared/domain/gifts/projection';
import { reconcileCampaign, reconciliationCsv } from '../../shared/domain/gifts/reconciliation';
import type { Handout } from '../../shared/domain/gifts/types';
import { campaign, stockEntry, T0 } from './giftsFixtures';

type H = Pick<Handout, 'campaignId' | 'giftId' | 'quantity' | 'status'>;
const handed = (giftId: string, status: Handout['status'] = 'handedOut', quantity = 1): H => ({ campaignId: 'c1', giftId, quantity, status });

describe('end-of-campaign reconciliation', () => {
  const c = campaign();
  const cups = projectGiftStock([
    stockEntry('received', { quantity: 50 }, T0),
    stockEntry('issued', { handoutId: 'h1', handoutNumber: 'ZP-1', quantity: 1 }, T0 + 1),
    stockEntry('issued', { handoutId: 'h2', handoutNumber: 'ZP-2', quantity: 1 }, T0 + 2),
    stockEntry('issued', { handoutId: 'h3', handoutNumber: 'ZP-3', quantity: 1 }, T0 + 3),
    stockEntry('returned', { handoutId: 'h2', quantity: 1 }, T0 + 4),
    stockEntry('adjusted', { quantity: -2, reason: '破损' }, T0 + 5),
  ])!;

  it('received = (issued − returned) + remaining − adjusted, per gift, and balances with the handout records', () => {
    const rec = reconcileCampaign(c, [cups], [handed('G1'), handed('G1', 'reversed'), handed('G1')]);
    const row = rec.rows[0]!;
    expect(row).toMatchObject({ name: '保温杯', received: 50, issued: 3, returned: 1, netIssued: 2, adjusted: -2, remaining: 46, accountedFor: 50, balances: true });
    expect(row.netIssuedValueFen).toBe(2 * 3900);
    // A gift with nothing received is listed with zeros and balances.
    expect(rec.rows[1]).toMatchObject({ name: '电饭煲', received: 0, remaining: 0, balances: true });
    expect(rec.balances).toBe(true);
    expect(rec.totals).toMatchObject({ received: 50, netIssued: 2, remaining: 46 });
  });

  it('does not balance when the handout records and the stock disagree, or a stock alarm is open', () => {
    expect(reconcileCampaign(c, [cups], [handed('G1'), handed('G1')]).balances).toBe(false);
    const alarmed = { ...cups, conflicts: [{ entryId: 'x', kind: 'belowZero' as const, handoutId: 'h9', handoutNumber: 'ZP-9', by: '1', at: T0, counter: 'C2' }] };
    const rec = reconcileCampaign(c, [alarmed], [handed('G1'), handed('G1', 'reversed'), handed('G1')]);
    expect(rec.rows[0]).toMatchObject({ alarms: 1, balances: false });
  });

  it('property: whatever the history, the identity holds for the projected stock', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('received', 'issued', 'returned', 'adjusted'), fc.integer({ min: -4, max: 6 })), { maxLength: 30 }), (steps) => {
        const entries = steps.map(([kind, q], i) => {
          const quantity = Math.max(1, Math.abs(q));
          if (kind === 'received') return stockEntry('received', { quantity }, T0 + i);
          if (kind === 'issued') return stockEntry('issued', { handoutId: `h${i}`, handoutNumber: `ZP-${i}`, quantity }, T0 + i);
          if (kind === 'returned') return stockEntry('returned', { handoutId: `h${i}`, quantity }, T0 + i);
          return stockEntry('adjusted', { quantity: q === 0 ? 1 : q, reason: 'count' }, T0 + i);
        });
        const stock = projectGiftStock([stockEntry('received', { quantity: 1 }, T0 - 1), ...entries])!;
        const row = reconcileCampaign(c, [stock], []).rows[0]!;
        expect(row.accountedFor).toBe(row.received);
      }),
    );
  });

  it('exports CSV with a BOM, bilingual headers, quoted cells and a total row', () => {
    const withComma = campaign({ gifts: [{ giftId: 'G1', name: '保温杯,大号 "红"', valueFen: 3900 }, { giftId: 'G2', name: '电饭煲', valueFen: 19900 }] });
    const csv = reconciliationCsv(reconcileCampaign(withComma, [cups], [handed('G1'), handed('G1', 'reversed'), handed('G1')]));
    expect(csv.startsWith('\uFEFF赠品 Gift,单价 Value,入库 Received')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('"保温杯,大号 ""红""",39.00,50,3,1,2,0,-2,46,50,3,1,0,78.00,平衡 yes');
    expect(lines[3]).toMatch(/^合计 Total,,50,3,1,2,0,-2,46,50,3,1,0,78.00,平衡 yes$/);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
