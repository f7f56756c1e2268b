// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { acceptJob, dispatchCall, registerServiceCall, setAppointment } from '../../renderer/db/service/calls';
import { readServiceBoard } from '../../renderer/db/service/queries';
import { ServicesProvider } from '../../renderer/app/services';
import { VisitScreen } from '../../renderer/features/service/visit/VisitScreen';
import { CLERK, SUPERVISOR } from './deskFixture';
import { renderSignedIn } from './renderDesk';
import { callForm, makeServiceDesk, TECH_ZHOU } from './serviceFixture';
import { fieldError, shanghai, typeInto } from './serviceScreens';

const HOUR = 3_600_000;

/** A call at 10:00 agreed for 11:00, sent to 周 (accepted unless `accept` is false); the clock then moves to 13:00. */
async function visitDesk(accept = true) {
  const desk = await makeServiceDesk();
  const call = await registerServiceCall(desk.asClerk, newId(), callForm(desk.clock.now()));
  await setAppointment(desk.asClerk, call.id, { visitAt: shanghai(11) });
  await dispatchCall(desk.asSupervisor, call.id, { technician: TECH_ZHOU.staffNo });
  if (accept) await acceptJob(desk.asZhou, call.id);
  desk.clock.advance(3 * HOUR);
  return { desk, call };
}

async function scan(user: UserEvent, text: string) {
  await typeInto(user, '服务凭证号（扫码或输入）', text);
  await user.keyboard('{Enter}');
}

describe('登记结果 at the desk', () => {
  it('finds the call by the voucher number and records the visit: time on site, parts, fee, the signed voucher; the call closes', async () => {
    const user = userEvent.setup();
    const { desk, call } = await visitDesk();
    await renderSignedIn(desk, CLERK.staffNo, <VisitScreen />);

    await scan(user, 'WX-S01-C1-261125-9999');
    expect(await screen.findByText('没有这条叫修记录')).toBeTruthy();

    // Typed in lower case, as from a hand-written note: the same number.
    await scan(user, call.number.toLowerCase());
    const facts = await screen.findByTestId('service-call-facts');
    expect(facts.textContent).toContain(call.number);
    expect(facts.textContent).toContain('已接单');
    await waitFor(() => expect(facts.textContent).toContain('周师傅 (3001)'));
    // The keyboard goes on to the outcome; the agreed visit has passed: it stands as the arrival time until changed.
    expect(screen.getByLabelText<HTMLInputElement>('到达时间').value).toBe('2026-11-25T11:00');
    expect(document.activeElement).toBe(screen.getByLabelText('结果'));

    await user.selectOptions(screen.getByLabelText('结果'), '现场修好');
    await typeInto(user, '到达时间', '2026-11-25T11:10');
    await user.type(screen.getByLabelText('现场时间（分钟）'), '４５');
    await user.type(screen.getByLabelText('维修内容'), '清洗滤网，补充冷媒');
    await user.click(screen.getByRole('button', { name: '添加配件' }));
    await user.type(screen.getByLabelText('配件名称 1'), 'R32 冷媒');
    await user.click(screen.getByRole('button', { name: '添加配件' }));
    await user.type(screen.getByLabelText('配件名称 2'), '铜管接头');
    await typeInto(user, '数量 2', '2');
    await user.type(screen.getByLabelText('收费金额（元，可选）'), '80');
    await user.click(screen.getByLabelText('顾客已签字的服务凭证已交回'));
    // A fee needs its invoice number: refused at the field, then typed (full-width and lower case as from a note).
    await user.click(screen.getByRole('button', { name: '登记结果' }));
    await waitFor(() => expect(fieldError('发票号码（收费时填写）')).toBe('收了费用，请填写发票号码'));
    await user.type(screen.getByLabelText('发票号码（收费时填写）'), 'fp２０２６１１２５');
    await user.click(screen.getByRole('button', { name: '登记结果' }));

    expect((await screen.findByRole('status')).textContent).toBe(`${call.number} 已登记：已结单`);
    const closed = await desk.db.serviceCalls.get(call.id);
    expect(closed).toMatchObject({ status: 'closed', closed: { by: CLERK.staffNo } });
    expect(closed?.visits).toMatchObject([
      {
        technician: TECH_ZHOU.staffNo,
        outcome: 'fixedOnSite',
        arrivedAt: shanghai(11, 10),
        minutesOnSite: 45,
        workDone: '清洗滤网，补充冷媒',
        parts: [
          { name: 'R32 冷媒', quantity: 1 },
          { name: '铜管接头', quantity: 2 },
        ],
        feeFen: 8000,
        invoiceNo: 'FP20261125',
        voucherReturned: true,
        by: CLERK.staffNo,
      },
    ]);
    // Ready for the next voucher; the closed call scanned again says so and offers no form.
    expect(screen.queryByRole('button', { name: '登记结果' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('服务凭证号（扫码或输入）'));
    await scan(user, call.number);
    expect(await screen.findByText('这张单现在不能登记结果：这条叫修已结束，不能再操作')).toBeTruthy();
    expect(screen.queryByLabelText('结果')).toBeNull();
  });

  it('what the clerk typed survives a trip to another area, and is gone for the next person to sign in', async () => {
    const user = userEvent.setup();
    const { desk, call } = await visitDesk();
    const first = await renderSignedIn(desk, CLERK.staffNo, <VisitScreen />);
    await scan(user, call.number);
    await user.selectOptions(await screen.findByLabelText('结果'), '取回维修');
    await user.type(screen.getByLabelText('维修内容'), '压缩机需返厂检测');
    const services = { db: desk.db, clock: desk.clock, desk: first.desktop };
    first.rerender(<ServicesProvider services={services}>another area</ServicesProvider>);
    expect(screen.queryByLabelText('维修内容')).toBeNull();

    // Back on 登记结果 (the screen mounted again): the same voucher, everything typed.
    first.rerender(<ServicesProvider services={services}><VisitScreen /></ServicesProvider>);
    expect(await screen.findByTestId('service-call-facts')).toBeTruthy();
    expect((await screen.findByLabelText<HTMLSelectElement>('结果')).value).toBe('takenBack');
    expect(screen.getByLabelText<HTMLTextAreaElement>('维修内容').value).toBe('压缩机需返厂检测');
    first.unmount();

    // Signed in again (another session): a blank screen.
    await renderSignedIn(desk, SUPERVISOR.staffNo, <VisitScreen />);
    expect(screen.queryByTestId('service-call-facts')).toBeNull();
  });

  it('bad input is a message at each field and writes nothing', async () => {
    const user = userEvent.setup();
    const { desk, call } = await visitDesk();
    await renderSignedIn(desk, CLERK.staffNo, <VisitScreen />);
    await scan(user, call.number);
    await screen.findByLabelText('结果');
    const entries = await desk.db.entries.count();

    await typeInto(user, '到达时间', '');
    await user.click(screen.getByRole('button', { name: '添加配件' }));
    await typeInto(user, '数量 1', '0');
    await user.type(screen.getByLabelText('收费金额（元，可选）'), '12.345');
    await user.click(screen.getByRole('button', { name: '登记结果' }));
    await screen.findAllByRole('alert');
    expect(fieldError('结果')).toBe('必填');
    expect(fieldError('到达时间')).toBe('请填写日期和时间');
    expect(fieldError('现场时间（分钟）')).toBe('现场时间须为 1–1440 的整数（分钟）');
    expect(fieldError('维修内容')).toBe('必填');
    expect(fieldError('配件名称 1')).toBe('必填');
    expect(fieldError('数量 1')).toBe('数量须为正整数');
    expect(fieldError('收费金额（元，可选）')).toBe('金额格式不对：不能为负数，最多两位小数');

    // Arrived before the call came in (09:00 < 10:00): refused at the field.
    await user.selectOptions(screen.getByLabelText('结果'), '等配件');
    await typeInto(user, '到达时间', '2026-11-25T09:00');
    await user.type(screen.getByLabelText('现场时间（分钟）'), '30');
    await user.type(screen.getByLabelText('维修内容'), '压缩机故障，需订配件');
    await user.click(screen.getByRole('button', { name: '删除第 1 行配件' }));
    await typeInto(user, '收费金额（元，可选）', '');
    await user.click(screen.getByRole('button', { name: '登记结果' }));
    expect(await screen.findByText('到达时间不能早于来电时间')).toBeTruthy();
    expect(await desk.db.entries.count()).toBe(entries);

    // Put right: waiting for parts sends the call back to the dispatch board.
    await typeInto(user, '到达时间', '2026-11-25T11:05');
    await user.click(screen.getByRole('button', { name: '登记结果' }));
    expect((await screen.findByRole('status')).textContent).toBe(`${call.number} 已登记：等配件，已回到派工板待再次派工`);
    expect((await desk.db.serviceCalls.get(call.id))?.status).toBe('waitingParts');
    expect((await readServiceBoard(desk.db, desk.clock.now())).waiting.map((w) => w.call.id)).toEqual([call.id]);
  });

  it('a job not accepted yet gets no form, and says why', async () => {
    const user = userEvent.setup();
    const { desk, call } = await visitDesk(false);
    await renderSignedIn(desk, CLERK.staffNo, <VisitScreen />);
    await scan(user, call.number);
    const why = await screen.findByText('这张单现在不能登记结果：技术员尚未接单');
    expect(within(why.parentElement!).queryByRole('button', { name: '登记结果' })).toBeNull();
    expect(screen.queryByLabelText('结果')).toBeNull();
  });

  it('a call the customer no longer needs is cancelled with the reason they gave; without one nothing is written', async () => {
    const user = userEvent.setup();
    const { desk, call } = await visitDesk(false);
    await renderSignedIn(desk, CLERK.staffNo, <VisitScreen />);
    await scan(user, call.number);
    await user.click(await screen.findByRole('button', { name: '取消叫修' }));
    const dialog = screen.getByRole('dialog', { name: `取消叫修 · ${call.number}` });
    const before = await desk.db.entries.count();
    await user.click(within(dialog).getByRole('button', { name: '确认取消' }));
    expect(await within(dialog).findByText('必填')).toBeTruthy();
    expect(await desk.db.entries.count()).toBe(before);
    await user.type(within(dialog).getByLabelText('取消原因（顾客说明）'), '顾客已自行修好');
    await user.click(within(dialog).getByRole('button', { name: '确认取消' }));
    expect(await screen.findByText(`${call.number} 已取消，不再上门`)).toBeTruthy();
    const row = await desk.db.serviceCalls.get(call.id);
    expect(row).toMatchObject({ status: 'cancelled', open: 0, cancelled: { reason: '顾客已自行修好' } });
    expect((await readServiceBoard(desk.db, desk.clock.now())).out).toEqual([]);
  });
});

