// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { VisitScreen } from '../../renderer/features/service/visit/VisitScreen';
import { CLERK } from './deskFixture';
import { renderSignedIn } from './renderDesk';
import { acceptedCall } from './serviceAftercareFixture';
import { makeServiceDesk } from './serviceFixture';
import { fieldError, typeInto } from './serviceScreens';

const FEE = '收费金额（元，可选）';

async function scan(user: UserEvent, text: string) {
  await typeInto(user, '服务凭证号（扫码或输入）', text);
  await user.keyboard('{Enter}');
}

/** The outcome form filled in as from the voucher: fixed on site, with `fee` and an invoice number. */
async function fillVisit(user: UserEvent, fee: string) {
  await user.selectOptions(screen.getByLabelText('结果'), '现场修好');
  await typeInto(user, '到达时间', '2026-11-25T11:30');
  await typeInto(user, '现场时间（分钟）', '40');
  await typeInto(user, '维修内容', '更换压缩机电容');
  await typeInto(user, FEE, fee);
  await typeInto(user, '发票号码（收费时填写）', 'FP0001');
}

describe('登记结果 for paid work (有费): the quote first, then the fee up to it', () => {
  it('a fee with no agreed quote or above it is refused at the fee field; a bad quote at its fields; nothing written until right', async () => {
    const user = userEvent.setup();
    const desk = await makeServiceDesk();
    const call = await acceptedCall(desk);
    await renderSignedIn(desk, CLERK.staffNo, <VisitScreen />);
    await scan(user, call.number);

    // No quote yet: the keyboard starts at the quote, and the fee says there is none to charge against.
    expect((await screen.findByTestId('service-quote')).textContent).toBe('尚未报价：有费维修须先报价，顾客同意后才能收费。');
    expect(document.activeElement).toBe(screen.getByLabelText('报价金额（元）'));
    expect(screen.getByText('尚无顾客同意的报价')).toBeTruthy();
    const before = await desk.db.entries.count();

    await fillVisit(user, '80');
    await user.click(screen.getByRole('button', { name: '登记结果' }));
    await waitFor(() => expect(fieldError(FEE)).toBe('有费维修须先向顾客报价并取得同意'));

    await user.type(screen.getByLabelText('报价金额（元）'), '12.345');
    await user.click(screen.getByRole('button', { name: '登记报价' }));
    await waitFor(() => expect(fieldError('报价金额（元）')).toBe('金额格式不对：不能为负数，最多两位小数'));
    expect(fieldError('报价内容')).toBe('必填');
    expect(await desk.db.entries.count()).toBe(before);

    // Full-width digits as from a Chinese input method; Enter in the work field records it.
    await typeInto(user, '报价金额（元）', '１００');
    await user.click(screen.getByLabelText('顾客同意这个报价'));
    await user.type(screen.getByLabelText('报价内容'), '更换压缩机电容{Enter}');
    expect((await screen.findByRole('status')).textContent).toBe(`${call.number} 已登记报价 ¥100.00（顾客已同意）`);
    await waitFor(() => expect(screen.getByTestId('service-quote').textContent).toMatch(/^当前报价：¥100\.00 · 更换压缩机电容 · 顾客已同意（2026-11-25 12:00）$/));
    // Agreed: the keyboard goes on to the outcome, and the fee shows the quote beside it.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('结果')));
    expect(screen.getByText('报价 ¥100.00')).toBeTruthy();

    await typeInto(user, FEE, '120');
    await user.click(screen.getByRole('button', { name: '登记结果' }));
    await waitFor(() => expect(fieldError(FEE)).toBe('费用超出顾客同意的报价'));
    expect((await desk.db.serviceCalls.get(call.id))?.visits).toEqual([]);

    await typeInto(user, FEE, '100');
    await user.click(screen.getByRole('button', { name: '登记结果' }));
    expect(await screen.findByText(`${call.number} 已登记：已结单`)).toBeTruthy();
    expect(screen.queryByTestId('service-quote')).toBeNull();
    const closed = await desk.db.serviceCalls.get(call.id);
    expect(closed?.visits).toMatchObject([{ feeFen: 10000, invoiceNo: 'FP0001' }]);
    expect(closed?.quote).toMatchObject({ amountFen: 10000, agreed: true, by: CLERK.staffNo });
  });

  it('a free call shows no quote', async () => {
    const user = userEvent.setup();
    const desk = await makeServiceDesk();
    const call = await acceptedCall(desk, { serviceType: 'free' });
    await renderSignedIn(desk, CLERK.staffNo, <VisitScreen />);
    await scan(user, call.number);
    await screen.findByLabelText('结果');
    expect(screen.queryByTestId('service-quote')).toBeNull();
    expect(screen.queryByText('尚无顾客同意的报价')).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('结果'));
  });
});
