import { countConflicts, listCounterConflicts } from '../../renderer/db/conflicts';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { newId } from '../../shared/domain/ids';
import { DeskError } from '../../renderer/db/errors';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { recordPrint } from '../../renderer/db/printing/recordPrint';
import { acceptJob, cancelServiceCall, dispatchCall, recordVisit, registerServiceCall, takeStep } from '../../renderer/db/service/calls';
import { checkRepair, markGoodsReceiptPrinted, receiveGoods, recordRepair, returnGoods, returnGoodsWithoutReceipt } from '../../renderer/db/service/workshop';
import { findGoodsReceipt, readGoodsRegister, readWorkshopGoods } from '../../renderer/db/service/workshopQueries';
import { SUPERVISOR } from './deskFixture';
import { callForm, makeServiceDesk, TECH_WU, TECH_ZHOU } from './serviceFixture';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function refusal(p: Promise<unknown>): Promise<{ code: string; field?: string | undefined }> {
  try {
    await p;
  } catch (error) {
    if (error instanceof DeskError) return { code: error.code, field: error.field };
    if (error instanceof ZodError) return { code: error.issues[0]!.message, field: error.issues[0]!.path.join('.') };
    throw error;
  }
  throw new Error('expected a refusal');
}

const goods = { goods: '格力空调室内机', accessories: '遥控器一个', condition: '外壳右侧有划痕' };
const repair = (over: Record<string, unknown> = {}) => ({ minutes: '９０', workDone: '更换启动电容，试机正常', parts: [{ name: '启动电容 35μF', quantity: '1' }], ...over });
const passed = (readyOn: string) => ({ result: 'passed', note: '', readyOn });
const out = (receiptNo: string, over: Record<string, unknown> = {}) => ({ receiptNo, fee: '', invoiceNo: '', customerSigned: true, ...over });
const lost = (over: Record<string, unknown> = {}) => ({ identity: { phone: '138 0013 8000', note: '身份证核对，尾号 1234' }, fee: '', invoiceNo: '', customerSigned: true, ...over });
const approval = { staffNo: SUPERVISOR.staffNo, pin: SUPERVISOR.pin };

/** A call (free under warranty unless told) taken at 10:00, sent to 周, who took the goods back at 12:00. */
async function takenBack(serviceType = 'free') {
  const desk = await makeServiceDesk();
  const call = await registerServiceCall(desk.asClerk, newId(), callForm(desk.clock.now(), { serviceType }));
  await dispatchCall(desk.asSupervisor, call.id, { technician: TECH_ZHOU.staffNo });
  await acceptJob(desk.asZhou, call.id);
  desk.clock.advance(2 * HOUR);
  await recordVisit(desk.asClerk, call.id, { outcome: 'takenBack', arrivedAt: desk.clock.now() - HOUR, minutesOnSite: '30', workDone: '压缩机不启动，带回维修', parts: [], fee: '', invoiceNo: '', voucherReturned: true });
  return { desk, call };
}

describe('the workshop: goods in, repair card, check, goods out', () => {
  it('the whole way: a numbered receipt, printed then reprinted, repair lines, a failed and a passed check, the goods back against the receipt, which is then void', async () => {
    const { desk, call } = await takenBack();
    const received = await receiveGoods(desk.asClerk, call.id, { ...goods, accessories: '  ' });
    const receiptNo = received.workshop?.receipt.receiptNo;
    expect(receiptNo).toBe('LQ-S01-C1-261125-0001');
    expect(received.workshop?.receipt).toMatchObject({ goods: '格力空调室内机', accessories: '', condition: '外壳右侧有划痕', by: '1001' });
    expect(received.goodsReceiptNo).toBe(receiptNo);
    expect((await readWorkshopGoods(desk.db)).map((c) => c.id)).toEqual([call.id]);

    // The print path counts the goods receipt apart from the voucher: the second print is 补打.
    expect(await recordPrint(desk.asClerk, 'serviceCall', call.id, 'goodsReceipt')).toBe(1);
    expect((await markGoodsReceiptPrinted(desk.asClerk, call.id)).workshop?.receiptPrintCount).toBe(2);
    expect((await desk.db.serviceCalls.get(call.id))?.printCount).toBe(0);

    desk.clock.advance(DAY);
    // The desk writes the card for the technician sent (by default) ...
    const first = await recordRepair(desk.asClerk, call.id, repair({ minutes: '60' }));
    expect(first.workshop?.repairs).toMatchObject([{ technician: TECH_ZHOU.staffNo, minutes: 60, by: '1001', parts: [{ name: '启动电容 35μF', quantity: 1 }] }]);
    desk.clock.advance(HOUR);
    const failed = await checkRepair(desk.asSupervisor, call.id, { result: 'failed', note: '试机 20 分钟后仍有异响', readyOn: '' });
    expect(failed.workshop?.check).toMatchObject({ passed: false, note: '试机 20 分钟后仍有异响', readyOn: undefined });
    desk.clock.advance(HOUR);
    // ... and the technician writes his own, as himself.
    const second = await recordRepair(desk.asZhou, call.id, repair());
    expect(second.workshop?.repairs.map((r) => [r.technician, r.minutes, r.by])).toEqual([
      [TECH_ZHOU.staffNo, 60, '1001'],
      [TECH_ZHOU.staffNo, 90, TECH_ZHOU.staffNo],
    ]);
    desk.clock.advance(HOUR);
    const checked = await checkRepair(desk.asSupervisor, call.id, passed('2026-11-27'));
    expect(checked.workshop?.check).toMatchObject({ passed: true, readyOn: '2026-11-27', by: SUPERVISOR.staffNo });

    desk.clock.advance(DAY);
    // Scanned as typed from the slip: lower case, full-width digits.
    const back = await returnGoods(desk.asClerk, out(receiptNo!.toLowerCase().replace('0001', '０００１')));
    expect(back).toMatchObject({ status: 'closed', open: 0, goodsReceiptNo: '', closed: { by: '1001' } });
    expect(back.workshop?.returned).toMatchObject({ mode: 'receipt', feeFen: 0, by: '1001' });
    expect(await readWorkshopGoods(desk.db)).toEqual([]);
    // The void receipt: found, and says when it went back.
    expect((await findGoodsReceipt(desk.db, receiptNo!))?.returned?.at).toBe(desk.clock.now());
    expect(await refusal(returnGoods(desk.asClerk, out(receiptNo!)))).toEqual({ code: 'error.goodsReceiptVoided', field: 'receiptNo' });
    // A voided receipt is not printed again.
    expect(await refusal(markGoodsReceiptPrinted(desk.asClerk, call.id))).toMatchObject({ code: 'error.serviceStep.goodsAlreadyReturned' });

    const actions = (await desk.db.audit.where('[recordType+recordId]').equals(['serviceCall', call.id]).toArray()).map((a) => a.action);
    for (const a of ['serviceCall.goodsReceived', 'serviceCall.repairRecorded', 'serviceCall.repairChecked', 'serviceCall.goodsReturned']) expect(actions).toContain(a);
    const jobs = await desk.db.serviceJobs.where('callId').equals(call.id).toArray();
    expect(jobs.map((j) => [j.kind, j.minutes]).sort()).toEqual([
      ['repair', 60],
      ['repair', 90],
      ['return', 0],
      ['visit', 30],
    ]);
  });

  it('steps out of order are refused and write nothing: goods in twice, a check before a repair, goods out before the check, goods out twice', async () => {
    const { desk, call } = await takenBack();
    const before = await desk.db.entries.count();
    expect(await refusal(returnGoods(desk.asClerk, out('LQ-S01-C1-261125-0001')))).toEqual({ code: 'error.goodsReceiptUnknown', field: 'receiptNo' });
    expect(await refusal(recordRepair(desk.asClerk, call.id, repair()))).toMatchObject({ code: 'error.serviceStep.notInWorkshop' });
    expect(await desk.db.entries.count()).toBe(before);

    const received = await receiveGoods(desk.asClerk, call.id, goods);
    const receiptNo = received.workshop!.receipt.receiptNo;
    expect(await refusal(receiveGoods(desk.asClerk, call.id, goods))).toMatchObject({ code: 'error.serviceStep.goodsAlreadyReceived' });
    expect(await refusal(checkRepair(desk.asSupervisor, call.id, passed('2026-11-26')))).toMatchObject({ code: 'error.serviceStep.noRepair' });
    await recordRepair(desk.asClerk, call.id, repair());
    expect(await refusal(returnGoods(desk.asClerk, out(receiptNo)))).toMatchObject({ code: 'error.serviceStep.notChecked' });
    // Taken back, the call ends only when the goods go back: not cancelled with the goods in the store.
    expect(await refusal(cancelServiceCall(desk.asClerk, call.id, { reason: '顾客不修了' }))).toMatchObject({ code: 'error.serviceStep.goodsNotReturned' });
    await checkRepair(desk.asSupervisor, call.id, passed('2026-11-25'));
    expect(await refusal(recordRepair(desk.asClerk, call.id, repair()))).toMatchObject({ code: 'error.serviceStep.alreadyChecked' });
    await returnGoods(desk.asClerk, out(receiptNo));
    const after = await desk.db.entries.count();
    expect(await refusal(returnGoods(desk.asClerk, out(receiptNo)))).toMatchObject({ code: 'error.goodsReceiptVoided' });
    expect(await refusal(returnGoodsWithoutReceipt(desk.asClerk, call.id, lost(), approval))).toMatchObject({ code: 'error.serviceStep.goodsAlreadyReturned' });
    expect(await desk.db.entries.count()).toBe(after);
    // The receipt number was handed out once: the refused second goods-in took none.
    expect((await desk.db.meta.get('seq:LQ:261125'))?.value).toBe(1);
  });

  it('who may: only a call taken back comes in; the technician writes only his own card; only the service supervisor checks', async () => {
    const desk = await makeServiceDesk();
    const call = await registerServiceCall(desk.asClerk, newId(), callForm(desk.clock.now()));
    expect(await refusal(receiveGoods(desk.asClerk, call.id, goods))).toMatchObject({ code: 'error.serviceStep.notTakenBack' });

    const { desk: d2, call: c2 } = await takenBack();
    expect(await refusal(receiveGoods(d2.asZhou, c2.id, goods))).toMatchObject({ code: 'error.notAllowed' });
    await receiveGoods(d2.asClerk, c2.id, goods);
    expect(await refusal(recordRepair(d2.asWu, c2.id, repair()))).toMatchObject({ code: 'error.serviceStep.notYourJob' });
    expect(await refusal(recordRepair(d2.asZhou, c2.id, repair({ technician: TECH_WU.staffNo })))).toEqual({ code: 'error.serviceStep.notYourJob', field: 'technician' });
    expect(await refusal(recordRepair(d2.asClerk, c2.id, repair({ technician: '1001' })))).toEqual({ code: 'error.notATechnician', field: 'technician' });
    // The desk may name the technician who did the work in the workshop.
    expect((await recordRepair(d2.asClerk, c2.id, repair({ technician: TECH_WU.staffNo }))).workshop?.repairs[0]?.technician).toBe(TECH_WU.staffNo);
    expect(await refusal(checkRepair(d2.asZhou, c2.id, passed('2026-11-26')))).toMatchObject({ code: 'error.notAllowed' });
    expect(await refusal(checkRepair(d2.asClerk, c2.id, passed('2026-11-26')))).toMatchObject({ code: 'error.notAllowed' });
  });

  it('bad input is a field message and writes nothing', async () => {
    const { desk, call } = await takenBack();
    const before = await desk.db.entries.count();
    expect(await refusal(receiveGoods(desk.asClerk, call.id, { ...goods, goods: ' ' }))).toEqual({ code: 'error.required', field: 'goods' });
    expect(await refusal(receiveGoods(desk.asClerk, call.id, { ...goods, condition: '' }))).toEqual({ code: 'error.required', field: 'condition' });
    await receiveGoods(desk.asClerk, call.id, goods);
    const received = await desk.db.entries.count();
    expect(received).toBe(before + 1);
    for (const minutes of ['0', '1441', '1.5', '', '九十']) expect(await refusal(recordRepair(desk.asClerk, call.id, repair({ minutes })))).toEqual({ code: 'error.repairMinutes', field: 'minutes' });
    expect(await refusal(recordRepair(desk.asClerk, call.id, repair({ parts: [{ name: '电容', quantity: '0' }] })))).toEqual({ code: 'error.quantity', field: 'parts.0.quantity' });
    await recordRepair(desk.asClerk, call.id, repair());
    const repaired = await desk.db.entries.count();
    expect(await refusal(checkRepair(desk.asSupervisor, call.id, { result: '', note: '', readyOn: '' }))).toEqual({ code: 'error.required', field: 'result' });
    expect(await refusal(checkRepair(desk.asSupervisor, call.id, { result: 'failed', note: ' ', readyOn: '' }))).toEqual({ code: 'error.checkNoteRequired', field: 'note' });
    expect(await refusal(checkRepair(desk.asSupervisor, call.id, passed('')))).toEqual({ code: 'error.required', field: 'readyOn' });
    expect(await refusal(checkRepair(desk.asSupervisor, call.id, passed('2026-02-30')))).toEqual({ code: 'error.date', field: 'readyOn' });
    // The store's day is 2026-11-26 now (12:00 + a day): yesterday is refused, today is fine.
    desk.clock.advance(DAY);
    expect(await refusal(checkRepair(desk.asSupervisor, call.id, passed('2026-11-25')))).toEqual({ code: 'error.readyOnPast', field: 'readyOn' });
    expect(await desk.db.entries.count()).toBe(repaired);
    const checked = await checkRepair(desk.asSupervisor, call.id, passed('2026-11-26'));
    const receiptNo = checked.workshop!.receipt.receiptNo;
    expect(await refusal(returnGoods(desk.asClerk, out('WX-S01-C1-261125-0001')))).toEqual({ code: 'error.goodsReceiptFormat', field: 'receiptNo' });
    expect(await refusal(returnGoods(desk.asClerk, out(receiptNo, { customerSigned: false })))).toEqual({ code: 'error.customerSignature', field: 'customerSigned' });
    expect(await refusal(returnGoods(desk.asClerk, out(receiptNo, { fee: '12.345' })))).toEqual({ code: 'error.amount', field: 'fee' });
    expect(await refusal(returnGoodsWithoutReceipt(desk.asClerk, call.id, lost({ identity: { phone: '123', note: '' } }), approval))).toEqual({ code: 'error.phone', field: 'identity.phone' });
    expect(await desk.db.entries.count()).toBe(repaired + 1);
  });

  it('paid work: a fee at the return needs the quote the customer agreed to, and its invoice number', async () => {
    const { desk, call } = await takenBack('paid');
    const { workshop } = await receiveGoods(desk.asClerk, call.id, goods);
    await recordRepair(desk.asClerk, call.id, repair());
    await checkRepair(desk.asSupervisor, call.id, passed('2026-11-25'));
    const receiptNo = workshop!.receipt.receiptNo;
    expect(await refusal(returnGoods(desk.asClerk, out(receiptNo, { fee: '120' })))).toEqual({ code: 'error.invoiceNoRequired', field: 'invoiceNo' });
    expect(await refusal(returnGoods(desk.asClerk, out(receiptNo, { fee: '120', invoiceNo: 'FP001' })))).toMatchObject({ code: 'error.serviceStep.noAgreedQuote' });
    await takeStep(desk.asClerk, call.id, 'quoted', 'service.recordQuote', { amountFen: 15_000, work: '更换压缩机电容', agreed: true });
    expect(await refusal(returnGoods(desk.asClerk, out(receiptNo, { fee: '150.01', invoiceNo: 'FP001' })))).toMatchObject({ code: 'error.serviceStep.feeAboveQuote' });
    const back = await returnGoods(desk.asClerk, out(receiptNo, { fee: '１２０', invoiceNo: 'fp-００１' }));
    expect(back.workshop?.returned).toMatchObject({ feeFen: 12_000, invoiceNo: 'FP-001' });
    const [job] = await desk.db.serviceJobs.where('callId').equals(call.id).filter((j) => j.kind === 'return').toArray();
    expect(job).toMatchObject({ feeFen: 12_000, invoiceNo: 'FP-001', technician: TECH_ZHOU.staffNo });
  });

  it('a lost receipt: refused without a supervisor, then returned with the identity check and the approver on the entry; the receipt is void', async () => {
    const { desk, call } = await takenBack();
    const { workshop } = await receiveGoods(desk.asClerk, call.id, goods);
    await recordRepair(desk.asClerk, call.id, repair());
    await checkRepair(desk.asSupervisor, call.id, passed('2026-11-25'));
    const before = await desk.db.entries.count();
    expect(await refusal(returnGoodsWithoutReceipt(desk.asClerk, call.id, lost(), { staffNo: SUPERVISOR.staffNo, pin: '000000' }))).toEqual({ code: 'error.approvalFailed', field: 'approverPin' });
    // A clerk cannot approve it.
    expect(await refusal(returnGoodsWithoutReceipt(desk.asClerk, call.id, lost(), { staffNo: '1001', pin: '100100' }))).toEqual({ code: 'error.approverRole', field: 'approverPin' });
    expect(await desk.db.entries.count()).toBe(before);
    expect((await desk.db.serviceCalls.get(call.id))?.status).toBe('takenBack');

    const back = await returnGoodsWithoutReceipt(desk.asClerk, call.id, lost(), approval);
    expect(back.workshop?.returned).toMatchObject({ mode: 'lostReceipt', identity: { phone: '13800138000', note: '身份证核对，尾号 1234' }, approvedBy: SUPERVISOR.staffNo, by: '1001' });
    expect(back.status).toBe('closed');
    const entry = (await desk.db.entries.toArray()).find((e) => e.type === 'goodsReturned');
    expect(entry?.approvedBy).toBe(SUPERVISOR.staffNo);
    // The receipt turns up later: it is void.
    expect(await refusal(returnGoods(desk.asClerk, out(workshop!.receipt.receiptNo)))).toMatchObject({ code: 'error.goodsReceiptVoided' });
  });

  it('a receipt voided at two counters offline: the first return stands, the second is one conflict, the same on both', async () => {
    const { desk, call } = await takenBack();
    const { workshop } = await receiveGoods(desk.asClerk, call.id, goods);
    await recordRepair(desk.asClerk, call.id, repair());
    await checkRepair(desk.asSupervisor, call.id, passed('2026-11-25'));
    const c2 = desk.otherCounter('C2');
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    await returnGoods(desk.asClerk, out(workshop!.receipt.receiptNo));
    desk.clock.advance(5 * 60_000);
    // At C2 the customer said the receipt was lost: the goods went out twice.
    await returnGoodsWithoutReceipt(c2, call.id, lost(), approval);
    await applyIncomingEntries(desk.asClerk, await c2.db.entries.toArray());
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    for (const db of [desk.db, c2.db]) {
      const row = (await db.serviceCalls.get(call.id))!;
      expect(row.workshop?.returned).toMatchObject({ mode: 'receipt', counter: 'C1' });
      expect(row.conflicts.map((c) => [c.type, c.reason, c.counter])).toEqual([['goodsReturned', 'goodsAlreadyReturned', 'C2']]);
      expect(row.conflict).toBe(1);
    }
    // The supervisor's list and the status bar's count name it.
    expect(await listCounterConflicts(desk.db)).toMatchObject([{ area: 'serviceCall', record: call.number, kind: 'error.serviceStep.goodsAlreadyReturned', counter: 'C2' }]);
    expect(await countConflicts(c2.db)).toBe(1);
  });

  it('the goods in/out register of a day range: goods in or out in it, by when they came in; the goods in the workshop now', async () => {
    const { desk, call } = await takenBack();
    const inDay1 = await receiveGoods(desk.asClerk, call.id, goods);
    const other = await registerServiceCall(desk.asClerk, newId(), callForm(desk.clock.now(), { customerName: '刘先生', phone: '13900139000' }));
    await dispatchCall(desk.asSupervisor, other.id, { technician: TECH_WU.staffNo });
    await acceptJob(desk.asWu, other.id);
    await recordVisit(desk.asClerk, other.id, { outcome: 'takenBack', arrivedAt: desk.clock.now(), minutesOnSite: '20', workDone: '带回', parts: [], fee: '', invoiceNo: '', voucherReturned: true });
    desk.clock.advance(DAY);
    const inDay2 = await receiveGoods(desk.asClerk, other.id, { ...goods, goods: '洗衣机' });
    await recordRepair(desk.asClerk, call.id, repair());
    await checkRepair(desk.asSupervisor, call.id, passed('2026-11-26'));
    desk.clock.advance(DAY);
    await returnGoods(desk.asClerk, out(inDay1.workshop!.receipt.receiptNo));

    const day = (d: number) => Date.UTC(2026, 10, d, -8);
    const ids = async (from: number, to: number) => (await readGoodsRegister(desk.db, from, to)).map((c) => c.workshop.receipt.receiptNo);
    expect(await ids(day(25), day(26))).toEqual([inDay1.workshop!.receipt.receiptNo]);
    expect(await ids(day(26), day(27))).toEqual([inDay2.workshop!.receipt.receiptNo]);
    // Out on the 27th: the first call is in the 27th's register by its return.
    expect(await ids(day(27), day(28))).toEqual([inDay1.workshop!.receipt.receiptNo]);
    expect(await ids(day(25), day(28))).toEqual([inDay1.workshop!.receipt.receiptNo, inDay2.workshop!.receipt.receiptNo]);
    expect(await ids(day(28), day(29))).toEqual([]);
    expect((await readWorkshopGoods(desk.db)).map((c) => c.id)).toEqual([other.id]);
  });
});
