// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { recordQuote } from '../../renderer/db/service/aftercare';
import { recordVisit } from '../../renderer/db/service/calls';
import { FeesScreen } from '../../renderer/features/service/fees/FeesScreen';
import { CLERK } from './deskFixture';
import { renderSignedIn } from './renderDesk';
import { acceptedCall, doneCall, HOUR, visitForm } from './serviceAftercareFixture';
import { makeServiceDesk } from './serviceFixture';
import { fieldError, typeInto } from './serviceScreens';

const quote = (amount: string) => ({ amount, work: '更换配件', agreed: true });

/** 11-25: 周 takes ¥80 at 12:00, 吴 ¥45.50 at 14:00, a free job at 16:00; 11-26: 周 takes ¥30 at 18:00. The clock ends at 11-26 18:00. */
async function feesDesk() {
  const desk = await makeServiceDesk();
  const zhou = await acceptedCall(desk);
  await recordQuote(desk.asClerk, zhou.id, quote('200'));
  await recordVisit(desk.asClerk, zhou.id, visitForm(desk, { fee: '80', invoiceNo: 'fp-0002' }));
  const wu = await acceptedCall(desk, { productKind: 'washer' }, 'wu');
  await recordQuote(desk.asClerk, wu.id, quote('45.50'));
  await recordVisit(desk.asClerk, wu.id, visitForm(desk, { fee: '45.5', invoiceNo: 'FP0003' }));
  await doneCall(desk);
  desk.clock.advance(24 * HOUR);
  const nextDay = await acceptedCall(desk);
  await recordQuote(desk.asClerk, nextDay.id, quote('30'));
  await recordVisit(desk.asClerk, nextDay.id, visitForm(desk, { fee: '30', invoiceNo: 'FP0009' }));
  return { desk, zhou, wu, nextDay };
}

const rows = (caption: string) =>
  within(screen.getByRole('table', { name: caption }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.textContent);

describe('今日收费', () => {
  it("shows the store day's fees with invoice numbers and totals per technician, another day by the picker, and exports CSV", async () => {
    const user = userEvent.setup();
    const { desk, zhou, wu, nextDay } = await feesDesk();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:fees';
    });
    URL.revokeObjectURL = vi.fn();
    await renderSignedIn(desk, CLERK.staffNo, <FeesScreen />);

    // Today (11-26) by default.
    expect(screen.getByLabelText<HTMLInputElement>('日期').value).toBe('2026-11-26');
    await waitFor(() => expect(rows('收费明细')).toEqual([`2026-11-26 18:00${nextDay.number}上门维修周师傅 (3001)FP000930.00`]));

    await typeInto(user, '日期', '2026-11-25');
    await waitFor(() => expect(screen.getByTestId('service-fees-total').textContent).toBe('合计 2 笔，¥125.50'));
    expect(rows('收费明细')).toEqual([`2026-11-25 12:00${zhou.number}上门维修周师傅 (3001)FP-000280.00`, `2026-11-25 14:00${wu.number}上门维修吴师傅 (3002)FP000345.50`]);
    expect(rows('按技术员合计')).toEqual(['周师傅 (3001)180.00', '吴师傅 (3002)145.50', '合计2125.50']);

    await user.click(screen.getByRole('button', { name: '导出 CSV' }));
    expect(created).toHaveLength(1);
    expect((await created[0]!.text()).split('\r\n')).toEqual([
      '时间,单号,项目,工号,技术员,发票号码,金额（元）',
      `2026-11-25 12:00,${zhou.number},上门维修,3001,周师傅,FP-0002,80.00`,
      `2026-11-25 14:00,${wu.number},上门维修,3002,吴师傅,FP0003,45.50`,
      '合计,,,3001,周师傅,,80.00',
      '合计,,,3002,吴师傅,,45.50',
      '合计,,,,,,125.50',
      '',
    ]);
  });

  it('a day with no fee says so; a day the picker cannot hold is a message at the field', async () => {
    const user = userEvent.setup();
    const { desk } = await feesDesk();
    await renderSignedIn(desk, CLERK.staffNo, <FeesScreen />);
    await typeInto(user, '日期', '2026-11-24');
    expect(await screen.findByText('这一天没有收费')).toBeTruthy();
    expect(screen.getByTestId('service-fees-total').textContent).toBe('合计 0 笔，¥0.00');
    expect(screen.queryByRole('button', { name: '导出 CSV' })).toBeNull();
    await typeInto(user, '日期', '');
    await waitFor(() => expect(fieldError('日期')).toBe('日期不对'));
    expect(screen.queryByRole('table')).toBeNull();
  });
});
