// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { registerServiceCall } from '../../renderer/db/service/calls';
import { signContract } from '../../renderer/db/service/contracts';
import { ContractsScreen } from '../../renderer/features/service/contracts/ContractsScreen';
import { CLERK } from './deskFixture';
import { renderSignedIn } from './renderDesk';
import { callForm, makeServiceDesk } from './serviceFixture';
import { fieldError, typeInto } from './serviceScreens';

/** Store midnight (00:00 Shanghai) of a day, as UTC ms. */
const midnight = (day: string) => Date.parse(`${day}T00:00:00+08:00`);

const cells = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));

async function fillCustomer(user: UserEvent) {
  await user.type(screen.getByLabelText('顾客姓名'), '陈女士');
  await user.type(screen.getByLabelText('电话'), '138 0013 8000');
  await user.type(screen.getByLabelText('地址'), '五一路 8 号 3 栋 502');
  await user.selectOptions(screen.getByLabelText('区域'), '市区');
}

describe('保养合同 screen', () => {
  it('a new contract: bad input refused at each field with nothing written, product rows by keyboard, then signed with its number', async () => {
    const user = userEvent.setup();
    const desk = await makeServiceDesk();
    await renderSignedIn(desk, CLERK.staffNo, <ContractsScreen />);
    await user.click(screen.getByRole('button', { name: '新签合同' }));
    // Keyboard first: the name has the focus; the term is a year from today unless changed.
    expect(document.activeElement).toBe(screen.getByLabelText('顾客姓名'));
    expect(screen.getByLabelText<HTMLInputElement>('开始日期').value).toBe('2026-11-25');
    expect(screen.getByLabelText<HTMLInputElement>('到期日期').value).toBe('2027-11-24');
    const entries = await desk.db.entries.count();

    await user.click(screen.getByRole('button', { name: '签订合同' }));
    await waitFor(() => expect(fieldError('顾客姓名')).toBe('必填'));
    expect(fieldError('电话')).toBe('电话号码格式不对（11 位手机号或带区号的座机）');
    expect(fieldError('地址')).toBe('必填');
    expect(fieldError('区域')).toBe('必填');
    expect(fieldError('产品类别 1')).toBe('必填');
    expect(fieldError('产品名称 1')).toBe('必填');
    expect(fieldError('上门保养次数')).toBe('保养次数须为 0–99 的整数');

    await fillCustomer(user);
    // The only product row removed by keyboard: the keyboard lands on 添加产品, and a contract needs a product.
    screen.getByRole('button', { name: '删除第 1 件产品' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByLabelText('产品类别 1')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '添加产品' }));
    await user.type(screen.getByLabelText('上门保养次数'), '２');
    await user.click(screen.getByRole('button', { name: '签订合同' }));
    expect(await screen.findByText('请至少添加一件产品')).toBeTruthy();

    // Two rows added by keyboard: each new row takes the keyboard in its kind.
    screen.getByRole('button', { name: '添加产品' }).focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText('产品类别 1'));
    await user.selectOptions(screen.getByLabelText('产品类别 1'), '空调');
    await user.type(screen.getByLabelText('产品名称 1'), '格力空调');
    // A serial scanned from the barcode ends with Enter: on to the next field, nothing signed.
    await user.type(screen.getByLabelText('机号 1（可选）'), 'SN2026001{Enter}');
    expect(await desk.db.entries.count()).toBe(entries);
    screen.getByRole('button', { name: '添加产品' }).focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText('产品类别 2'));
    await user.selectOptions(screen.getByLabelText('产品类别 2'), '热水器');
    await user.type(screen.getByLabelText('产品名称 2'), '美的热水器');

    // The term: the end must come after the start and within five years; the visits a whole number; the fee an amount.
    await typeInto(user, '到期日期', '2026-11-25');
    await user.click(screen.getByRole('button', { name: '签订合同' }));
    await waitFor(() => expect(fieldError('到期日期')).toBe('到期日须晚于开始日'));
    await typeInto(user, '到期日期', '2031-11-26');
    await user.click(screen.getByRole('button', { name: '签订合同' }));
    await waitFor(() => expect(fieldError('到期日期')).toBe('合同期最长 5 年'));
    await typeInto(user, '到期日期', '2027-03-31');
    await typeInto(user, '上门保养次数', '100');
    await user.type(screen.getByLabelText('合同金额（元，可选）'), '12.345');
    await user.click(screen.getByRole('button', { name: '签订合同' }));
    await waitFor(() => expect(fieldError('上门保养次数')).toBe('保养次数须为 0–99 的整数'));
    expect(fieldError('合同金额（元，可选）')).toBe('金额格式不对：不能为负数，最多两位小数');
    expect(fieldError('到期日期')).toBeUndefined();
    expect(await desk.db.entries.count()).toBe(entries);
    expect(await desk.db.maintenanceContracts.count()).toBe(0);

    await typeInto(user, '上门保养次数', '２');
    await typeInto(user, '合同金额（元，可选）', '１２００');
    await user.click(screen.getByRole('button', { name: '签订合同' }));
    expect((await screen.findByRole('status')).textContent).toBe('合同已签订，合同号 HT-S01-C1-261125-0001：请告诉顾客');
    expect(screen.getByRole('heading', { name: '保养合同 HT-S01-C1-261125-0001' })).toBeTruthy();
    expect(screen.getByTestId('contract-facts').textContent).toContain('陈女士 · 13800138000 · 五一路 8 号 3 栋 502 · 市区');
    expect(cells(screen.getByRole('table', { name: '保养的产品' }))).toEqual([
      ['空调', '格力空调', '—', 'SN2026001'],
      ['热水器', '美的热水器', '—', '—'],
    ]);
    expect(cells(screen.getByRole('table', { name: '合同期（每次续签一期）' }))[0]?.slice(0, 4)).toEqual(['首签', '2026-11-25 至 2027-03-31', '0 / 2', '1200.00']);
    expect(await desk.db.maintenanceContracts.count()).toBe(1);
  });

  it('found by the phone’s last digits; its customer’s calls with the visits used; renewed after a confirmation showing the new end', async () => {
    const user = userEvent.setup();
    const desk = await makeServiceDesk();
    const form = { customerName: '陈女士', phone: '13800138000', address: '五一路 8 号', area: 'inTown', products: [{ kind: 'aircon', name: '格力空调', model: '', serial: '' }], start: '2026-11-25', end: '2027-03-31', visits: '2', fee: '1200' };
    const contract = await signContract(desk.asClerk, newId(), form);
    const call = await registerServiceCall(desk.asClerk, newId(), callForm(desk.clock.now(), { serviceType: 'contract', requestType: 'maintenance' }));
    await renderSignedIn(desk, CLERK.staffNo, <ContractsScreen />);

    await user.type(screen.getByLabelText('合同号或顾客电话（可只输后 4 位）'), '1234{Enter}');
    expect(await screen.findByText('没有找到这份合同')).toBeTruthy();
    await typeInto(user, '合同号或顾客电话（可只输后 4 位）', '8000');
    await user.keyboard('{Enter}');
    const found = await screen.findByRole('table', { name: '找到 1 份合同' });
    expect(cells(found)).toEqual([[contract.number, '陈女士', '13800138000', '2027-03-31', '还剩 126 天', '有效']]);
    // The keyboard is on the contract: Enter opens it.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: `打开合同 ${contract.number}` })));
    await user.keyboard('{Enter}');

    const calls = await screen.findByRole('table', { name: '顾客 13800138000 的叫修' });
    expect(cells(calls)).toEqual([[call.number, '2026-11-25 10:00', '格力空调 · 不制冷，外机有异响', '保养', '合同', '待派工', '是']]);
    const terms = () => cells(screen.getByRole('table', { name: '合同期（每次续签一期）' }));
    expect(terms()[0]?.slice(0, 3)).toEqual(['首签', '2026-11-25 至 2027-03-31', '1 / 2']);

    await user.click(screen.getByRole('button', { name: '续签' }));
    expect(screen.getByText('新一期从 2027-04-01 开始')).toBeTruthy();
    // A year after the end is offered, as many visits as the last term.
    expect(screen.getByLabelText<HTMLInputElement>('新的到期日期').value).toBe('2028-03-31');
    expect(screen.getByLabelText<HTMLInputElement>('上门保养次数').value).toBe('2');
    await typeInto(user, '新的到期日期', '2027-03-31');
    await user.click(screen.getByRole('button', { name: '续签…' }));
    await waitFor(() => expect(fieldError('新的到期日期')).toBe('续签的到期日须晚于现在的到期日 2027-03-31'));
    expect(screen.queryByRole('dialog')).toBeNull();

    await typeInto(user, '新的到期日期', '2028-03-31');
    await typeInto(user, '上门保养次数', '３');
    await user.type(screen.getByLabelText('合同金额（元，可选）'), '1300');
    await user.click(screen.getByRole('button', { name: '续签…' }));
    const dialog = await screen.findByRole('dialog', { name: `确认续签 ${contract.number}` });
    expect(dialog.textContent).toContain('到期日从 2027-03-31 延至 2028-03-31。');
    expect(dialog.textContent).toContain('新一期上门保养 3 次，金额 1300.00 元。');
    // Cancelled: nothing kept; asked again and confirmed.
    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    expect((await desk.db.maintenanceContracts.get(contract.id))?.terms).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: '续签…' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '确认续签' }));

    expect((await screen.findByRole('status')).textContent).toBe(`${contract.number} 已续签至 2028-03-31`);
    await waitFor(() => expect(terms()).toHaveLength(2));
    expect(terms()[1]?.slice(0, 4)).toEqual(['续签 1', '2027-04-01 至 2028-03-31', '0 / 3', '1300.00']);
    expect((await desk.db.maintenanceContracts.get(contract.id))?.end).toBe('2028-03-31');
  });

  it('即将到期 lists contracts in their last month with days left, and those lapsed lately apart', async () => {
    const user = userEvent.setup();
    const desk = await makeServiceDesk();
    const sign = (customerName: string, phone: string, end: string) =>
      signContract(desk.asClerk, newId(), { customerName, phone, address: '五一路 8 号', area: 'inTown', products: [{ kind: 'tv', name: '海信电视', model: '', serial: '' }], start: '2026-11-25', end, visits: '1', fee: '' });
    const march = await sign('陈女士', '13800138000', '2027-03-31');
    const early = await sign('刘先生', '13900001111', '2027-03-20');
    await sign('王阿姨', '13700002222', '2027-06-30');
    const lapsed = await sign('赵师傅', '13600003333', '2027-02-27');
    desk.clock.at = midnight('2027-02-28') + 9 * 3_600_000;
    await renderSignedIn(desk, CLERK.staffNo, <ContractsScreen />);
    await user.click(screen.getByRole('button', { name: '即将到期' }));

    expect(await screen.findByRole('heading', { name: '一个月内到期（2 份）' })).toBeTruthy();
    expect(cells(screen.getByRole('table', { name: '一个月内到期的合同' }))).toEqual([
      [early.number, '刘先生', '13900001111', '2027-03-20', '还剩 20 天', '即将到期'],
      [march.number, '陈女士', '13800138000', '2027-03-31', '还剩 31 天', '即将到期'],
    ]);
    expect(cells(screen.getByRole('table', { name: '近期已到期未续签的合同' }))).toEqual([[lapsed.number, '赵师傅', '13600003333', '2027-02-27', '已过期 1 天', '已到期']]);
    await user.click(screen.getByRole('button', { name: `打开合同 ${march.number}` }));
    expect(await screen.findByRole('heading', { name: `保养合同 ${march.number}` })).toBeTruthy();
    expect(screen.getByTestId('contract-facts').textContent).toContain('即将到期 · 还剩 31 天');
  });
});
