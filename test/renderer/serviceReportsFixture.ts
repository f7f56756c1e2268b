import { newId } from '../../shared/domain/ids';
import type { OpinionScores } from '../../shared/domain/service/types';
import type { DeskContext } from '../../renderer/db/context';
import { acceptJob, dispatchCall, recordVisit, registerServiceCall, takeStep } from '../../renderer/db/service/calls';
import { callForm, makeServiceDesk, TECH_WU, TECH_ZHOU } from './serviceFixture';
import { shanghai } from './serviceScreens';

const visit = (outcome: string, arrivedAt: number, minutes: string, parts: { name: string; quantity: string }[], fee = '', invoiceNo = '') => ({
  outcome,
  arrivedAt,
  minutesOnSite: minutes,
  workDone: '检修',
  parts,
  fee,
  invoiceNo,
  voucherReturned: true,
});

const scores = (attitude: number, skill: number, arrival: number, promise: number) => ({ attitude, skill, arrival, promise }) as OpinionScores;

/**
 * A day of technician service, Wednesday 2026-11-25 (Shanghai), made through the data layer:
 * 1 repair, free, in town, received 09:00 (target 15:00): 周 arrives 15:00 exactly, fixed on site, 45 min, 1 R32; card 4/4/3/4.
 * 2 installation, paid, out of town, received 10:00 (target 17:00): quoted ¥200, 吴 arrives 12:30, fixed, 90 min,
 *   4 screws, fee ¥150 (FP001); card 3/2/2/3.
 * 3 maintenance, contract, in town, received 16:00: 周 arrives 16:40, takes it back (30 min), repair card 周 60 min
 *   (1 capacitor) at 23:59; checked early the next morning and back to the customer at 07:30 on 11-26 (still the
 *   25th in UTC) with a fee of ¥80.
 * The day: 4 jobs, 225 minutes, ¥150; 周 3 jobs 135 min, 吴 1 job 90 min. The clock ends at 2026-11-26 10:00.
 */
export async function makeReportDesk() {
  const desk = await makeServiceDesk();
  const at = (ms: number) => {
    desk.clock.at = ms;
  };
  const sent = async (form: Record<string, string | number>, technician: DeskContext) => {
    const call = await registerServiceCall(desk.asClerk, newId(), callForm(desk.clock.now(), form));
    await dispatchCall(desk.asSupervisor, call.id, { technician: technician.session.staffNo });
    await acceptJob(technician, call.id);
    return call;
  };
  at(shanghai(10));
  const one = await sent({ receivedAt: shanghai(9) }, desk.asZhou);
  const two = await sent({ customerName: '吴女士', requestType: 'installation', serviceType: 'paid', area: 'outOfTown', productKind: 'washer', productName: '海尔洗衣机' }, desk.asWu);
  await takeStep(desk.asClerk, two.id, 'quoted', 'service.recordQuote', { amountFen: 20_000, work: '安装调试', agreed: true });
  at(shanghai(13));
  await recordVisit(desk.asClerk, two.id, visit('fixedOnSite', shanghai(12, 30), '90', [{ name: '膨胀螺丝', quantity: '4' }], '150', 'FP001'));
  at(shanghai(15, 30));
  await recordVisit(desk.asClerk, one.id, visit('fixedOnSite', shanghai(15), '45', [{ name: 'R32 冷媒', quantity: '1' }]));
  at(shanghai(16));
  const three = await sent({ customerName: '赵先生', requestType: 'maintenance', serviceType: 'contract' }, desk.asZhou);
  at(shanghai(17));
  await recordVisit(desk.asClerk, three.id, visit('takenBack', shanghai(16, 40), '30', []));
  await takeStep(desk.asClerk, three.id, 'goodsReceived', 'service.receiveGoods', { receiptNo: 'LQ-S01-C1-261125-0001', goods: '空调内机', accessories: '', condition: '完好' });
  at(shanghai(23, 59));
  await takeStep(desk.asZhou, three.id, 'repairRecorded', 'service.recordRepair', { technician: TECH_ZHOU.staffNo, minutes: 60, workDone: '换电容', parts: [{ name: '电容', quantity: 1 }] });
  at(shanghai(7, 0, 26));
  await takeStep(desk.asSupervisor, three.id, 'repairChecked', 'service.checkRepair', { passed: true, note: '', readyOn: '2026-11-26' });
  at(shanghai(7, 30, 26));
  await takeStep(desk.asClerk, three.id, 'goodsReturned', 'service.returnGoods', { mode: 'receipt', feeFen: 8_000, invoiceNo: 'FP002' });
  await takeStep(desk.asClerk, one.id, 'opinionRecorded', 'service.recordOpinion', { technician: TECH_ZHOU.staffNo, scores: scores(4, 4, 3, 4) });
  await takeStep(desk.asClerk, two.id, 'opinionRecorded', 'service.recordOpinion', { technician: TECH_WU.staffNo, scores: scores(3, 2, 2, 3) });
  at(shanghai(10, 0, 26));
  return { ...desk, calls: { one, two, three } };
}
