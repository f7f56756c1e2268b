import type { Entry } from '../../shared/domain/entry';
import { formatRecordNumber, sequenceKey } from '../../shared/domain/numbering';
import { SERVICE_CALL_RECORD_TYPE, SERVICE_SCHEMA_VERSION, type ServiceEntry } from '../../shared/domain/service/entries';
import { applyServiceEntry } from '../../shared/domain/service/projection';
import { jobsOf, opinionOf, type ServiceJob, type ServiceOpinion } from '../../shared/domain/service/jobs';
import { SKILLS, type ServiceCall, type VisitOutcome } from '../../shared/domain/service/types';
import type { DeskDatabase, ServiceCallRow } from '../../renderer/db/database';
import { serviceCallRow } from '../../renderer/db/projectors';
import { seedEntry } from './seedEntry';

const MIN = 60_000;
const TZ = 'Asia/Shanghai';
export const TECHNICIANS = ['3001', '3002', '3003', '3004', '3005', '3006'];
const OUTCOMES: readonly VisitOutcome[] = ['fixedOnSite', 'fixedOnSite', 'fixedOnSite', 'notFixed'];

/**
 * `open` calls still on the board (waiting, dispatched, accepted) and
 * `closed` ones visited and done over the months before `now`, from three
 * counters, written in bulk as the write path would have left them:
 * entries, rows, and each counter's daily sequences.
 */
export async function seedServiceCalls(db: DeskDatabase, open: number, closed: number, now: number): Promise<{ entries: number }> {
  const counters = ['C1', 'C2', 'C3'];
  const seqs = new Map(counters.map((c) => [c, 0]));
  const daily = new Map<string, number>();
  let total = 0;
  const CHUNK = 5_000;
  for (let start = 0; start < open + closed; start += CHUNK) {
    const entries: Entry[] = [];
    const rows: ServiceCallRow[] = [];
    const jobs: ServiceJob[] = [];
    const opinions: ServiceOpinion[] = [];
    for (let i = start; i < Math.min(open + closed, start + CHUNK); i++) {
      const isOpen = i < open;
      const counter = counters[i % 3]!;
      // Closed calls two minutes apart: a month holds about 21,600 jobs (the monthly report's 20,000).
      const receivedAt = isOpen ? now - (i % 48) * 30 * MIN : now - 2 * 86_400_000 - (i - open) * 2 * MIN;
      const dayKey = `${counter}:${sequenceKey('serviceCall', receivedAt, TZ)}`;
      const n = (daily.get(dayKey) ?? 0) + 1;
      daily.set(dayKey, n);
      const number = formatRecordNumber('serviceCall', 'S01', counter, receivedAt, n, TZ);
      const recordId = `call-${i}`;
      const tech = TECHNICIANS[i % TECHNICIANS.length]!;
      const make = (type: ServiceEntry['type'], data: unknown, at: number, by = '1001'): ServiceEntry => {
        const seq = (seqs.get(counter) ?? 0) + 1;
        seqs.set(counter, seq);
        return { ...seedEntry({ recordType: SERVICE_CALL_RECORD_TYPE, recordId, schemaVersion: SERVICE_SCHEMA_VERSION, counter, seq, at }, type, data), by } as ServiceEntry;
      };
      const steps: ServiceEntry[] = [
        make(
          'registered',
          {
            number,
            customer: { name: '陈女士', phone: `1380013${String(i % 10_000).padStart(4, '0')}`, address: `五一路 ${i % 300} 号`, area: i % 4 === 0 ? 'outOfTown' : 'inTown' },
            product: { kind: SKILLS[i % SKILLS.length], name: '格力空调', model: 'KFR-35GW', serial: `SN${i}`, purchaseDate: '2026-03-01' },
            problem: '不制冷，外机有异响',
            requestType: 'repair',
            serviceType: i % 3 === 0 ? 'paid' : 'free',
            receivedAt,
          },
          receivedAt,
        ),
      ];
      const stage = isOpen ? i % 3 : 3;
      if (stage >= 1) steps.push(make('dispatched', { technician: tech }, receivedAt + 20 * MIN, '9001'));
      if (stage >= 2) steps.push(make('accepted', {}, receivedAt + 30 * MIN, tech));
      const paid = i % 3 === 0;
      if (stage >= 3) {
        steps.push(make('accepted', {}, receivedAt + 30 * MIN, tech));
        if (paid) steps.push(make('quoted', { amountFen: 8000, work: '清洗补氟', agreed: true }, receivedAt + 4 * 60 * MIN));
        steps.push(
          make('visitRecorded', { technician: tech, outcome: OUTCOMES[i % OUTCOMES.length], arrivedAt: receivedAt + 3 * 60 * MIN, minutesOnSite: 45, workDone: '清洗补氟', parts: [], feeFen: paid ? 8000 : 0, invoiceNo: paid ? `FP${i}` : undefined, voucherReturned: true }, receivedAt + 5 * 60 * MIN),
        );
        const scores = { attitude: 4, skill: 3 + (i % 2), arrival: 4 - (i % 3 === 1 ? 1 : 0), promise: 4 };
        if (i % 2 === 0) steps.push(make('opinionRecorded', { scores, technician: tech }, receivedAt + 30 * 60 * MIN));
      }
      const call = steps.reduce<ServiceCall | undefined>(applyServiceEntry, undefined)!;
      entries.push(...steps);
      rows.push(serviceCallRow(call));
      jobs.push(...jobsOf(call));
      const opinion = opinionOf(call);
      if (opinion) opinions.push(opinion);
    }
    await db.transaction('rw', [db.entries, db.serviceCalls, db.serviceJobs, db.serviceOpinions], async () => {
      await db.entries.bulkAdd(entries);
      await db.serviceCalls.bulkAdd(rows);
      await db.serviceJobs.bulkAdd(jobs);
      await db.serviceOpinions.bulkAdd(opinions);
    });
    total += entries.length;
  }
  await db.transaction('rw', db.meta, async () => {
    for (const [key, value] of daily) if (key.startsWith('C1:')) await db.meta.put({ key: key.slice(3), value });
  });
  return { entries: total };
}
