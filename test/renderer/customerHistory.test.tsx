// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { readCustomerHistory } from '../../renderer/db/customers/history';
import { keepCustomerTrail } from '../../renderer/db/customers/trail';
import { DeskDatabase } from '../../renderer/db/database';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { registerReturn } from '../../renderer/db/returns/register';
import { COMPLAINT_TRAIL } from '../../shared/domain/customers/trail';
import { CustomerHistoryScreen } from '../../renderer/features/customers/CustomerHistoryScreen';
import { makeComplaintDesk, LEAD, recordComplaint } from './complaintWorkflowFixture';
import { CLERK } from './deskFixture';
import { renderSignedIn } from './renderDesk';
import { fieldError, typeInto } from './serviceScreens';

const PHONE = '13812345678';
const kettle = { sku: '6901234567892', name: '电水壶', category: 'appliance', quantityBought: '2', quantity: '1', unitPrice: '99.90', disposition: 'restock' };
const refund = { receiptNo: 'POS-00123456', purchaseDate: '2026-11-23', lines: [kettle], reason: 'quality', condition: 'faulty', outcome: 'refund', refundMethod: 'originalPayment' };

const PHONE_FIELD = '电话号码或后四位';
const NAME_FIELD = '顾客姓名（用后四位查找时必填）';
const rowNumbers = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.querySelector('.ch-number')?.textContent);

/** A return (no name asked) at 10:00 and a complaint by 张三 at 11:30, one phone; another caller's complaint shares its last four digits. */
async function customerDesk() {
  const desk = await makeComplaintDesk();
  const ret = await registerReturn(desk.asClerk, newId(), { ...refund, phone: '138 1234 5678' });
  desk.clock.advance(90 * 60_000);
  const complaint = await recordComplaint(desk.asClerk, { complainant: { name: '张三', contact: { phone: PHONE } } });
  desk.clock.advance(60_000);
  const other = await recordComplaint(desk.asClerk, { complainant: { name: '李四', contact: { phone: '13912345678' } } });
  return { desk, ret, complaint, other };
}

describe('顾客记录 (one customer’s history)', () => {
  it('a clerk is refused by the read itself, not only by the sidebar', async () => {
    const user = userEvent.setup();
    const { desk } = await customerDesk();
    await expect(readCustomerHistory(desk.asClerk, { phone: PHONE })).rejects.toMatchObject({ code: 'error.notAllowed' });
    await renderSignedIn(desk, CLERK.staffNo, <CustomerHistoryScreen />);
    await typeInto(user, PHONE_FIELD, PHONE);
    await user.click(screen.getByRole('button', { name: '查询' }));
    expect((await screen.findByRole('alert')).textContent).toBe('当前员工无权执行此操作');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('a lead sees the return and the complaint of a phone, newest first, masked; tail and name find them; bad input is refused at the field', async () => {
    const user = userEvent.setup();
    const { desk, ret, complaint, other } = await customerDesk();
    await renderSignedIn(desk, LEAD.staffNo, <CustomerHistoryScreen />);

    await typeInto(user, PHONE_FIELD, 'abc');
    await user.click(screen.getByRole('button', { name: '查询' }));
    await waitFor(() => expect(fieldError(PHONE_FIELD)).toBe('请输入 11 位手机号、带区号的座机号，或电话后四位'));

    // Four digits and Enter: the keyboard goes on to the name, which four digits need.
    await typeInto(user, PHONE_FIELD, '5678');
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText(NAME_FIELD));
    await user.click(screen.getByRole('button', { name: '查询' }));
    await waitFor(() => expect(fieldError(NAME_FIELD)).toBe('用电话后四位查找时，请填写顾客姓名'));
    expect(screen.queryByRole('table')).toBeNull();

    // The whole number (as a clerk types it, full-width) finds both, newest first, the phone masked everywhere.
    await typeInto(user, PHONE_FIELD, '１３８１２３４５６７８{Enter}');
    expect((await screen.findByRole('status')).textContent).toBe('138****5678：共 2 条记录，最新的在前');
    expect(rowNumbers()).toEqual([complaint.number, ret.number]);
    const complaintRow = screen.getByTestId(`history-row-${complaint.number}`);
    expect(within(complaintRow).getByText('投诉')).toBeTruthy();
    expect(within(complaintRow).getByText('138****5678')).toBeTruthy();
    expect(within(screen.getByTestId(`history-row-${ret.number}`)).getByText('退换货')).toBeTruthy();
    expect(within(screen.getByTestId(`history-row-${ret.number}`)).getByText('电水壶 ×1 · ¥99.90')).toBeTruthy();
    expect(document.body.textContent).not.toContain(PHONE);
    expect(document.body.textContent).not.toContain(other.number);

    // Last four digits and the name: 张三's complaint names the phone, so the return (no name) is theirs too; 李四 is not.
    await typeInto(user, PHONE_FIELD, '5678');
    await typeInto(user, NAME_FIELD, '张三');
    await user.click(screen.getByRole('button', { name: '查询' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('****5678 张三：共 2 条记录，最新的在前'));
    expect(rowNumbers()).toEqual([complaint.number, ret.number]);
    expect(document.body.textContent).not.toContain(other.number);
  });
});

describe('the customer trail beside the records', () => {
  it('a complaint from another counter arrives by sync with its trail row', async () => {
    const desk = await makeComplaintDesk();
    const c2 = await desk.joinedCounter('C2');
    const made = await recordComplaint(c2, { complainant: { name: '张三', contact: { phone: PHONE } } });
    await applyIncomingEntries(desk.asSupervisor, (await c2.db.entries.toArray()).filter((e) => e.counter === 'C2'));
    const read = await readCustomerHistory(desk.asLead, { phone: PHONE });
    expect(read.rows.map((r) => [r.number, r.counter])).toEqual([[made.number, 'C2']]);
  });

  it('a corrected phone leaves no row under the old one', async () => {
    const desk = await makeComplaintDesk();
    const { id } = await recordComplaint(desk.asClerk, { complainant: { name: '张三', contact: { phone: PHONE } } });
    const kept = (await desk.db.complaints.get(id))!;
    const corrected = { ...kept, complainant: { ...kept.complainant, contact: { phone: '13900001111' } } };
    await keepCustomerTrail(desk.db, [{ rule: COMPLAINT_TRAIL, recordId: id, after: corrected }]);
    expect((await readCustomerHistory(desk.asLead, { phone: PHONE })).rows).toEqual([]);
    expect((await readCustomerHistory(desk.asLead, { phone: '13900001111' })).rows.map((r) => r.recordId)).toEqual([id]);
  });

  it('a database made before the trail gets it on upgrade, from the records kept', async () => {
    const { desk, ret, complaint } = await customerDesk();
    const name = `test-upgrade-${newId()}`;
    const v14 = new Dexie(name);
    v14.version(14).stores({ returns: 'id, number, receiptNo, registeredAt, status', complaints: 'id, number, status, receivedAt, open, conflict, phoneTail, nameKey' });
    await v14.table('returns').bulkPut(await desk.db.returns.toArray());
    await v14.table('complaints').bulkPut(await desk.db.complaints.toArray());
    v14.close();
    const upgraded = new DeskDatabase(name);
    const rows = await upgraded.customerTrail.where('[phone+at]').between([PHONE, Dexie.minKey], [PHONE, Dexie.maxKey]).toArray();
    expect(rows.map((r) => r.number).sort()).toEqual([complaint.number, ret.number].sort());
    upgraded.close();
  });
});
