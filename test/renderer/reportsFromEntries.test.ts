// The head office builds each store's report from its entries alone: the rows must be the ones the store's counter keeps.
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { complaintFigureRowOf } from '../../shared/domain/reports/complaintFigures';
import { reportSourceOfEntries } from '../../shared/domain/reports/fromEntries';
import { reportPeriod } from '../../shared/domain/reports/period';
import { storeReport } from '../../shared/domain/reports/storeReport';
import { factsOfBuckets } from '../../shared/domain/returns/facts';
import { CALENDAR_RECORD_ID } from '../../shared/domain/calendar/record';
import { STORE_RECORD_ID } from '../../shared/domain/store';
import { handOutGift } from '../../renderer/db/gifts/handout';
import { reverseHandout } from '../../renderer/db/gifts/reverse';
import { readSupervisorReport } from '../../renderer/db/reports/readReport';
import { registerReturn } from '../../renderer/db/returns/register';
import { reverseReturn } from '../../renderer/db/returns/reverse';
import { recordOpinion } from '../../renderer/db/service/aftercare';
import { SUPERVISOR } from './deskFixture';
import { handoutRequest } from './giftsFixture';
import { makeReportsDesk } from './reportsFixture';
import { doneCall, HOUR } from './serviceAftercareFixture';

const kettle = { sku: '6901234567892', name: '电水壶', category: 'appliance', quantityBought: '2', quantity: '1', unitPrice: '99.90', disposition: 'restock' };
const towel = { sku: '6907654321098', name: '毛巾', category: 'household', quantityBought: '3', quantity: '2', unitPrice: '12.50', disposition: 'restock' };

/** Rows in one order whatever order they were made or read in. */
const sortedBy = <T>(rows: readonly T[], key: (row: T) => string) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** The reports' day of work at C1 and C2, then an opinion card, a reversed return and a reversed handout. */
async function deskAfterWork() {
  const desk = await makeReportsDesk();
  const call = await doneCall(desk);
  desk.clock.advance(HOUR);
  await recordOpinion(desk.asClerk, call.id, { attitude: '4', skill: '3', arrival: '4', promise: '2' });
  const wrong = await registerReturn(desk.asClerk, newId(), { receiptNo: 'POS-00123457', purchaseDate: '2026-11-24', lines: [towel], reason: 'sizeFit', condition: 'unopened', outcome: 'refund', refundMethod: 'cash' });
  await reverseReturn(desk.asClerk, { returnId: wrong.id, reason: '录错' }, SUPERVISOR);
  await registerReturn(desk.asClerk, newId(), { receiptNo: 'POS-00123458', purchaseDate: '2026-11-25', lines: [kettle], reason: 'damaged', condition: 'broken', outcome: 'exchange', exchangeItem: { sku: '6901234567893', name: '电水壶（新）', quantity: '1', unitPrice: '99.90' } });
  const [campaign] = await desk.db.campaigns.toArray();
  const handout = await handOutGift(desk.asClerk, newId(), handoutRequest(campaign!.id, { receiptNo: 'R2611250099' }));
  await reverseHandout(desk.asClerk, { handoutId: handout.id, reason: '发错' }, SUPERVISOR);
  return desk;
}

describe('a store’s report rows from its entries alone (as the head office reads them through sync)', () => {
  it('are the rows the counter keeps after the same work: facts, complaints, jobs, opinions, surveys, returns, gifts, settings', async () => {
    const desk = await deskAfterWork();
    const { db } = desk;
    const source = reportSourceOfEntries(await db.entries.toArray());
    const { rows } = source;

    const facts = await db.deskFacts.toArray();
    expect(facts.length).toBeGreaterThan(10);
    expect(sortedBy(rows.facts, (f) => f.key)).toEqual(sortedBy(facts, (f) => f.key));
    expect(sortedBy(rows.complaints, (c) => c.number)).toEqual(sortedBy((await db.complaints.toArray()).map(complaintFigureRowOf), (c) => c.number));
    expect(rows.complaints).toHaveLength(3);
    expect(sortedBy(rows.jobs, (j) => j.id)).toEqual(sortedBy(await db.serviceJobs.toArray(), (j) => j.id));
    expect(rows.jobs.length).toBeGreaterThanOrEqual(2);
    // The counter reads the call numbers of its opinion cards from its jobs.
    const jobNumbers = new Map((await db.serviceJobs.toArray()).map((j) => [j.callId, j.number]));
    expect(rows.opinions).toEqual((await db.serviceOpinions.toArray()).map((o) => ({ ...o, number: jobNumbers.get(o.callId) })));
    expect(rows.opinions).toHaveLength(1);
    expect(sortedBy(rows.surveys, (s) => s.subjectNumber)).toEqual(sortedBy(await db.surveys.toArray(), (s) => s.subjectNumber));
    expect(sortedBy(rows.returns, (r) => r.id)).toEqual(sortedBy(factsOfBuckets(await db.returnFacts.toArray()), (r) => r.id));
    expect(rows.returns.map((r) => r.status).sort()).toEqual(['registered', 'registered', 'reversed']);
    expect(sortedBy(rows.campaigns, (c) => c.id)).toEqual(sortedBy(await db.campaigns.toArray(), (c) => c.id));
    // The counter's tables add their index fields (conflict flag, phone key) to the same states.
    const stocks = (await db.giftStocks.toArray()).map(({ conflict: _, ...s }) => s);
    expect(sortedBy(rows.stocks, (s) => s.id)).toEqual(sortedBy(stocks, (s) => s.id));
    const handouts = (await db.handouts.toArray()).map(({ phoneKey: _, ...h }) => h);
    expect(sortedBy(rows.handouts, (h) => h.number)).toEqual(sortedBy(handouts, (h) => h.number));
    expect(rows.handouts.map((h) => h.status).sort()).toEqual(['handedOut', 'reversed']);
    expect(rows.customerCounts).toEqual({ '2026-11': 300_000 });
    expect(source.profile).toEqual(await db.stores.get(STORE_RECORD_ID));
    expect(source.calendar).toEqual(await db.calendars.get(CALENDAR_RECORD_ID));
    expect(sortedBy(source.staff, (s) => s.staffNo)).toEqual(sortedBy(await db.staff.toArray(), (s) => s.staffNo));
  });

  it('give the report the counter builds, for the month, the week and the day, the whole store and one area or counter', async () => {
    const desk = await deskAfterWork();
    const source = reportSourceOfEntries(await desk.db.entries.toArray());
    const filters = [
      { kind: 'month', date: '2026-11-25' },
      { kind: 'week', date: '2026-11-25' },
      { kind: 'day', date: '2026-11-25' },
      { kind: 'day', date: '2026-11-24' },
      { kind: 'month', date: '2026-11-25', area: 'complaints' },
      { kind: 'month', date: '2026-11-25', counter: 'C2' },
      { kind: 'month', date: '2026-11-25', area: 'gifts', counter: 'C1' },
    ] as const;
    for (const filter of filters) {
      const atCounter = (await readSupervisorReport(desk.asSupervisor, filter)).report;
      const period = reportPeriod(filter.kind, filter.date, 'Asia/Shanghai')!;
      const fromEntries = storeReport(source, period, { area: 'area' in filter ? filter.area : undefined, counter: 'counter' in filter ? filter.counter : undefined }, desk.clock.now());
      expect(fromEntries, `${filter.kind} ${filter.date}`).toEqual(atCounter);
    }
  });
});
