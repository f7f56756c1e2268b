// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComplaintDetail } from '../../renderer/features/complaints/detail/ComplaintDetail';
import { CLERK, SUPERVISOR } from './deskFixture';
import { LEAD, makeComplaintDesk, MANAGER, recordComplaint } from './complaintWorkflowFixture';
import { renderSignedIn } from './renderDesk';

const MIN = 60_000;
const HOUR = 60 * MIN;

async function open(user: UserEvent, name: string) {
  await user.click(await screen.findByRole('button', { name }));
}

async function submit(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: '提交' }));
}

async function recorded(step: string) {
  expect((await screen.findByRole('status')).textContent).toBe(`已记录：${step}`);
}

const state = () => screen.getByTestId('complaint-state').textContent;

function offered(): string[] {
  return within(screen.getByRole('region', { name: '可办理的步骤' }))
    .getAllByRole('button')
    .map((b) => b.textContent ?? '');
}

/** The dialog names the least role that may approve; anyone of that role or above does. */
async function approveAs(user: UserEvent, dialogName: string, who: { staffNo: string; pin: string }) {
  const dialog = await screen.findByRole('dialog', { name: dialogName });
  await user.type(within(dialog).getByLabelText('审批人工号'), who.staffNo);
  await user.type(within(dialog).getByLabelText('审批人 PIN 码'), `${who.pin}{Enter}`);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('complaint detail and workflow', () => {
  it('offers each person only the steps the workflow allows, the higher ones as needing approval', async () => {
    const desk = await makeComplaintDesk();
    const { id } = await recordComplaint(desk.asClerk);
    const urgent = await recordComplaint(desk.asClerk, { severity: 'urgent' });

    const clerk = await renderSignedIn(desk, CLERK.staffNo, <ComplaintDetail complaintId={id} />);
    await screen.findByRole('region', { name: '可办理的步骤' });
    expect(offered()).toEqual(['判定是否成立（需上级批准）', '已联系顾客', '暂停计时（需上级批准）', '延长时限（需上级批准）', '升级']);
    clerk.unmount();

    const lead = await renderSignedIn(desk, LEAD.staffNo, <ComplaintDetail complaintId={id} />);
    await screen.findByRole('region', { name: '可办理的步骤' });
    expect(offered()).toEqual(['判定是否成立', '已联系顾客', '暂停计时', '延长时限（需上级批准）', '升级']);
    lead.unmount();

    await renderSignedIn(desk, SUPERVISOR.staffNo, <ComplaintDetail complaintId={urgent.id} />);
    await screen.findByRole('region', { name: '可办理的步骤' });
    expect(offered()).toEqual(['判定是否成立', '已联系顾客', '已到场', '暂停计时', '延长时限', '升级']);
    // What was recorded, and every limit running.
    expect(screen.getByText('鲜牛奶 1L', { exact: false }).textContent).toBe('商品：鲜牛奶 1L · 生鲜部');
    const limits = within(screen.getByRole('table', { name: '时限' }));
    expect(limits.getByText('人员到场').closest('tr')?.textContent).toBe('人员到场2026-11-25 10:10计时中还剩 10 分钟');
  });

  it('drives a major complaint through every step: approvals by the store manager, an unsatisfied follow-up back to the department, close', async () => {
    const user = userEvent.setup();
    const desk = await makeComplaintDesk();
    const { id, number } = await recordComplaint(desk.asClerk, { severity: 'major' });
    await renderSignedIn(desk, SUPERVISOR.staffNo, <ComplaintDetail complaintId={id} />);

    await open(user, '判定是否成立');
    await submit(user);
    expect(await screen.findByText('必填')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: '成立' }));
    await user.type(screen.getByLabelText('判定理由'), '核实属实');
    await submit(user);
    await recorded('判定是否成立');
    expect(state()).toBe('已判定成立 · 处理级别：总台领班');

    await open(user, '分类（能否解决）');
    await user.click(screen.getByRole('radio', { name: '短期内解决' }));
    await submit(user);
    await recorded('分类（能否解决）');

    await open(user, '分派部门和负责人');
    expect(screen.getByLabelText<HTMLInputElement>('责任部门').value).toBe('生鲜部');
    await user.type(screen.getByLabelText('负责人姓名'), '李小红');
    await user.type(screen.getByLabelText('负责人工号'), `${CLERK.staffNo}{Enter}`);
    await recorded('分派部门和负责人');

    const investigate = async (cause: string) => {
      await open(user, '调查原因');
      await user.type(screen.getByLabelText('原因'), `${cause}{Enter}`);
      await recorded('调查原因');
    };
    await investigate('未按规定巡检临期商品');

    await open(user, '提出处理方案');
    await user.click(screen.getByRole('checkbox', { name: '道歉' }));
    await user.click(screen.getByRole('checkbox', { name: '退款' }));
    await submit(user);
    expect(await screen.findByText('请填写金额')).toBeTruthy();
    await user.type(screen.getByLabelText('退款金额（元）'), '12.90');
    await submit(user);
    await recorded('提出处理方案');

    // Major: the supervisor cannot approve alone; the store manager approves here with number and PIN.
    expect(offered()).not.toContain('审批方案');
    const approve = async () => {
      await open(user, '审批方案（需上级批准）');
      expect(screen.getByText('方案：道歉、退款 ¥12.90')).toBeTruthy();
      await user.click(screen.getByRole('radio', { name: '批准' }));
      await submit(user);
    };
    await approve();
    await approveAs(user, '店长审批', { staffNo: MANAGER.staffNo, pin: '111111' });
    expect(await screen.findByText('主管工号或 PIN 码不正确')).toBeTruthy();
    await user.clear(screen.getByLabelText('审批人 PIN 码'));
    await user.type(screen.getByLabelText('审批人 PIN 码'), `${MANAGER.pin}{Enter}`);
    await recorded('审批方案');
    expect(state()).toBe('方案已批准 · 处理级别：总台领班');

    const carryOut = async () => {
      await open(user, '落实并告知顾客');
      await submit(user);
      expect(await screen.findByText('请确认已告知顾客')).toBeTruthy();
      await user.click(screen.getByRole('checkbox', { name: '已落实并告知顾客' }));
      await submit(user);
      await recorded('落实并告知顾客');
    };
    await carryOut();

    await open(user, '回访');
    await user.click(screen.getByRole('radio', { name: '2 不满意' }));
    await submit(user);
    expect(await screen.findByText('请选择回访结果')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: '退回责任部门' }));
    await submit(user);
    await recorded('回访');
    expect(state()).toBe('已分派 · 处理级别：总台领班');

    // Back at the department: a new finding, the last proposal offered again, approved again.
    await investigate('供应商批次问题');
    await open(user, '提出处理方案');
    expect(screen.getByLabelText<HTMLInputElement>('退款金额（元）').value).toBe('12.90');
    await submit(user);
    await recorded('提出处理方案');
    await approve();
    await approveAs(user, '店长审批', MANAGER);
    await recorded('审批方案');
    await carryOut();
    await open(user, '回访');
    await user.click(screen.getByRole('radio', { name: '5 很满意' }));
    await submit(user);
    await recorded('回访');

    await open(user, '结案');
    await user.type(screen.getByLabelText('经验教训'), '加强临期巡检');
    await user.click(screen.getByRole('checkbox', { name: '作为员工培训案例' }));
    await submit(user);
    const confirm = await screen.findByRole('dialog', { name: '确认结案' });
    expect(confirm.textContent).toContain(`结案后投诉 ${number} 不能再更改。`);
    await user.click(within(confirm).getByRole('button', { name: '结案' }));
    await recorded('结案');
    expect(state()).toBe('已处理结案 · 处理级别：总台领班');
    // Closed: only settling responsibility (the supervisor's) is left.
    expect(offered()).toEqual(['认定责任']);

    const history = within(screen.getByRole('list', { name: '处理记录' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(history.filter((h) => h.startsWith('审批方案'))).toHaveLength(2);
    expect(history.find((h) => h.startsWith('审批方案'))).toContain('9001 王主管 · 批准人 8001 孙店长');
    expect(history.find((h) => h.startsWith('回访'))).toContain('2 不满意 → 退回责任部门');
    expect(history.at(-2)).toContain('加强临期巡检；作为员工培训案例');
    const row = await desk.db.complaints.get(id);
    expect(row).toMatchObject({ status: 'closed', closedAs: 'resolved', approval: { approvedBy: MANAGER.staffNo, actorRole: 'storeManager' } });
    expect(row?.followUps.map((f) => f.rating)).toEqual([2, 5]);
  });

  it('an invalid complaint is answered and closed: a clerk asks, confirms, and a supervisor approves', async () => {
    const user = userEvent.setup();
    const desk = await makeComplaintDesk();
    const { id, number } = await recordComplaint(desk.asClerk);
    await renderSignedIn(desk, CLERK.staffNo, <ComplaintDetail complaintId={id} />);

    await open(user, '判定是否成立（需上级批准）');
    expect(screen.getByText('此步骤需总台领班输入工号和 PIN 码批准。')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: '不成立' }));
    await user.type(screen.getByLabelText('判定理由'), '商品在保质期内');
    await submit(user);
    expect(await screen.findByText('请填写给顾客的答复')).toBeTruthy();
    await user.type(screen.getByLabelText('给顾客的答复（礼貌说明理由）'), '经核实商品在保质期内，感谢您的监督');
    await submit(user);
    const confirm = await screen.findByRole('dialog', { name: '确认判定是否成立' });
    expect(confirm.textContent).toContain(`投诉 ${number} 将答复顾客并结案`);
    await user.click(within(confirm).getByRole('button', { name: '判定是否成立' }));
    await approveAs(user, '总台领班审批', SUPERVISOR);
    await recorded('判定是否成立');
    expect(state()).toBe('不成立，已答复结案 · 处理级别：总台领班');
    expect(screen.getByText('当前没有您可办理的步骤')).toBeTruthy();
    const last = within(screen.getByRole('list', { name: '处理记录' })).getAllByRole('listitem')[1];
    expect(last?.textContent).toContain('1001 李小红 · 批准人 9001 王主管');
    expect(last?.textContent).toContain('不成立：商品在保质期内；答复顾客：经核实商品在保质期内，感谢您的监督');
    expect(await desk.db.complaints.get(id)).toMatchObject({ status: 'closed', closedAs: 'invalid', open: 0 });
  });

  it('pauses with a named reason and resumes; extends a limit only with the customer’s consent', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const user = userEvent.setup();
    const desk = await makeComplaintDesk();
    const { id } = await recordComplaint(desk.asClerk);
    await renderSignedIn(desk, SUPERVISOR.staffNo, <ComplaintDetail complaintId={id} />);

    await open(user, '暂停计时');
    await submit(user);
    expect(await screen.findByText('必填')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: '等待供应商' }));
    await submit(user);
    await recorded('暂停计时');
    expect(state()).toBe('已登记 · 处理级别：总台领班 · 已暂停');
    expect(offered()).toContain('恢复计时');
    await open(user, '恢复计时');
    await submit(user);
    await recorded('恢复计时');
    expect(state()).toBe('已登记 · 处理级别：总台领班');

    desk.clock.advance(MIN);
    await open(user, '延长时限');
    expect(screen.getByLabelText<HTMLSelectElement>('要延长的时限').value).toBe('firstContact');
    expect(screen.getByLabelText<HTMLInputElement>('新的到期时间').value).toBe('2026-11-26 11:00');
    await user.clear(screen.getByLabelText('新的到期时间'));
    await user.type(screen.getByLabelText('新的到期时间'), '2026-11-25 10:30');
    await user.type(screen.getByLabelText('延长原因'), '顾客出差');
    await submit(user);
    expect(await screen.findByText('新的到期时间须晚于原到期时间')).toBeTruthy();
    await user.clear(screen.getByLabelText('新的到期时间'));
    await user.type(screen.getByLabelText('新的到期时间'), '2026-11-25 15:00');
    await submit(user);
    expect(await screen.findByText('延期须征得顾客同意')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: '顾客已同意延长' }));
    await submit(user);
    await recorded('延长时限');
    // The screen's clock ticks on: the extension counts from the moment it was agreed.
    desk.clock.advance(MIN);
    await act(async () => {
      vi.advanceTimersByTime(30_000);
      await Promise.resolve();
    });
    const limits = within(screen.getByRole('table', { name: '时限' }));
    expect(limits.getByText('首次联系顾客').closest('tr')?.textContent).toBe('首次联系顾客2026-11-25 15:00计时中 · 已延长还剩 4 小时 58 分');
  });

  it('an overdue limit suggests raising the complaint one level; escalating names the limit', async () => {
    const user = userEvent.setup();
    const desk = await makeComplaintDesk();
    const { id } = await recordComplaint(desk.asClerk);
    desk.clock.advance(2 * HOUR);
    await renderSignedIn(desk, LEAD.staffNo, <ComplaintDetail complaintId={id} />);
    const banner = '时限“首次联系顾客”已超时 1 小时，应升级至主管。';
    expect(await screen.findAllByText(banner)).toHaveLength(1);
    await open(user, '升级');
    expect(screen.getByText('由总台领班升级至主管')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: '超时' }).checked).toBe(true);
    await submit(user);
    await recorded('升级');
    expect(state()).toBe('已登记 · 处理级别：主管');
    expect(screen.queryByText(banner)).toBeNull();
    const row = await desk.db.complaints.get(id);
    expect(row?.history.at(-1)).toMatchObject({ type: 'escalated', data: { toLevel: 2, reason: 'overdue', deadlineKind: 'firstContact' } });
  });
});
