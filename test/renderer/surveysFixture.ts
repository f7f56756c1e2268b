/** A desk with closed complaints and service calls to survey: a supervisor, a lead, a clerk and two technicians. */
import type { DeskContext } from '../../renderer/db/context';
import { createStaff } from '../../renderer/db/staff';
import { recordComplaint, takeSteps } from './complaintMonthFixture';
import { doneCall } from './serviceAftercareFixture';
import { makeServiceDesk } from './serviceFixture';

export const LEAD = { staffNo: '2001', pin: '200100', name: '赵领班' };

export async function makeSurveyDesk(start?: number, storeCode?: string) {
  const desk = await makeServiceDesk(start, storeCode);
  await createStaff(desk.asSupervisor, { staffNo: LEAD.staffNo, name: LEAD.name, role: 'lead', pin: LEAD.pin, pinAgain: LEAD.pin });
  const asLead: DeskContext = { ...desk.asClerk, session: { ...desk.asClerk.session, staffNo: LEAD.staffNo } };
  return { ...desk, asLead };
}

type SurveyDesk = Awaited<ReturnType<typeof makeSurveyDesk>>;

/** A complaint recorded now and answered as invalid (closed) by the supervisor. */
export async function closedComplaint(desk: SurveyDesk) {
  const c = await recordComplaint(desk.asClerk);
  await takeSteps(desk.asSupervisor, c.id, [['validityJudged', { valid: false, reason: '价格无误', answer: '已向顾客解释' }]]);
  return c;
}

/** A complaint recorded now and still open. */
export const openComplaint = (desk: SurveyDesk) => recordComplaint(desk.asClerk);

/** A free service call visited and closed (two hours on from now). */
export const closedCall = (desk: SurveyDesk) => doneCall(desk);
