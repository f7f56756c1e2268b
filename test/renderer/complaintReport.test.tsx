// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { complaintsReceivedInMonth, recordCustomerCount } from '../../renderer/db/complaints/report';
import { readStoreProfile } from '../../renderer/db/staff';
import { ComplaintReportScreen } from '../../renderer/features/complaints/reports/ComplaintReportScreen';
import { recordComplaint, sh, takeSteps, TO_INVESTIGATED } from './complaintMonthFixture';
import { makeDesk, SUPERVISOR } from './deskFixture';
import { renderSignedIn } from './renderDesk';

const rowOf = (region: HTMLElement, text: string) => within(region).getByText(text).closest('tr')!.textContent;

/** Complaints taken in time order, each step done when it is received (the clock moved, never slept). */
async function seedNovember() {
  const desk = await makeDesk(sh(2026, 10, 31, 20));
  const at = (ms: number) => {
    desk.clock.at = ms;
  };
  // The last minute of October (Shanghai) is another month.
  at(sh(2026, 10, 31, 23, 59));
  await recordComplaint(desk.asClerk);
  // At the desk, product quality, resolved and followed up (satisfied, 5), a staff cause.
  at(sh(2026, 11, 2, 10));
  const a = await recordComplaint(desk.asClerk, { channel: 'desk' });
  await takeSteps(desk.asSupervisor, a.id, [
    ...TO_INVESTIGATED.map((step) => (step === 'assigned' ? (['assigned', { ownerStaffNo: '2002' }] as const) : step)),
    ['responsibilityAssigned', { causeType: 'staff', staffNo: '1001' }],
    'resolutionProposed',
    'approvalDecided',
    'carriedOut',
    'followedUp',
  ]);
  // By phone, service attitude, major, investigated (a cause typed like a formula).
  at(sh(2026, 11, 10, 10));
  const b = await recordComplaint(desk.asClerk, { category: 'serviceAttitude', severity: 'major' });
  await takeSteps(desk.asSupervisor, b.id, [...TO_INVESTIGATED.slice(0, 3), ['investigated', { cause: '=服务态度差' }]]);
  // Hotline, price, not valid.
  at(sh(2026, 11, 30, 23, 30));
  const c = await recordComplaint(desk.asClerk, { channel: 'hotline', category: 'price' });
  await takeSteps(desk.asSupervisor, c.id, [['validityJudged', { valid: false, reason: '价格无误', answer: '已向顾客解释' }]]);
  // The first minute of December is the next month.
  at(sh(2026, 12, 1, 0, 0));
  await recordComplaint(desk.asClerk);
  at(sh(2026, 12, 1, 10));
  return desk;
}

describe('monthly complaint report', () => {
  it('reads the month by the store-local bounds of the receivedAt index, in chunks with progress', async () => {
    const desk = await seedNovember();
    const progress: { done: number; total: number }[] = [];
    const rows = await complaintsReceivedInMonth(desk.db, '2026-11', 'Asia/Shanghai', (p) => progress.push(p));
    expect(rows).toHaveLength(3);
    expect(progress).toEqual([
      { done: 0, total: 3 },
      { done: 3, total: 3 },
    ]);
  });

  it('counts the month, gives the rate per 10,000 customers, prints A4 and exports CSV', async () => {
    const user = userEvent.setup();
    const desk = await seedNovember();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:complaints';
    });
    URL.revokeObjectURL = vi.fn();
    const { desktop } = await renderSignedIn(desk, SUPERVISOR.staffNo, <ComplaintReportScreen />);
    // Opens on this store month.
    expect(await screen.findByText('2026-12：投诉 1 件，成立 0 件，不成立 0 件')).toBeTruthy();
    await user.clear(screen.getByLabelText('月份'));
    await user.type(screen.getByLabelText('月份'), '2026-11');
    expect((await screen.findByText(/^2026-11：/)).textContent).toBe('2026-11：投诉 3 件，成立 2 件，不成立 1 件');
    expect(rowOf(screen.getByRole('region', { name: '按类别' }), '服务态度')).toBe('服务态度1');
    expect(rowOf(screen.getByRole('region', { name: '按等级' }), '重大')).toBe('重大1');
    expect(rowOf(screen.getByRole('region', { name: '按渠道' }), '热线')).toBe('热线1');
    expect(rowOf(screen.getByRole('region', { name: '主要原因' }), '=服务态度差')).toBe('=服务态度差1');
    expect(rowOf(screen.getByRole('region', { name: '按责任类型' }), '员工原因')).toBe('员工原因1');
    expect(rowOf(screen.getByRole('region', { name: '各项时限达成率' }), '查明原因与责任')).toBe('查明原因与责任20100%');
    expect(screen.getByText('5 / 5（1 件回访评分）')).toBeTruthy();
    expect(screen.getByText('未填写客流')).toBeTruthy();
    // The owner of the one followed-up complaint, whose customer was very satisfied, is the month's service star.
    expect(rowOf(screen.getByRole('region', { name: '服务之星' }), '2002 李主管')).toBe('★ 服务之星 2002 李主管15');

    await user.type(screen.getByLabelText('本月客流（人次）'), '0');
    expect(await screen.findByText('客流须为大于 0 的整数')).toBeTruthy();
    await user.clear(screen.getByLabelText('本月客流（人次）'));
    await user.type(screen.getByLabelText('本月客流（人次）'), '20,000');
    // 3 complaints in 20,000 customers.
    expect(await screen.findByText('1.5')).toBeTruthy();
    // Kept for the month: another month starts empty, and coming back shows the count kept.
    await user.click(screen.getByRole('button', { name: '保存客流' }));
    await waitFor(() => expect(screen.getByRole<HTMLButtonElement>('button', { name: '保存客流' }).disabled).toBe(true));
    expect((await readStoreProfile(desk.db))?.customerCounts).toEqual({ '2026-11': 20_000 });
    await user.clear(screen.getByLabelText('月份'));
    await user.type(screen.getByLabelText('月份'), '2026-10');
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('本月客流（人次）').value).toBe(''));
    await user.clear(screen.getByLabelText('月份'));
    await user.type(screen.getByLabelText('月份'), '2026-11');
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('本月客流（人次）').value).toBe('20000'));
    expect(await screen.findByText('1.5')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '打印月报（A4）' }));
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    expect(desktop.archive[0]!.request).toMatchObject({ kind: 'complaintsMonthly', paper: 'A4', recordNumber: 'COMPLAINTS-2026-11' });
    expect(desktop.archive[0]!.request.html).toContain('投诉月度报告');
    expect(desktop.archive[0]!.request.html).toContain('20000');
    expect(desktop.archive[0]!.request.html).toContain('服务之星');

    await user.click(screen.getByRole('button', { name: '导出 CSV' }));
    expect(created).toHaveLength(1);
    const csv = await created[0]!.text();
    expect(csv.split('\r\n')).toEqual(
      expect.arrayContaining([
        '分类,code,项目,数值,超时,达成率',
        '合计,2026-11,投诉总数,3',
        '成立判定,invalid,不成立,1',
        '投诉率,customers,本月客流（人次）,20000',
        '投诉率,per10k,万人投诉率,1.5',
        '按类别,serviceAttitude,服务态度,1',
        '时限达成,classification,查明原因与责任,2,0,1',
        "主要原因,1,'=服务态度差,1",
        '服务之星（平均满意度）,2002,李主管,5',
        '服务之星（处理件数）,2002,李主管,1',
      ]),
    );
  });

  it('keeps a month’s customer count only from a lead or above, and only a whole number above 0', async () => {
    const desk = await makeDesk();
    await expect(recordCustomerCount(desk.asClerk, { month: '2026-11', count: '20000' })).rejects.toMatchObject({ code: 'error.notAllowed' });
    await expect(recordCustomerCount(desk.asSupervisor, { month: '2026-11', count: '0' })).rejects.toThrow('complaints.report.customerCountInvalid');
    await expect(recordCustomerCount(desk.asSupervisor, { month: '2026-11', count: '' })).rejects.toThrow();
    await recordCustomerCount(desk.asSupervisor, { month: '2026-11', count: '18,500' });
    await recordCustomerCount(desk.asSupervisor, { month: '2026-11', count: '19000' });
    expect((await readStoreProfile(desk.db))?.customerCounts).toEqual({ '2026-11': 19_000 });
    // Every count is kept as an entry: the correction is a new one.
    expect((await desk.db.entries.orderBy('[counter+seq]').toArray()).filter((e) => e.type === 'customerCountRecorded').map((e) => e.data)).toEqual([
      { month: '2026-11', count: 18_500 },
      { month: '2026-11', count: 19_000 },
    ]);
  });
});

