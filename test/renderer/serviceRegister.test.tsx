// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RegisterScreen } from '../../renderer/features/service/register/RegisterScreen';
import { useRegisterStore } from '../../renderer/features/service/register/registerStore';
import { CLERK } from './deskFixture';
import { renderSignedIn } from './renderDesk';
import { makeServiceDesk } from './serviceFixture';
import { fieldError, shanghai, typeInto } from './serviceScreens';

/** The desk clock is Wednesday 2026-11-25 10:00 in Shanghai. */
async function openScreen() {
  const desk = await makeServiceDesk();
  const view = await renderSignedIn(desk, CLERK.staffNo, <RegisterScreen />);
  return { desk, ...view };
}

async function fillCall(user: UserEvent, opts: { phone?: string } = {}) {
  await user.type(screen.getByLabelText('顾客姓名'), '陈女士');
  await user.type(screen.getByLabelText('电话'), opts.phone ?? '138 0013 8000');
  await user.type(screen.getByLabelText('地址'), '五一路 8 号 3 栋 502');
  await user.selectOptions(screen.getByLabelText('区域'), '市区');
  await user.selectOptions(screen.getByLabelText('产品类别'), '空调');
  await user.type(screen.getByLabelText('产品名称'), '格力空调');
  await user.type(screen.getByLabelText('型号（可选）'), 'KFR-35GW');
  await user.type(screen.getByLabelText('机号（可选）'), 'SN2026001');
  await typeInto(user, '购买日期（可选）', '2026-03-01');
  await user.type(screen.getByLabelText('故障描述'), '不制冷，外机有异响');
  await user.selectOptions(screen.getByLabelText('服务类别'), '免费');
}

const warranty = () => screen.getByTestId('service-warranty').textContent;

describe('叫修登记 screen', () => {
  beforeEach(() => useRegisterStore.setState({ draft: undefined }));

  it('registers a call received now with the visit agreed at once, once for a double click, and tells the number', async () => {
    const user = userEvent.setup();
    const { desk } = await openScreen();
    // Keyboard first: the name field has the focus; the call was received now, in the store's wall time; a repair unless changed.
    expect(document.activeElement).toBe(screen.getByLabelText('顾客姓名'));
    expect(screen.getByLabelText<HTMLInputElement>('来电时间').value).toBe('2026-11-25T10:00');
    expect(screen.getByLabelText<HTMLSelectElement>('服务项目').value).toBe('repair');
    expect(warranty()).toBe('保修：未知');

    await fillCall(user);
    // The serial scanned from the product's barcode ends with Enter: it goes on to the purchase date, nothing is registered.
    await typeInto(user, '机号（可选）', 'SN2026001');
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText('购买日期（可选）'));
    expect(screen.queryByTestId('service-number')).toBeNull();
    expect(warranty()).toBe('保修：在保');
    await typeInto(user, '购买日期（可选）', '2024-11-24');
    expect(warranty()).toBe('保修：过保');
    await typeInto(user, '购买日期（可选）', '2026-03-01');
    await typeInto(user, '约定上门时间（可选）', '2026-11-25T14:00');

    await user.dblClick(screen.getByRole('button', { name: '登记' }));
    expect((await screen.findByTestId('service-number')).textContent).toBe('WX-S01-C1-261125-0001');
    expect(screen.getByTestId('service-visit').textContent).toBe('约定上门：2026-11-25 14:00');
    const calls = await desk.db.serviceCalls.toArray();
    expect(calls).toHaveLength(1);
    // The draft id made when the form opened is the call's id: a repeated save finds it and registers nothing more.
    expect(calls[0]?.id).toBe(useRegisterStore.getState().draft?.draftId);
    expect(calls[0]).toMatchObject({
      status: 'registered',
      receivedAt: shanghai(10),
      customer: { name: '陈女士', phone: '13800138000', address: '五一路 8 号 3 栋 502', area: 'inTown' },
      product: { kind: 'aircon', name: '格力空调', model: 'KFR-35GW', serial: 'SN2026001', purchaseDate: '2026-03-01' },
      requestType: 'repair',
      serviceType: 'free',
      appointment: { visitAt: shanghai(14), by: CLERK.staffNo },
      registered: { by: CLERK.staffNo },
    });

    // The next customer gets a fresh form (and a fresh draft: a second call is a second number).
    await user.click(screen.getByRole('button', { name: '登记下一单' }));
    expect(screen.getByLabelText<HTMLInputElement>('顾客姓名').value).toBe('');
    await fillCall(user, { phone: '0731-8888 6666' });
    await user.click(screen.getByRole('button', { name: '登记' }));
    expect((await screen.findByTestId('service-number')).textContent).toBe('WX-S01-C1-261125-0002');
    expect(screen.getByTestId('service-visit').textContent).toBe('尚未约定上门时间：派工时由服务主任和顾客约定。');
    expect(await desk.db.serviceCalls.count()).toBe(2);
  });

  it('bad input is a message at each field and writes nothing', async () => {
    const user = userEvent.setup();
    const { desk } = await openScreen();
    const entries = await desk.db.entries.count();

    await user.click(screen.getByRole('button', { name: '登记' }));
    expect(await screen.findAllByRole('alert')).not.toHaveLength(0);
    expect(fieldError('顾客姓名')).toBe('必填');
    expect(fieldError('电话')).toBe('电话号码格式不对（11 位手机号或带区号的座机）');
    expect(fieldError('地址')).toBe('必填');
    expect(fieldError('区域')).toBe('必填');
    expect(fieldError('产品类别')).toBe('必填');
    expect(fieldError('产品名称')).toBe('必填');
    expect(fieldError('故障描述')).toBe('必填');
    expect(fieldError('服务类别')).toBe('必填');
    expect(fieldError('服务项目')).toBeUndefined();
    expect(fieldError('型号（可选）')).toBeUndefined();

    // Everything right but the phone: only the phone is wrong.
    await fillCall(user, { phone: '12345' });
    await user.click(screen.getByRole('button', { name: '登记' }));
    expect(await screen.findByText('电话号码格式不对（11 位手机号或带区号的座机）')).toBeTruthy();
    expect(fieldError('顾客姓名')).toBeUndefined();

    // A received time later than now is refused at that field.
    await typeInto(user, '电话', '13800138000');
    await typeInto(user, '来电时间', '2026-11-25T11:00');
    await user.click(screen.getByRole('button', { name: '登记' }));
    expect(await screen.findByText('来电时间不能晚于现在')).toBeTruthy();
    expect(fieldError('来电时间')).toBe('来电时间不能晚于现在');

    expect(await desk.db.serviceCalls.count()).toBe(0);
    expect(await desk.db.entries.count()).toBe(entries);
    expect(screen.queryByTestId('service-number')).toBeNull();
  });
});
