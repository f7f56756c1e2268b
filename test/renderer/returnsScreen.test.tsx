// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { registerReturn } from '../../renderer/db/returns/register';
import { registerInvoiceRequest } from '../../renderer/db/invoices/requests';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { ReturnsScreen } from '../../renderer/features/returns/ReturnsScreen';
import { CLERK, makeDesk, SUPERVISOR } from './deskFixture';
import { seedGiftOnReceipt } from './returnsSeed';
import { renderSignedIn } from './renderDesk';
import { fieldError } from './serviceScreens';

const RECEIPT_FIELD = '扫描或输入购物小票号（回车确认）';
const POLICY_WAITING = '填好购买日期、商品和处理结果后，这里显示是否符合退货政策。';

async function fillLine(user: UserEvent, line: { sku: string; name: string; category: string; bought: string; quantity: string; price: string }) {
  const item = screen.getByRole('group', { name: '商品 1' });
  await user.type(within(item).getByLabelText('商品条码/SKU'), line.sku);
  await user.type(within(item).getByLabelText('品名'), line.name);
  await user.selectOptions(within(item).getByLabelText('类别'), line.category);
  await user.clear(within(item).getByLabelText('购买数量'));
  await user.type(within(item).getByLabelText('购买数量'), line.bought);
  await user.clear(within(item).getByLabelText('退货数量'));
  await user.type(within(item).getByLabelText('退货数量'), line.quantity);
  await user.type(within(item).getByLabelText('单价（元）'), line.price);
}

async function choose(user: UserEvent, reason: string, condition: string, outcome: string) {
  await user.selectOptions(screen.getByLabelText('退货原因'), reason);
  await user.selectOptions(screen.getByLabelText('商品状况'), condition);
  await user.selectOptions(screen.getByLabelText('处理结果'), outcome);
}

async function scanReceipt(user: UserEvent, text: string) {
  await user.clear(screen.getByLabelText(RECEIPT_FIELD));
  await user.type(screen.getByLabelText(RECEIPT_FIELD), `${text}{Enter}`);
}

const kettle = { sku: '6901234567892', name: '电水壶', category: 'appliance', bought: '2', quantity: '1', price: '99.90' };

describe('returns screen (clerk)', () => {
  it('registers a refund within policy, shows the 三包 advice, and prints the return slip', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    const { desktop } = await renderSignedIn(desk, CLERK.staffNo, <ReturnsScreen />);
    // The scanner field has the focus: the clerk scans the receipt first.
    expect(document.activeElement).toBe(screen.getByLabelText(RECEIPT_FIELD));
    await scanReceipt(user, 'pos－0012 3456');
    expect((await screen.findByTestId('receipt-number')).textContent).toBe('小票 POS-00123456');
    expect(screen.getByText(/该小票首次办理退换货/)).toBeTruthy();
    await user.clear(screen.getByLabelText('购买日期'));
    await user.type(screen.getByLabelText('购买日期'), '2026-11-20');
    await fillLine(user, kettle);
    await choose(user, 'quality', 'faulty', 'refund');
    await user.selectOptions(screen.getByLabelText('退款方式'), 'originalPayment');
    expect(screen.getByText('金额 ¥99.90')).toBeTruthy();
    expect(screen.getByTestId('return-refund').textContent).toBe('¥99.90');
    expect(screen.getByText('符合本店退货政策。')).toBeTruthy();
    expect(screen.getByTestId('three-guarantees').textContent).toBe('7 日内出现性能故障：顾客可选择退货、换货或维修。');
    expect(screen.getByText('家用电器，购买后第 5 天')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '登记退换货' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('退款：1 件商品，商品金额 ¥99.90，应退 ¥99.90（原路退回）');
    await user.click(within(dialog).getByRole('button', { name: '登记退换货' }));
    expect((await screen.findByTestId('return-number')).textContent).toBe('TH-S01-C1-261125-0001');
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    const job = desktop.archive[0]!.request;
    expect(job).toMatchObject({ kind: 'returnSlip', recordNumber: 'TH-S01-C1-261125-0001', paper: '80mm' });
    for (const text of ['退货单', '门店联', '随货联', '顾客签名', 'POS-00123456', '电水壶', '¥99.90', '原路退回']) expect(job.html).toContain(text);
    const [saved] = await desk.db.returns.toArray();
    expect(saved).toMatchObject({ printCount: 1, refundFen: 9990, registered: { by: CLERK.staffNo } });
    // The form is clear for the next customer; the slip can be reprinted (补打).
    expect(screen.queryByTestId('receipt-number')).toBeNull();
    expect(await screen.findByRole('button', { name: '补打' })).toBeTruthy();
  });

  it('after saving, the next customer starts clean: empty receipt field, the TH number brought into view, no verdict on an empty form', async () => {
    // jsdom does not scroll: record what the screen asks to bring into view.
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      const user = userEvent.setup();
      const desk = await makeDesk();
      await renderSignedIn(desk, CLERK.staffNo, <ReturnsScreen />);
      // Nothing typed yet: the check does not claim the return is within policy.
      expect(screen.queryByText('符合本店退货政策。')).toBeNull();
      expect(screen.getByText(POLICY_WAITING)).toBeTruthy();
      await scanReceipt(user, 'POS-00123456');
      fireDate('2026-11-20');
      await fillLine(user, kettle);
      expect(screen.getByText(POLICY_WAITING)).toBeTruthy();
      await choose(user, 'quality', 'faulty', 'refund');
      expect(screen.getByText('符合本店退货政策。')).toBeTruthy();
      await user.selectOptions(screen.getByLabelText('退款方式'), 'cash');
      await user.click(screen.getByRole('button', { name: '登记退换货' }));
      await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '登记退换货' }));
      const number = await screen.findByTestId('return-number');
      await waitFor(() => expect(scrolled.some((el) => el.contains(number))).toBe(true));
      // The scanner field is empty and has the focus; the form says nothing about a policy yet.
      await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>(RECEIPT_FIELD).value).toBe(''));
      const receipt = screen.getByLabelText<HTMLInputElement>(RECEIPT_FIELD);
      expect(document.activeElement).toBe(receipt);
      expect(screen.getByText(POLICY_WAITING)).toBeTruthy();
      // The next customer's return typed without scanning: 必填 at the receipt, and no earlier customer's number beside it.
      fireDate('2026-11-21');
      await fillLine(user, { ...kettle, sku: '6900000000001', name: '电饭煲' });
      await choose(user, 'quality', 'faulty', 'refund');
      await user.selectOptions(screen.getByLabelText('退款方式'), 'cash');
      await user.click(screen.getByRole('button', { name: '登记退换货' }));
      await waitFor(() => expect(receipt.getAttribute('aria-invalid')).toBe('true'));
      expect(receipt.value).toBe('');
      expect(screen.queryByTestId('receipt-number')).toBeNull();
    } finally {
      Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
    }
  });

  it('a return outside the window lists the problem in words and needs a supervisor with a reason', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await renderSignedIn(desk, CLERK.staffNo, <ReturnsScreen />);
    await scanReceipt(user, 'POS-00123456');
    await user.clear(screen.getByLabelText('购买日期'));
    await user.type(screen.getByLabelText('购买日期'), '2026-11-01');
    await fillLine(user, { ...kettle, category: 'clothing', price: '59' });
    await choose(user, 'sizeFit', 'unopened', 'refund');
    await user.selectOptions(screen.getByLabelText('退款方式'), 'cash');
    expect(screen.getByText('购买已 24 天，超过 7 天退货期')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '请主管审批并登记…' }));
    expect(await screen.findByText('必填')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.type(screen.getByLabelText('例外理由（主管批准）'), '老顾客，吊牌完好');
    await user.click(screen.getByRole('button', { name: '请主管审批并登记…' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('超出退货政策的退换货（超过退货期）');
    // A clerk's PIN does not approve.
    await user.type(within(dialog).getByLabelText('主管工号'), CLERK.staffNo);
    await user.type(within(dialog).getByLabelText('主管 PIN 码'), CLERK.pin);
    await user.click(within(dialog).getByRole('button', { name: '批准' }));
    expect(await within(dialog).findByText('该员工不是主管，不能审批')).toBeTruthy();
    expect(await desk.db.returns.count()).toBe(0);
    await user.clear(within(dialog).getByLabelText('主管工号'));
    await user.type(within(dialog).getByLabelText('主管工号'), SUPERVISOR.staffNo);
    await user.clear(within(dialog).getByLabelText('主管 PIN 码'));
    await user.type(within(dialog).getByLabelText('主管 PIN 码'), SUPERVISOR.pin);
    await user.click(within(dialog).getByRole('button', { name: '批准' }));
    expect((await screen.findByTestId('return-number')).textContent).toBe('TH-S01-C1-261125-0001');
    const [saved] = await desk.db.returns.toArray();
    expect(saved).toMatchObject({ exceptions: ['outsideWindow'], exceptionReason: '老顾客，吊牌完好', registered: { approvedBy: SUPERVISOR.staffNo } });
  });

  it('without a receipt: store credit only, with a supervisor', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await renderSignedIn(desk, CLERK.staffNo, <ReturnsScreen />);
    await user.click(screen.getByLabelText('顾客无小票'));
    expect(screen.queryByLabelText(RECEIPT_FIELD)).toBeNull();
    await fillLine(user, { ...kettle, category: 'household', price: '25' });
    await choose(user, 'changedMind', 'unopened', 'refund');
    const methods = within(screen.getByLabelText('退款方式')).getAllByRole('option').map((o) => o.textContent);
    expect(methods).toEqual(['请选择', '购物卡余额']);
    await user.selectOptions(screen.getByLabelText('退款方式'), 'storeCredit');
    expect(screen.getByText('顾客无小票，无法核实购买')).toBeTruthy();
    await user.type(screen.getByLabelText('例外理由（主管批准）'), '小票遗失，有购物记录');
    await user.click(screen.getByRole('button', { name: '请主管审批并登记…' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('主管工号'), SUPERVISOR.staffNo);
    await user.type(within(dialog).getByLabelText('主管 PIN 码'), SUPERVISOR.pin);
    await user.click(within(dialog).getByRole('button', { name: '批准' }));
    await screen.findByTestId('return-number');
    const [saved] = await desk.db.returns.toArray();
    expect(saved).toMatchObject({ receiptNo: undefined, refundMethod: 'storeCredit', exceptions: ['noReceipt'], refundFen: 2500 });
  });

  it('a second return of a line already fully returned is refused at the quantity, with nothing written', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await registerReturn(desk.asClerk, newId(), {
      receiptNo: 'POS-00123456',
      purchaseDate: '2026-11-20',
      lines: [{ sku: kettle.sku, name: kettle.name, category: 'appliance', quantityBought: '2', quantity: '2', unitPrice: '99.90', disposition: 'restock' }],
      reason: 'quality',
      condition: 'faulty',
      outcome: 'refund',
      refundMethod: 'cash',
    });
    await renderSignedIn(desk, CLERK.staffNo, <ReturnsScreen />);
    await scanReceipt(user, 'POS-00123456');
    expect(await screen.findByText(/电水壶（6901234567892）：购买 2 件，已退 2 件/)).toBeTruthy();
    expect(screen.getByText('已全部退完')).toBeTruthy();
    await user.clear(screen.getByLabelText('购买日期'));
    await user.type(screen.getByLabelText('购买日期'), '2026-11-20');
    await fillLine(user, kettle);
    await choose(user, 'quality', 'faulty', 'refund');
    await user.selectOptions(screen.getByLabelText('退款方式'), 'cash');
    const entries = await desk.db.entries.count();
    await user.click(screen.getByRole('button', { name: '登记退换货' }));
    expect(await screen.findByText('该商品已全部退完（共购买 2 件），不能再退')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await desk.db.entries.count()).toBe(entries);
    expect(await desk.db.returns.count()).toBe(1);
  });

  it('refuses bad input at the field: malformed receipt number, zero quantity, three decimals, a future date', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await renderSignedIn(desk, CLERK.staffNo, <ReturnsScreen />);
    await scanReceipt(user, 'AB#1');
    expect(await screen.findByText('小票号格式不对（6–32 位字母、数字或短横线）')).toBeTruthy();
    await scanReceipt(user, 'POS-00123456');
    await screen.findByTestId('receipt-number');
    await fillLine(user, { ...kettle, quantity: '0', price: '9.999' });
    await choose(user, 'quality', 'faulty', 'refund');
    await user.selectOptions(screen.getByLabelText('退款方式'), 'cash');
    await user.click(screen.getByRole('button', { name: '登记退换货' }));
    expect(await screen.findByText('数量须为正整数')).toBeTruthy();
    expect(screen.getByText('金额格式不对：不能为负数，最多两位小数')).toBeTruthy();
    const item = screen.getByRole('group', { name: '商品 1' });
    await user.clear(within(item).getByLabelText('退货数量'));
    await user.type(within(item).getByLabelText('退货数量'), '1');
    await user.clear(within(item).getByLabelText('单价（元）'));
    await user.type(within(item).getByLabelText('单价（元）'), '9.99');
    fireDate('2026-11-26');
    await user.click(screen.getByRole('button', { name: '登记退换货' }));
    expect(await screen.findByText('购买日期不能晚于今天')).toBeTruthy();
    expect(await desk.db.returns.count()).toBe(0);
  });

  it('a quantity bought of 1e3 or 0x3 is not a number of pieces: refused at the field, nothing asked or saved', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await renderSignedIn(desk, CLERK.staffNo, <ReturnsScreen />);
    await scanReceipt(user, 'POS-00123456');
    await screen.findByTestId('receipt-number');
    await user.clear(screen.getByLabelText('购买日期'));
    await user.type(screen.getByLabelText('购买日期'), '2026-11-20');
    await fillLine(user, { ...kettle, bought: '1e3', quantity: '0x3' });
    await choose(user, 'quality', 'faulty', 'refund');
    await user.selectOptions(screen.getByLabelText('退款方式'), 'originalPayment');
    // The live total does not read them as numbers either.
    expect(screen.queryByText(/金额 ¥/)).toBeNull();
    await user.click(screen.getByRole('button', { name: '登记退换货' }));
    const item = screen.getByRole('group', { name: '商品 1' });
    expect(await within(item).findAllByText('数量须为正整数')).toHaveLength(2);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await desk.db.returns.count()).toBe(0);
  });

  it('a refund of a receipt that earned a gift asks it back or deducts its value', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    const { handoutId } = await seedGiftOnReceipt(desk.asClerk, 'POS-00123456', 3000);
    const { desktop } = await renderSignedIn(desk, CLERK.staffNo, <ReturnsScreen />);
    await scanReceipt(user, 'POS-00123456');
    await fillLine(user, kettle);
    await choose(user, 'quality', 'faulty', 'refund');
    await user.selectOptions(screen.getByLabelText('退款方式'), 'cash');
    const gift = await screen.findByLabelText('保温杯（ZP-S01-C1-261125-0001，价值 ¥30.00）');
    await user.click(screen.getByRole('button', { name: '登记退换货' }));
    expect(await screen.findByText('请选择赠品“保温杯”的处理方式')).toBeTruthy();
    await user.selectOptions(gift, 'deducted');
    expect(screen.getByTestId('return-refund').textContent).toBe('¥69.90');
    await user.click(screen.getByRole('button', { name: '登记退换货' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '登记退换货' }));
    await screen.findByTestId('return-number');
    expect(await desk.db.handouts.get(handoutId)).toMatchObject({ status: 'reversed' });
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    expect(desktop.archive[0]!.request.html).toContain('扣除赠品');
  });

  it('a refund on an invoiced receipt asks for the invoice back or a red-letter note, with its number, before it is saved', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    const invoice = await registerInvoiceRequest(desk.asClerk, {
      id: newId(),
      request: { receipts: [{ receiptNo: 'POS-00123456', receiptTotal: '199.80', amount: '199.80' }], title: '张三', buyer: 'person', kind: 'ordinary', medium: 'paper' },
    });
    await renderSignedIn(desk, CLERK.staffNo, <ReturnsScreen />);
    await scanReceipt(user, 'POS-00123456');
    await fillLine(user, kettle);
    await choose(user, 'quality', 'faulty', 'refund');
    await user.selectOptions(screen.getByLabelText('退款方式'), 'cash');
    expect(screen.getByText(`这张小票已开发票：${invoice.number}（¥199.80）。退款前须收回原发票，或开具红字发票信息表。`)).toBeTruthy();
    const entries = await desk.db.entries.count();
    await user.click(screen.getByRole('button', { name: '登记退换货' }));
    await waitFor(() => expect(fieldError('发票处理')).toBe('这张小票已开发票：请选择收回原发票或开具红字信息表'));
    await user.selectOptions(screen.getByLabelText('发票处理'), 'redLetterNote');
    await user.click(screen.getByRole('button', { name: '登记退换货' }));
    await waitFor(() => expect(fieldError('红字信息表编号')).toBe('必填'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await desk.db.entries.count()).toBe(entries);
    await user.type(screen.getByLabelText('红字信息表编号'), '4403252611000123');
    await user.click(screen.getByRole('button', { name: '登记退换货' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '登记退换货' }));
    await screen.findByTestId('return-number');
    const [saved] = await desk.db.returns.toArray();
    expect(saved?.invoiceSettlement).toEqual({ kind: 'redLetterNote', noteNo: '4403252611000123' });
  });

  it('shows a refund beyond bought from another counter to a supervisor', async () => {
    const desk = await makeDesk();
    const c2 = await desk.joinedCounter('C2');
    const raw = (quantity: string) => ({
      receiptNo: 'POS-00123456',
      purchaseDate: '2026-11-20',
      lines: [{ sku: kettle.sku, name: kettle.name, category: 'appliance', quantityBought: '2', quantity, unitPrice: '99.90', disposition: 'restock' }],
      reason: 'quality',
      condition: 'faulty',
      outcome: 'refund',
      refundMethod: 'cash',
    });
    await registerReturn(desk.asClerk, newId(), raw('2'));
    desk.clock.advance(60_000);
    const late = await registerReturn(c2, newId(), raw('1'));
    await applyIncomingEntries(desk.asClerk, await c2.db.entries.toArray());
    await renderSignedIn(desk, SUPERVISOR.staffNo, <ReturnsScreen />);
    const panel = await screen.findByRole('region', { name: '小票冲突（1）' });
    expect(within(panel).getByText('小票 POS-00123456')).toBeTruthy();
    expect(within(panel).getByText(new RegExp(`${late.number}：退款超出购买数量，未计入.*柜台 C2`))).toBeTruthy();
  });
});

/** A date input set the way a date picker sets it (typing into type=date is not how clerks pick a date). */
function fireDate(value: string) {
  fireEvent.change(screen.getByLabelText<HTMLInputElement>('购买日期'), { target: { value } });
}
