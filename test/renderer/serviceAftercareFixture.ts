import { newId } from '../../shared/domain/ids';
import { acceptJob, dispatchCall, recordVisit, registerServiceCall } from '../../renderer/db/service/calls';
import { callForm, TECH_WU, TECH_ZHOU, type makeServiceDesk } from './serviceFixture';

export const HOUR = 3_600_000;

type Desk = Awaited<ReturnType<typeof makeServiceDesk>>;

/** A visit as the outcome form sends it: fixed on site an hour ago, no fee unless given. */
export const visitForm = (desk: Desk, over: Record<string, unknown> = {}) => ({
  outcome: 'fixedOnSite',
  arrivedAt: desk.clock.now() - HOUR,
  minutesOnSite: '40',
  workDone: '更换压缩机电容',
  parts: [],
  fee: '',
  invoiceNo: '',
  voucherReturned: true,
  ...over,
});

/** A call taken now, sent to 周 (or 吴) and accepted (a paid one unless told); the clock then moves two hours on. */
export async function acceptedCall(desk: Desk, over: Record<string, string | number> = {}, technician: 'zhou' | 'wu' = 'zhou') {
  const call = await registerServiceCall(desk.asClerk, newId(), callForm(desk.clock.now(), { serviceType: 'paid', ...over }));
  await dispatchCall(desk.asSupervisor, call.id, { technician: technician === 'zhou' ? TECH_ZHOU.staffNo : TECH_WU.staffNo });
  await acceptJob(technician === 'zhou' ? desk.asZhou : desk.asWu, call.id);
  desk.clock.advance(2 * HOUR);
  return call;
}

/** A free call visited and closed now (the job done at this instant). */
export async function doneCall(desk: Desk, over: Record<string, string | number> = {}) {
  const call = await acceptedCall(desk, { serviceType: 'free', ...over });
  return recordVisit(desk.asClerk, call.id, visitForm(desk));
}
