// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { acceptJob, dispatchCall, recordVisit, registerServiceCall } from '../../renderer/db/service/calls';
import { checkRepair, receiveGoods, recordRepair } from '../../renderer/db/service/workshop';
import { GoodsRegisterScreen } from '../../renderer/features/service/workshop/GoodsRegisterScreen';
import { WorkshopScreen } from '../../renderer/features/service/workshop/WorkshopScreen';
import { CLERK, SUPERVISOR } from './deskFixture';
import { renderSignedIn } from './renderDesk';
import { callForm, makeServiceDesk, TECH_ZHOU } from './serviceFixture';
import { fieldError, typeInto } from './serviceScreens';

const HOUR = 3_600_000;

/** A call taken at 10:00, sent to 周, who took the goods back; the clock is then 12:00. */
async function takenBack() {
  const desk = await makeServiceDesk();
  const call = await registerServiceCall(desk.asClerk, newId(), callForm(desk.clock.now()));
  await dispatchCall(desk.asSupervisor, call.id, { technician: TECH_ZHOU.staffNo });
  await acceptJob(desk.asZhou, call.id);
  desk.clock.advance(2 * HOUR);
  await recordVisit(desk.asClerk, call.id, { outcome: 'takenBack', arrivedAt: desk.clock.now() - HOUR, minutesOnSite: '30', workDone: '压缩机不启动，带回维修', parts: [], fee: '', invoiceNo: '', voucherReturned: true });
  return { desk, call };
}

/** The goods in, repaired and passed, ready for the customer. */
async function readyToCollect() {
  const { desk, call } = await takenBack();
  const { workshop } = await receiveGoods(desk.asClerk, call.id, { goods: '格力空调室内机', accessories: '遥控器', condition: '外壳有划痕' });
  await recordRepair(desk.asClerk, call.id, { minutes: '60', workDone: '更换电容', parts: [] });
  await checkRepair(desk.asSupervisor, call.id, { result: 'passed', note: '', readyOn: '2026-11-25' });
  return { desk, call, receiptNo: workshop!.receipt.receiptNo };
}

async function scan(user: UserEvent, label: string, text: string) {
  await typeInto(user, label, text);
  await user.keyboard('{Enter}');
}

const task = (name: RegExp | string) => within(screen.getByRole('group', { name: '维修间的工作' })).getByRole('button', { name });

describe('维修间', () => {
  it('goods in: bad input refused at the field, then saved with a goods receipt number, printed and reprinted', async () => {
    const user = userEvent.setup();
    const { desk, call } = await takenBack();
    const { desktop } = await renderSignedIn(desk, CLERK.staffNo, <WorkshopScreen />);
    expect(await screen.findByText('维修间没有在修的商品')).toBeTruthy();

    await user.click(task('收货登记'));
    await scan(user, '叫修单号（扫码或输入）', 'WX-S01-C1-261125-9999');
    expect(await screen.findByText('没有这条叫修记录')).toBeTruthy();
    await scan(user, '叫修单号（扫码或输入）', call.number.toLowerCase());
    await screen.findByTestId('service-call-facts');
    expect(document.activeElement).toBe(screen.getByLabelText('商品'));

    const entries = await desk.db.entries.count();
    await user.click(screen.getByRole('button', { name: '收货并生成领取收据' }));
    await waitFor(() => expect(fieldError('商品')).toBe('必填'));
    expect(fieldError('外观状况')).toBe('必填');
    expect(fieldError('附件（可选）')).toBeUndefined();
    expect(await desk.db.entries.count()).toBe(entries);

    await user.type(screen.getByLabelText('商品'), '格力空调室内机');
    await user.type(screen.getByLabelText('附件（可选）'), '遥控器一个');
    await user.type(screen.getByLabelText('外观状况'), '外壳右侧有划痕{Enter}');
    const receiptNo = 'LQ-S01-C1-261125-0001';
    expect((await screen.findByRole('status')).textContent).toBe(`${call.number} 已收货，领取收据 ${receiptNo}：请打印交给顾客`);
    expect(screen.getByTestId('goods-receipt-number').textContent).toBe(receiptNo);

    await user.click(screen.getByRole('button', { name: '打印领取收据' }));
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    const job = desktop.archive[0]!.request;
    expect(job).toMatchObject({ kind: 'goodsReceipt', recordNumber: receiptNo, paper: '80mm' });
    for (const text of ['客户商品领取收据', receiptNo, call.number, '138****8000', '格力空调室内机', '遥控器一个', '外壳右侧有划痕', '凭此收据领取商品']) expect(job.html).toContain(text);
    expect(job.html).not.toContain('补打');
    await user.click(await screen.findByRole('button', { name: '补打' }));
    await waitFor(() => expect(desktop.archive).toHaveLength(2));
    expect(desktop.archive[1]!.request.html).toContain('补打');
    expect((await desk.db.serviceCalls.get(call.id))?.workshop?.receiptPrintCount).toBe(2);

    // The same call again: its goods are in already.
    await scan(user, '叫修单号（扫码或输入）', call.number);
    expect(await screen.findByText('这张单现在不能收货：这件商品已收货登记')).toBeTruthy();
    await user.click(task('在修商品（1）'));
    const row = within(screen.getByRole('table', { name: '在修商品（按收货时间）' })).getByText(receiptNo).closest('tr')!;
    expect(row.textContent).toContain('待维修');
  });

  it('the repair card by the desk (bad minutes refused at the field), the check only for the service supervisor', async () => {
    const user = userEvent.setup();
    const { desk, call } = await takenBack();
    const { workshop } = await receiveGoods(desk.asClerk, call.id, { goods: '格力空调室内机', accessories: '', condition: '外壳有划痕' });
    const receiptNo = workshop!.receipt.receiptNo;
    const clerk = await renderSignedIn(desk, CLERK.staffNo, <WorkshopScreen />);

    await user.click(await screen.findByRole('button', { name: `处理 ${receiptNo}` }));
    let dialog = await screen.findByRole('dialog', { name: `${receiptNo} · 格力空调室内机` });
    expect(within(dialog).getByText('还没有维修记录')).toBeTruthy();
    // The technician the call was sent to is the default.
    await waitFor(() => expect(within(dialog).getByLabelText<HTMLSelectElement>('技术员').value).toBe(TECH_ZHOU.staffNo));
    const entries = await desk.db.entries.count();
    await user.type(within(dialog).getByLabelText('维修用时（分钟）'), '1.5');
    await user.click(within(dialog).getByRole('button', { name: '登记修护卡' }));
    await waitFor(() => expect(fieldError('维修用时（分钟）')).toBe('维修用时须为 1–1440 的整数（分钟）'));
    expect(fieldError('维修内容')).toBe('必填');
    expect(await desk.db.entries.count()).toBe(entries);
    await typeInto(user, '维修用时（分钟）', '９０');
    await user.type(within(dialog).getByLabelText('维修内容'), '更换启动电容，试机正常');
    await user.click(within(dialog).getByRole('button', { name: '添加配件' }));
    await user.type(within(dialog).getByLabelText('配件名称 1'), '启动电容');
    await user.click(within(dialog).getByRole('button', { name: '登记修护卡' }));
    expect((await screen.findByRole('status')).textContent).toBe(`${receiptNo} 修护卡已登记`);
    expect((await desk.db.serviceCalls.get(call.id))?.workshop?.repairs).toMatchObject([{ technician: TECH_ZHOU.staffNo, minutes: 90, parts: [{ name: '启动电容', quantity: 1 }], by: CLERK.staffNo }]);
    await waitFor(() => expect(screen.getByText(receiptNo).closest('tr')?.textContent).toContain('已修，待检验'));

    // A clerk is offered no check.
    await user.click(screen.getByRole('button', { name: `处理 ${receiptNo}` }));
    dialog = await screen.findByRole('dialog', { name: `${receiptNo} · 格力空调室内机` });
    const card = within(dialog).getByRole('table', { name: '修护卡' });
    await waitFor(() => expect(card.textContent).toContain('3001 周师傅'));
    for (const text of ['2026-11-25 12:00', '90', '更换启动电容，试机正常', '启动电容 ×1']) expect(card.textContent).toContain(text);
    expect(within(dialog).queryByRole('form', { name: '登记检验' })).toBeNull();
    clerk.unmount();

    await renderSignedIn(desk, SUPERVISOR.staffNo, <WorkshopScreen />);
    await user.click(await screen.findByRole('button', { name: `处理 ${receiptNo}` }));
    dialog = await screen.findByRole('dialog', { name: `${receiptNo} · 格力空调室内机` });
    const check = within(dialog).getByRole('form', { name: '登记检验' });
    await user.click(within(check).getByRole('radio', { name: '不合格' }));
    await user.click(within(check).getByRole('button', { name: '登记检验' }));
    expect(await within(check).findByText('检验不合格，请写明原因')).toBeTruthy();
    await user.click(within(check).getByRole('radio', { name: '合格' }));
    // Today by default: the goods may be collected at once.
    expect(within(check).getByLabelText<HTMLInputElement>('可取日期').value).toBe('2026-11-25');
    await typeInto(user, '可取日期', '2026-11-26');
    await user.click(within(check).getByRole('button', { name: '登记检验' }));
    expect((await screen.findByRole('status')).textContent).toBe(`${receiptNo} 检验合格，2026-11-26 可取`);
    expect((await desk.db.serviceCalls.get(call.id))?.workshop?.check).toMatchObject({ passed: true, readyOn: '2026-11-26', by: SUPERVISOR.staffNo });
    await waitFor(() => expect(screen.getByText(receiptNo).closest('tr')?.textContent).toContain('检验合格，2026-11-26 可取'));
  });

  it('goods out: the receipt scanned, the customer signs, asked once more, the receipt is void and says so when scanned again', async () => {
    const user = userEvent.setup();
    const { desk, call, receiptNo } = await readyToCollect();
    await renderSignedIn(desk, CLERK.staffNo, <WorkshopScreen />);
    await user.click(await screen.findByRole('button', { name: '交还顾客' }));

    await scan(user, '领取收据号（扫码或输入）', call.number);
    expect(await screen.findByText('这不是领取收据号（LQ- 开头）')).toBeTruthy();
    await scan(user, '领取收据号（扫码或输入）', receiptNo.toLowerCase());
    const facts = await screen.findByTestId('goods-out-facts');
    expect(facts.textContent).toContain('格力空调室内机');
    expect(facts.textContent).toContain('检验合格，2026-11-25 可取');

    await user.click(screen.getByRole('button', { name: '交还商品' }));
    expect(await screen.findByText('请顾客签字领取后勾选此项')).toBeTruthy();
    await user.click(screen.getByLabelText('顾客已签字领取商品'));
    await user.click(screen.getByRole('button', { name: '交还商品' }));
    const confirm = await screen.findByRole('dialog', { name: `交还商品 · ${receiptNo}` });
    expect(confirm.textContent).toContain(`把“格力空调室内机”交还陈女士，收回领取收据 ${receiptNo} 并作废`);
    // Cancelled: nothing happens.
    await user.click(within(confirm).getByRole('button', { name: '取消' }));
    expect((await desk.db.serviceCalls.get(call.id))?.status).toBe('takenBack');
    await user.click(screen.getByRole('button', { name: '交还商品' }));
    await user.click(within(await screen.findByRole('dialog', { name: `交还商品 · ${receiptNo}` })).getByRole('button', { name: '确认交还并作废收据' }));

    expect((await screen.findByRole('status')).textContent).toBe(`${receiptNo} 已交还顾客，领取收据已作废`);
    expect(await desk.db.serviceCalls.get(call.id)).toMatchObject({ status: 'closed', goodsReceiptNo: '', workshop: { returned: { mode: 'receipt', by: CLERK.staffNo } } });
    expect(document.activeElement).toBe(screen.getByLabelText('领取收据号（扫码或输入）'));
    await scan(user, '领取收据号（扫码或输入）', receiptNo);
    expect(await screen.findByText(`领取收据 ${receiptNo} 已于 2026-11-25 12:00 领回并作废`)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '交还商品' })).toBeNull();
  });

  it('a lost receipt: identity checked at the fields, a supervisor approves (a wrong PIN refused), the goods go back', async () => {
    const user = userEvent.setup();
    const { desk, call, receiptNo } = await readyToCollect();
    await renderSignedIn(desk, CLERK.staffNo, <WorkshopScreen />);
    await user.click(await screen.findByRole('button', { name: '交还顾客' }));
    await user.click(screen.getByRole('button', { name: '顾客遗失收据' }));
    const dialog = screen.getByRole('dialog', { name: '遗失领取收据 · 交还商品' });
    await user.click(await within(dialog).findByRole('button', { name: `选择 ${receiptNo}` }));
    expect(within(dialog).getByText('登记的顾客：陈女士 · 13800138000')).toBeTruthy();

    await user.type(within(dialog).getByLabelText('来取商品的人的电话'), '12345');
    await user.click(within(dialog).getByRole('button', { name: '请主管审批并交还' }));
    await waitFor(() => expect(fieldError('来取商品的人的电话')).toBe('电话号码格式不对（11 位手机号或带区号的座机）'));
    expect(fieldError('身份核对（证件、所述商品等）')).toBe('必填');
    expect(fieldError('顾客已签字领取商品')).toBe('请顾客签字领取后勾选此项');
    expect(screen.queryByRole('dialog', { name: '主管审批' })).toBeNull();

    await typeInto(user, '来取商品的人的电话', '138 0013 8000');
    await user.type(within(dialog).getByLabelText('身份核对（证件、所述商品等）'), '身份证核对，说得出故障和附件');
    await user.click(within(dialog).getByLabelText('顾客已签字领取商品'));
    await user.click(within(dialog).getByRole('button', { name: '请主管审批并交还' }));
    const approval = await screen.findByRole('dialog', { name: '主管审批' });
    await user.type(within(approval).getByLabelText('主管工号'), SUPERVISOR.staffNo);
    await user.type(within(approval).getByLabelText('主管 PIN 码'), '000000');
    await user.click(within(approval).getByRole('button', { name: '批准' }));
    expect(await within(approval).findByText('主管工号或 PIN 码不正确')).toBeTruthy();
    expect((await desk.db.serviceCalls.get(call.id))?.status).toBe('takenBack');
    await typeInto(user, '主管 PIN 码', SUPERVISOR.pin);
    await user.click(within(approval).getByRole('button', { name: '批准' }));

    expect((await screen.findByRole('status')).textContent).toBe(`${receiptNo} 已凭身份核对交还顾客，原领取收据作废`);
    expect((await desk.db.serviceCalls.get(call.id))?.workshop?.returned).toMatchObject({ mode: 'lostReceipt', approvedBy: SUPERVISOR.staffNo, identity: { phone: '13800138000' } });
  });
});

describe('客户商品进出登记簿', () => {
  it('lists the goods in and out on the days chosen, and refuses a range that ends before it starts', async () => {
    const user = userEvent.setup();
    const { desk, receiptNo } = await readyToCollect();
    await renderSignedIn(desk, CLERK.staffNo, <GoodsRegisterScreen />);
    const table = await screen.findByRole('table', { name: '2026-11-25 至 2026-11-25 收货或交还的商品' });
    const row = within(table).getByText(receiptNo).closest('tr')!;
    for (const text of ['陈女士', '格力空调室内机 / 遥控器 / 外壳有划痕', '1001 李小红', '3001 周师傅 · 60 分钟 · 更换电容', '检验合格，2026-11-25 可取', '在修']) expect(row.textContent).toContain(text);
    expect(screen.getByRole('button', { name: '导出 CSV' })).toBeTruthy();

    await typeInto(user, '开始日期', '2026-11-26');
    await waitFor(() => expect(fieldError('结束日期')).toBe('结束日期不能早于开始日期'));
    await typeInto(user, '结束日期', '2026-11-27');
    expect(await screen.findByText('这段时间没有商品进出')).toBeTruthy();
  });
});
