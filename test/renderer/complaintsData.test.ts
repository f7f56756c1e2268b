import { describe, expect, it } from 'vitest';
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
    await writeEntries(asClerk, async (tx) => {
      const number = await tx.nextNumber('complaint');
      await tx.append({ recordType: 'complaint', recordId: id, type: 'recorded', schemaVersion: COMPLAINT_SCHEMA_VERSION, number, data: intake({ number }), summary: number });
    });
    const row = await db.complaints.get(id);
    expect(row).toMatchObject({ number: 'TS-S01-C1-261125-0001', open: 1, conflict: 0 });
    expect(row?.status).not.toBe('closed');
    expect(await db.complaints.where('open').equals(1).count()).toBe(1);

    await writeEntries(asSupervisor, (tx) =>
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
