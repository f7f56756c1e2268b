// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { registerReturn } from '../../renderer/db/returns/register';
import { ReturnsReportScreen } from '../../renderer/features/returns/ReturnsReportScreen';
import { ReturnsScreen } from '../../renderer/features/returns/ReturnsScreen';
import { ReturnPolicyPanel } from '../../renderer/features/returns/ReturnPolicyPanel';
import { returnPolicyOf } from '../../shared/domain/store';
import { readStoreProfile } from '../../renderer/db/staff';
import { CLERK, makeDesk, SUPERVISOR } from './deskFixture';
import { renderSignedIn } from './renderDesk';

const line = (sku: string, quantity: string, unitPrice: string, category = 'grocery') => ({
  sku,
  name: `商品${sku}`,
  category,
  quantityBought: quantity,
  quantity,
  unitPrice,
  disposition: 'restock',
});
const raw = (lines: ReturnType<typeof line>[], reason = 'quality') => ({
  receiptNo: `POS-${newId().slice(-8).toUpperCase()}`,
  purchaseDate: '2026-11-24',
  lines,
  reason,
  condition: 'unopened',
  outcome: 'refund',
  refundMethod: 'cash',
});

describe('returns report and policy', () => {
  it('shows the month by reason, category and amount, flags batch returns, prints A4 and exports CSV', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await registerReturn(desk.asClerk, newId(), raw([line('MILK', '6', '5.50')]));
    await registerReturn(desk.asClerk, newId(), raw([line('SHIRT', '1', '129', 'clothing')], 'sizeFit'));
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:returns';
    });
    URL.revokeObjectURL = vi.fn();
    const { desktop } = await renderSignedIn(desk, SUPERVISOR.staffNo, <ReturnsReportScreen />);
    expect((await screen.findByRole('status')).textContent).toBe('2026-11：退货 2 笔，7 件，商品金额 ¥162.00，实退 ¥162.00');
    const byReason = screen.getByRole('region', { name: '按原因' });
    expect(within(byReason).getByText('尺码不合适').closest('tr')!.textContent).toBe('尺码不合适11129.00');
    const byCategory = screen.getByRole('region', { name: '按类别' });
    expect(within(byCategory).getByText('服装鞋帽')).toBeTruthy();
    expect(screen.getByText(/单笔退 6 件，¥33.00/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '打印汇总（A4）' }));
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    expect(desktop.archive[0]!.request).toMatchObject({ kind: 'returnsMonthly', paper: 'A4', recordNumber: 'RETURNS-2026-11' });
    expect(desktop.archive[0]!.request.html).toContain('退货月度汇总');
    await user.click(screen.getByRole('button', { name: '导出 CSV' }));
    expect(created).toHaveLength(1);
    const csv = await created[0]!.text();
    expect(csv).toContain('按原因,sizeFit,尺码不合适,1,1,129.00');
    await user.clear(screen.getByLabelText('月份'));
    await user.type(screen.getByLabelText('月份'), '2026-10');
    expect(await screen.findByText('2026-10：退货 0 笔，0 件，商品金额 ¥0.00，实退 ¥0.00')).toBeTruthy();
  });

  it('a supervisor changes the return policy in settings (the command refuses clerks: see returnsData)', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await renderSignedIn(desk, SUPERVISOR.staffNo, <ReturnPolicyPanel />);
    const days = await screen.findByLabelText('退货期（天）');
    expect((days as HTMLInputElement).value).toBe('7');
    await user.clear(days);
    await user.type(days, '15');
    await user.clear(screen.getByLabelText('主管审批金额（元）'));
    await user.type(screen.getByLabelText('主管审批金额（元）'), '1.234');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('金额格式不对：不能为负数，最多两位小数')).toBeTruthy();
    await user.clear(screen.getByLabelText('主管审批金额（元）'));
    await user.type(screen.getByLabelText('主管审批金额（元）'), '300');
    await user.click(screen.getByLabelText('服装鞋帽 不可退货'));
    await user.type(screen.getByLabelText('新类别代码'), 'toys');
    await user.type(screen.getByLabelText('新类别名称'), '玩具');
    await user.click(screen.getByRole('button', { name: '添加类别' }));
    await user.click(screen.getByLabelText('玩具 是三包耐用品'));
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('退货政策已保存，各柜台即时生效。')).toBeTruthy();
    const policy = returnPolicyOf(await readStoreProfile(desk.db));
    expect(policy).toMatchObject({ returnWindowDays: 15, approvalAmountFen: 30_000 });
    expect(policy.categories.find((c) => c.code === 'clothing')?.nonReturnable).toBe(true);
    expect(policy.categories.find((c) => c.code === 'toys')).toEqual({ code: 'toys', name: '玩具', durable: true, nonReturnable: false });
  });

  it('reverses a return from its detail with a reason and a supervisor; the reprint is marked 补打', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    const r = await registerReturn(desk.asClerk, newId(), raw([line('MILK', '1', '5.50')]));
    const { desktop } = await renderSignedIn(desk, CLERK.staffNo, <ReturnsScreen />);
    await user.click(await screen.findByRole('button', { name: `查看 ${r.number}` }));
    const detail = await screen.findByRole('region', { name: `退货单 ${r.number}` });
    await user.click(await within(detail).findByRole('button', { name: '打印' }));
    await user.click(await within(detail).findByRole('button', { name: '补打' }));
    await waitFor(() => expect(desktop.archive).toHaveLength(2));
    expect(desktop.archive[1]!.request.html).toContain('补打');
    await user.click(within(detail).getByRole('button', { name: '冲销…' }));
    expect(await within(detail).findByText('必填')).toBeTruthy();
    await user.type(within(detail).getByLabelText('冲销原因'), '录入错误');
    await user.click(within(detail).getByRole('button', { name: '冲销…' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain(`冲销退货单 ${r.number}`);
    await user.type(within(dialog).getByLabelText('主管工号'), SUPERVISOR.staffNo);
    await user.type(within(dialog).getByLabelText('主管 PIN 码'), SUPERVISOR.pin);
    await user.click(within(dialog).getByRole('button', { name: '批准' }));
    expect(await within(detail).findByText(/已冲销：录入错误/)).toBeTruthy();
    expect(within(detail).queryByRole('button', { name: '冲销…' })).toBeNull();
    expect(await desk.db.returns.get(r.id)).toMatchObject({ status: 'reversed', reversed: { approvedBy: SUPERVISOR.staffNo } });
  });
});
