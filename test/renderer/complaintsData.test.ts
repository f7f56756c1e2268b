import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { queueComplaintOf } from '../../shared/domain/complaints/queue';
import { openComplaints } from '../../renderer/db/complaints/queries';
import { takeComplaintStep } from '../../renderer/db/complaints/steps';
import { DeskDatabase } from '../../renderer/db/database';
import { makeComplaintDesk, recordComplaint } from './complaintWorkflowFixture';
import { calendarDataFromChineseDays } from '../../shared/domain/calendar/chineseDays';
import { CALENDAR_RECORD_ID, CALENDAR_SCHEMA_VERSION } from '../../shared/domain/calendar/record';
import { COMPLAINT_SCHEMA_VERSION } from '../../shared/domain/complaints/entries';
import { newId } from '../../shared/domain/ids';
import { rebuildAllProjections } from '../../renderer/db/incoming';
import { writeEntries } from '../../renderer/db/writePath';
import { intake } from '../unit/complaints.fixtures';
import { makeDesk } from './deskFixture';

describe('complaints on the write path', () => {
  it('an intake entry lands in the open complaints table with a TS number, and a calendar import in its table', async () => {
    const { db, asClerk, asSupervisor } = await makeDesk();
    const id = newId();
    await writeEntries(asClerk, 'complaints.record', async (tx) => {
      const number = await tx.nextNumber('complaint');
      await tx.append({ recordType: 'complaint', recordId: id, type: 'recorded', schemaVersion: COMPLAINT_SCHEMA_VERSION, number, data: intake({ number }), summary: number });
    });
    const row = await db.complaints.get(id);
    expect(row).toMatchObject({ number: 'TS-S01-C1-261125-0001', open: 1, conflict: 0 });
    expect(row?.status).not.toBe('closed');
    expect(await db.complaints.where('open').equals(1).count()).toBe(1);

    await writeEntries(asSupervisor, 'complaints.changeCalendar', (tx) =>
      tx.append({
        recordType: 'calendar',
        recordId: CALENDAR_RECORD_ID,
        type: 'imported',
        schemaVersion: CALENDAR_SCHEMA_VERSION,
        data: { actorRole: 'supervisor', source: 'chinese-days', fromYear: 2026, toYear: 2026, ...calendarDataFromChineseDays(undefined, 2026, 2026) },
        summary: 'calendar 2026',
      }),
    );
    const calendar = await db.calendars.get(CALENDAR_RECORD_ID);
    expect(calendar?.calendar.holidays).toContain('2026-10-01');

    const before = { complaints: await db.complaints.toArray(), calendars: await db.calendars.toArray() };
    await rebuildAllProjections(db);
    expect({ complaints: await db.complaints.toArray(), calendars: await db.calendars.toArray() }).toEqual(before);
  });
});

describe('the open-complaints queue table', () => {
  it('holds a small row for each open complaint only; an invalid (closed) one leaves it; a rebuild gives the same rows', async () => {
    const desk = await makeComplaintDesk();
    const kept = await recordComplaint(desk.asClerk);
    const answered = await recordComplaint(desk.asClerk);
    expect((await openComplaints(desk.db)).map((c) => c.number).sort()).toEqual([kept.number, answered.number].sort());
    await takeComplaintStep(desk.asLead, answered.id, 'validityJudged', { valid: false, reason: '商品在保质期内', answer: '已向顾客说明' });
    const queue = await openComplaints(desk.db);
    expect(queue.map((c) => c.number)).toEqual([kept.number]);
    expect(queue[0]).toEqual(queueComplaintOf((await desk.db.complaints.get(kept.id))!));
    // The closed complaint itself is kept.
    expect((await desk.db.complaints.get(answered.id))?.status).toBe('closed');
    await rebuildAllProjections(desk.db);
    expect(await openComplaints(desk.db)).toEqual(queue);
  });

  it('a database made before the queue table gets its rows and clock facts on upgrade', async () => {
    const desk = await makeComplaintDesk();
    const { id } = await recordComplaint(desk.asClerk);
    const { clockEvents: _facts, ...before } = (await desk.db.complaints.get(id))!;
    const name = `test-upgrade-${newId()}`;
    const v5 = new Dexie(name);
    v5.version(5).stores({ complaints: 'id, &number, status, receivedAt, open, conflict, phoneTail, nameKey', complaintAttachments: 'ref, complaintId' });
    await v5.table('complaints').put(before);
    v5.close();
    const upgraded = new DeskDatabase(name);
    const row = await upgraded.complaints.get(id);
    expect(row?.clockEvents).toEqual((await desk.db.complaints.get(id))?.clockEvents);
    expect(await upgraded.complaintQueue.toArray()).toEqual([queueComplaintOf(row!)]);
    upgraded.close();
  });
});
