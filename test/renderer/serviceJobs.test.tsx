// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { acceptJob, dispatchCall, recordVisit, registerServiceCall, setAppointment } from '../../renderer/db/service/calls';
import { MyJobsScreen } from '../../renderer/features/service/jobs/MyJobsScreen';
import { renderSignedIn } from './renderDesk';
import { callForm, makeServiceDesk, TECH_WU, TECH_ZHOU } from './serviceFixture';
import { shanghai } from './serviceScreens';

/** Two calls for 周 (the later visit agreed first) and one for 吴, at 10:00. */
async function jobsDesk() {
  const desk = await makeServiceDesk();
  const late = await registerServiceCall(desk.asClerk, newId(), callForm(shanghai(9)));
  await setAppointment(desk.asClerk, late.id, { visitAt: shanghai(15) });
  const early = await registerServiceCall(desk.asClerk, newId(), callForm(shanghai(9, 30), { customerName: '赵先生', phone: '13912345678', address: '韶山路 1 号', productKind: 'fridge', productName: '海尔冰箱', problem: '冷藏室结冰' }));
  await setAppointment(desk.asClerk, early.id, { visitAt: shanghai(13) });
  const other = await registerServiceCall(desk.asClerk, newId(), callForm(shanghai(9), { customerName: '孙女士', productKind: 'washer' }));
  await dispatchCall(desk.asSupervisor, late.id, { technician: TECH_ZHOU.staffNo });
  await dispatchCall(desk.asSupervisor, early.id, { technician: TECH_ZHOU.staffNo });
  await dispatchCall(desk.asSupervisor, other.id, { technician: TECH_WU.staffNo });
  return { desk, late, early, other };
}

describe('我的工单', () => {
  it("a technician sees only their jobs, by agreed visit, with what they need on the way; accepts one; the voucher's print is offered", async () => {
    const user = userEvent.setup();
    const { desk, late, early, other } = await jobsDesk();
    await renderSignedIn(desk, TECH_ZHOU.staffNo, <MyJobsScreen />);

    const list = await screen.findByRole('list', { name: '我的工单（按约定上门时间）' });
    const jobs = within(list).getAllByRole('listitem');
    expect(jobs.map((j) => within(j).getByRole('heading').textContent)).toEqual([`${early.number} · 维修 · 免费`, `${late.number} · 维修 · 免费`]);
    expect(screen.queryByText(other.number, { exact: false })).toBeNull();
    const first = jobs[0]!;
    for (const text of ['赵先生', '13912345678', '韶山路 1 号（市区）', '海尔冰箱 KFR-35GW', '冷藏室结冰', '2026-11-25 13:00', '2026-11-25 15:30（还剩 5 小时 30 分）']) {
      expect(within(first).getByText(text)).toBeTruthy();
    }
    // The voucher button of the other engineer's voucher module sits on each job.
    expect(within(first).getByRole('button', { name: '打印服务凭证' })).toBeTruthy();

    await user.click(within(first).getByRole('button', { name: `接单 ${early.number}` }));
    expect((await screen.findByRole('status')).textContent).toBe(`${early.number} 已接单 2026-11-25 10:00`);
    expect(await desk.db.serviceCalls.get(early.id)).toMatchObject({ status: 'accepted', accepted: { by: TECH_ZHOU.staffNo } });
    await waitFor(() => expect(within(screen.getAllByRole('listitem')[0]!).queryByRole('button', { name: `接单 ${early.number}` })).toBeNull());
    expect(within(screen.getAllByRole('listitem')[0]!).getByText('已接单 2026-11-25 10:00')).toBeTruthy();
    // The other job still waits to be accepted; 吴's job was not touched.
    expect(screen.getByRole('button', { name: `接单 ${late.number}` })).toBeTruthy();
    expect((await desk.db.serviceCalls.get(other.id))?.status).toBe('dispatched');
  });

  it('back at the desk the technician records the result of their own accepted job; the job leaves the list; another technician cannot', async () => {
    const user = userEvent.setup();
    const { desk, early, other } = await jobsDesk();
    await acceptJob(desk.asZhou, early.id);
    await acceptJob(desk.asWu, other.id);
    desk.clock.advance(4 * 3_600_000);
    // 周 cannot record 吴's job, whatever the screen offers.
    await expect(recordVisit(desk.asZhou, other.id, { outcome: 'fixedOnSite', arrivedAt: desk.clock.now() - 3_600_000, minutesOnSite: '30', workDone: '更换排水泵', parts: [], fee: '', invoiceNo: '', voucherReturned: true })).rejects.toMatchObject({ code: 'error.serviceStep.notYourJob' });
    await renderSignedIn(desk, TECH_ZHOU.staffNo, <MyJobsScreen />);

    await user.click(await screen.findByRole('button', { name: `登记 ${early.number} 的结果` }));
    await user.selectOptions(screen.getByLabelText('结果'), '现场修好');
    await user.type(screen.getByLabelText('现场时间（分钟）'), '３０');
    await user.type(screen.getByLabelText('维修内容'), '除冰，更换温控器');
    await user.click(screen.getByRole('button', { name: '登记结果' }));
    expect((await screen.findByRole('status')).textContent).toBe(`${early.number} 已登记：已结单`);
    expect(await desk.db.serviceCalls.get(early.id)).toMatchObject({ status: 'closed', visits: [{ technician: TECH_ZHOU.staffNo, by: TECH_ZHOU.staffNo, minutesOnSite: 30 }] });
    await waitFor(() => expect(screen.queryByRole('heading', { name: new RegExp(early.number) })).toBeNull());
  });

  it('a technician with nothing sent to them sees an empty list', async () => {
    const desk = await makeServiceDesk();
    await registerServiceCall(desk.asClerk, newId(), callForm(shanghai(9)));
    await renderSignedIn(desk, TECH_WU.staffNo, <MyJobsScreen />);
    expect(await screen.findByText('目前没有派给您的工单')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /接单/ })).toBeNull();
  });
});
