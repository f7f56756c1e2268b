/** A day of work at two counters (C1 here, C2 synced in) for the supervisor's reports, made through the data layer. */
import { newId } from '../../shared/domain/ids';
import { recordCustomerCount } from '../../renderer/db/complaints/report';
import { handOutGift } from '../../renderer/db/gifts/handout';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { registerReturn } from '../../renderer/db/returns/register';
import { depositItem } from '../../renderer/db/storage/bulky';
import { recordSurveyReturn, sendSurvey } from '../../renderer/db/surveys/surveys';
import { takeSteps } from './complaintMonthFixture';
import { recordComplaint } from './complaintWorkflowFixture';
import { handoutRequest, runningCampaign } from './giftsFixture';
import { doneCall } from './serviceAftercareFixture';
import { closedComplaint, makeSurveyDesk, openComplaint } from './surveysFixture';

const bag = (slot: string) => ({ description: '黑色双肩包', count: '1', customerName: '', phone: '', slot });
const kettle = { sku: '6901234567892', name: '电水壶', category: 'appliance', quantityBought: '2', quantity: '1', unitPrice: '99.90', disposition: 'restock' };
const refund = { receiptNo: 'POS-00123456', purchaseDate: '2026-11-23', lines: [kettle], reason: 'quality', condition: 'faulty', outcome: 'refund', refundMethod: 'cash' };

/**
 * Wednesday 2026-11-25 (Shanghai), November's customers 300,000:
 * C1 10:00 complaint A (phone) answered at once as invalid (first contact met, 0 h), survey to a key customer, back
 *   satisfied; complaint B (phone) answered only at 12:00 (missed, 2 h); two bags deposited; a kettle refunded (¥99.90);
 *   a cup handed out of 10 received; a free call visited (arrived an hour after the call: on time, fixed on the first
 *   visit), its survey out.
 * C2 12:00 a bag deposited, complaint C taken at the desk (first contact met at once), synced to C1.
 * Complaints 3, response 2 of 3 (66.7%), 0.7 h on average; 0.1 per 10,000 customers.
 */
export async function makeReportsDesk(storeCode?: string) {
  const desk = await makeSurveyDesk(undefined, storeCode);
  const a = await closedComplaint(desk);
  const survey = await sendSurvey(desk.asSupervisor, 'complaint', a.id, { channel: 'phone', keyCustomer: true });
  await recordSurveyReturn(desk.asSupervisor, survey.id, { returnedOn: '2026-11-25', score: 'satisfied', via: 'phone', comment: '' });
  const b = await openComplaint(desk);
  await depositItem(desk.asClerk, newId(), bag('A-01'));
  await depositItem(desk.asClerk, newId(), bag('A-02'));
  await registerReturn(desk.asClerk, newId(), refund);
  const campaign = await runningCampaign(desk.asSupervisor, { cups: 10 });
  await handOutGift(desk.asClerk, newId(), handoutRequest(campaign.id));
  await recordCustomerCount(desk.asSupervisor, { month: '2026-11', count: '300000' });
  const call = await doneCall(desk);
  await takeSteps(desk.asSupervisor, b.id, [['validityJudged', { valid: false, reason: '价格无误', answer: '已向顾客解释' }]]);
  await sendSurvey(desk.asSupervisor, 'serviceCall', call.id, { channel: 'sms', keyCustomer: false });
  const c2 = desk.otherCounter('C2');
  await applyIncomingEntries(c2, await desk.db.entries.toArray());
  await depositItem(c2, newId(), bag('B-01'));
  await recordComplaint(c2, { channel: 'desk' });
  await applyIncomingEntries(desk.asClerk, (await c2.db.entries.toArray()).filter((e) => e.counter === 'C2'));
  return { ...desk, atC2: c2 };
}
