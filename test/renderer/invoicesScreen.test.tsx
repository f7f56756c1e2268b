// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { registerInvoiceRequest } from '../../renderer/db/invoices/requests';
import { InvoicesScreen } from '../../renderer/features/invoices/InvoicesScreen';
import { newId } from '../../shared/domain/ids';
import { CLERK, makeDesk } from './deskFixture';
import { renderSignedIn } from './renderDesk';
import { fieldError, typeInto } from './serviceScreens';

const RECEIPT_NO = '小票号（扫描或输入）';
const AMOUNT = '开票金额（元，空着为可开全部）';
const TAXPAYER = '纳税人识别号（统一社会信用代码）';

const receiptGroup = () => screen.getByRole('group', { name: '小票 1' });
const amountError = () => within(receiptGroup()).getByLabelText(AMOUNT).closest('.field')?.querySelector('.field__error')?.textContent;

async function submit(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: '登记开票申请' }));
}

describe('开具发票 screen (clerk)', () => {
  it('refuses bad input at the field, records a request with its slip, and records the number the tax system issued', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    // 60.00 of this 100.00 receipt was invoiced earlier: 40.00 is left.
    await registerInvoiceRequest(desk.asClerk, {
      id: newId(),
      request: { receipts: [{ receiptNo: 'POS-00000001', receiptTotal: '100', amount: '60' }], title: '李四', buyer: 'person', kind: 'ordinary', medium: 'paper' },
    });
    const { desktop } = await renderSignedIn(desk, CLERK.staffNo, <InvoicesScreen />);

    // The scanner starts on the receipt number; Enter moves on to the amount (the receipt amount is known here).
    const receiptNo = within(receiptGroup()).getByLabelText(RECEIPT_NO);
    expect(document.activeElement).toBe(receiptNo);
    await user.type(receiptNo, 'pos-00000001');
    expect(await within(receiptGroup()).findByText('小票金额 ¥100.00，还可开票 ¥40.00')).toBeTruthy();
    const total = within(receiptGroup()).getByLabelText<HTMLInputElement>('小票金额（元）');
    expect([total.value, total.readOnly]).toEqual(['100.00', true]);
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(within(receiptGroup()).getByLabelText(AMOUNT));
    await user.type(within(receiptGroup()).getByLabelText(AMOUNT), '50');
    await user.type(screen.getByLabelText('发票抬头'), '上海某某科技有限公司');
    await user.selectOptions(screen.getByLabelText('抬头类型'), 'company');
    await user.selectOptions(screen.getByLabelText('发票类型'), 'specialVat');
    await user.type(screen.getByLabelText('接收邮箱'), 'ap@example.com');
    const entries = await desk.db.entries.count();

    // A taxpayer number whose check character is wrong.
    await user.type(screen.getByLabelText(TAXPAYER), '91350100M000100Y44');
    await submit(user);
    await waitFor(() => expect(fieldError(TAXPAYER)).toBe('纳税人识别号的校验位不对，请核对'));

    // An electronic invoice with nowhere to send it.
    await typeInto(user, TAXPAYER, '91350100m000100y43');
    await user.clear(screen.getByLabelText('接收邮箱'));
    await submit(user);
    await waitFor(() => expect(fieldError('接收邮箱')).toBe('电子发票须留接收邮箱或手机'));
    expect(fieldError(TAXPAYER)).toBeUndefined();

    // A special VAT invoice for a person.
    await user.type(screen.getByLabelText('接收手机'), '138 0013 8000');
    await user.selectOptions(screen.getByLabelText('抬头类型'), 'person');
    expect(screen.queryByLabelText(TAXPAYER)).toBeNull();
    await submit(user);
    await waitFor(() => expect(fieldError('发票类型')).toBe('增值税专用发票只能开给单位'));

    // More than is left of the receipt.
    await user.selectOptions(screen.getByLabelText('抬头类型'), 'company');
    await submit(user);
    await waitFor(() => expect(amountError()).toBe('小票 POS-00000001 只剩 ¥40.00 可开票'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await desk.db.entries.count()).toBe(entries);

    // The amount left blank: all that is left.
    await user.clear(within(receiptGroup()).getByLabelText(AMOUNT));
    expect(screen.getByTestId('invoice-total').textContent).toBe('¥40.00');
    await submit(user);
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('抬头“上海某某科技有限公司”，增值税专用发票（电子发票），1 张小票，合计 ¥40.00');
    await user.click(within(dialog).getByRole('button', { name: '登记开票申请' }));
    const number = 'FP-S01-C1-261125-0002';
    expect((await screen.findByTestId('invoice-number')).textContent).toBe(number);

    // The request slip: 80 mm, its number as the record number, the customer's phone masked.
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    const job = desktop.archive[0]!.request;
    expect(job).toMatchObject({ kind: 'invoiceSlip', recordNumber: number, paper: '80mm' });
    for (const text of ['开票申请单', '上海某某科技有限公司', '91350100M000100Y43', '增值税专用发票', 'POS-00000001', '¥40.00', '138****8000']) expect(job.html).toContain(text);
    expect(job.html).not.toContain('13800138000');
    // The form is clear for the next customer.
    expect(within(receiptGroup()).getByLabelText<HTMLInputElement>(RECEIPT_NO).value).toBe('');

    // In today's register, waiting for its number; found again by scanning the slip.
    const register = screen.getByRole('region', { name: '发票登记' });
    await waitFor(() => expect(within(register).getByTestId('invoice-register-totals').textContent).toBe('申请 2 笔 · 待开票 2 · 已开票 0 · 已作废 0 · 金额合计 ¥100.00（其中已开票 ¥0.00）'));
    await user.type(screen.getByLabelText('扫描或输入申请单号（回车确认）'), `${number.toLowerCase()}{Enter}`);
    const detail = await screen.findByRole('region', { name: `申请单 ${number}` });
    expect(within(detail).getByTestId('invoice-status').textContent).toBe('待开票');

    // The tax system's number: digits only, 8 to 20 of them.
    await user.type(within(detail).getByLabelText('发票号码（税务系统开具后扫描或输入）'), '1234567');
    await user.click(within(detail).getByRole('button', { name: '记录发票号码' }));
    await waitFor(() => expect(fieldError('发票号码（税务系统开具后扫描或输入）')).toBe('发票号码应为 8–20 位数字'));
    await typeInto(user, '发票号码（税务系统开具后扫描或输入）', '26312000000012345678');
    await user.click(within(detail).getByRole('button', { name: '记录发票号码' }));
    await waitFor(() => expect(within(detail).getByTestId('invoice-status').textContent).toBe('已开票'));
    expect(within(detail).getByText(/发票号码 26312000000012345678（2026-11-25 10:00，1001 李小红 录入）/)).toBeTruthy();
    await waitFor(() => expect(within(register).getByTestId('invoice-register-totals').textContent).toContain('待开票 1 · 已开票 1'));
    expect(within(register).getByText(number).closest('tr')?.textContent).toContain('26312000000012345678');
  });

  it('an unknown receipt needs its amount; the register by month; a request number not found says so', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await renderSignedIn(desk, CLERK.staffNo, <InvoicesScreen />);
    await user.type(within(receiptGroup()).getByLabelText(RECEIPT_NO), 'POS-00000009');
    await user.type(screen.getByLabelText('发票抬头'), '王五');
    await user.selectOptions(screen.getByLabelText('抬头类型'), 'person');
    await user.selectOptions(screen.getByLabelText('开具形式'), 'paper');
    await submit(user);
    await waitFor(() => expect(within(receiptGroup()).getByLabelText('小票金额（元）').closest('.field')?.querySelector('.field__error')?.textContent).toBe('必填'));
    await user.type(within(receiptGroup()).getByLabelText('小票金额（元）'), '８８.５');
    expect(screen.getByTestId('invoice-total').textContent).toBe('¥88.50');
    await submit(user);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '登记开票申请' }));
    expect((await screen.findByTestId('invoice-number')).textContent).toBe('FP-S01-C1-261125-0001');

    const register = screen.getByRole('region', { name: '发票登记' });
    await user.selectOptions(within(register).getByLabelText('登记查看'), 'month');
    expect(within(register).getByLabelText<HTMLInputElement>('月份').value).toBe('2026-11');
    await waitFor(() => expect(within(register).getByTestId('invoice-register-totals').textContent).toContain('申请 1 笔'));

    await user.type(screen.getByLabelText('扫描或输入申请单号（回车确认）'), 'FP-S01-C1-261125-0099{Enter}');
    await waitFor(() => expect(fieldError('扫描或输入申请单号（回车确认）')).toBe('没有这张申请单'));
  });
});
