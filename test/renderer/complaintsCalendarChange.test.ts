import { describe, expect, it } from 'vitest';
import { queueRow } from '../../shared/domain/complaints/queue';
import type { ComplaintEvent } from '../../shared/domain/complaints/state';
import { openComplaints } from '../../renderer/db/complaints/queries';
import { readComplaintRules } from '../../renderer/db/complaints/rules';
import { saveCalendarYear } from '../../renderer/db/complaints/settings';
import { rebuildAllProjections } from '../../renderer/db/incoming';
import { makeComplaintDesk, recordComplaint } from './complaintWorkflowFixture';

/** A Shanghai wall time (UTC+8) as an instant. */
const sh = (y: number, mo: number, d: number, h = 0) => Date.UTC(y, mo - 1, d, h - 8);

describe('entering a year that was provisional', () => {
  it('recomputes the open complaints’ working-day limits, logs what moved, and a missed limit stays missed', async () => {
    const desk = await makeComplaintDesk(sh(2026, 12, 31, 10));
    // Solution (3 working days) with 2027 provisional: 12-31 11 h, 01-01 off, 01-04, 01-05, due 01-06 10:00.
    const missed = await recordComplaint(desk.asClerk);
    desk.clock.at = sh(2027, 1, 5, 10);
    // Due 01-08 10:00 with 2027 provisional (01-05 11 h, 01-06 12 h, 01-07 12 h).
    const running = await recordComplaint(desk.asClerk);
    desk.clock.at = sh(2027, 1, 6, 11);
    // Its working-day limits start after the days the official year changes.
    const untouched = await recordComplaint(desk.asClerk);
    desk.clock.at = sh(2027, 1, 6, 12);

    const before = await readComplaintRules(desk.db);
    const solutionOf = async (id: string, rules = before) => {
      const row = (await openComplaints(desk.db)).find((c) => c.id === id)!;
      return queueRow(row, rules, desk.clock.now()).deadlines.find((d) => d.kind === 'solution')!;
    };
    expect(await solutionOf(missed.id)).toMatchObject({ dueAt: sh(2027, 1, 6, 10), status: 'missed' });
    expect(await solutionOf(running.id)).toMatchObject({ dueAt: sh(2027, 1, 8, 10), status: 'running' });
    const untouchedDue = (await solutionOf(untouched.id)).dueAt;

    // The official 2027 as a supervisor types it (here with 01-04 and 01-05 off as well).
    await saveCalendarYear(desk.asSupervisor, { year: 2027, holidays: ['2027-01-01', '2027-01-04', '2027-01-05'], makeUpWorkdays: [] });
    const after = await readComplaintRules(desk.db);
    expect(after.calendar.provisional?.has('2027-10-01')).toBe(false);

    // Under the new calendar it would be due 01-08 10:00; it was missed at 01-06 10:00 and stays so.
    expect(await solutionOf(missed.id, after)).toMatchObject({ dueAt: sh(2027, 1, 6, 10), status: 'missed' });
    // 01-05 is a day off now: 01-06 12 h, 01-07 12 h, 01-08 12 h.
    expect(await solutionOf(running.id, after)).toMatchObject({ dueAt: sh(2027, 1, 8, 21), status: 'running' });
    expect((await solutionOf(untouched.id, after)).dueAt).toBe(untouchedDue);

    const recomputed = async (id: string) =>
      ((await desk.db.complaints.get(id))?.history ?? []).filter((e): e is Extract<ComplaintEvent, { type: 'limitsRecomputed' }> => e.type === 'limitsRecomputed');
    const [missedLog] = await recomputed(missed.id);
    expect(missedLog?.data.changes).toEqual([{ kind: 'solution', round: 1, dueBefore: sh(2027, 1, 6, 10), dueAfter: sh(2027, 1, 8, 10), keptMissed: true }]);
    expect(missedLog?.by).toBe('9001');
    const [runningLog] = await recomputed(running.id);
    expect(runningLog?.data.changes).toEqual([{ kind: 'solution', round: 1, dueBefore: sh(2027, 1, 8, 10), dueAfter: sh(2027, 1, 8, 21), keptMissed: false }]);
    expect(await recomputed(untouched.id)).toEqual([]);
    // Each shows in the daily log, beside the calendar change that caused it.
    const log = await desk.db.audit.where('action').equals('complaint.limitsRecomputed').toArray();
    expect(log.map((l) => l.number).sort()).toEqual([missed.number, running.number].sort());

    // The same entries give the same complaints on a rebuild (or on another counter).
    const queue = await openComplaints(desk.db);
    await rebuildAllProjections(desk.db);
    expect(await openComplaints(desk.db)).toEqual(queue);
  });
});
