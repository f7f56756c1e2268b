import { describe, expect, it } from 'vitest';
import { complaintQueue } from '../../shared/domain/complaints/queue';
import { watchComplaintQueue } from '../../renderer/db/complaints/liveQueue';
import { openComplaints, readComplaintQueue } from '../../renderer/db/complaints/queries';
import { readComplaintRules } from '../../renderer/db/complaints/rules';
import { takeComplaintStep } from '../../renderer/db/complaints/steps';
import { applyIncomingEntries, rebuildAllProjections } from '../../renderer/db/incoming';
import { makeComplaintDesk, recordComplaint } from './complaintWorkflowFixture';

const MIN = 60_000;

describe('the open-complaints queue kept while watched', () => {
  it('after steps here, entries from another counter, a rebuild and the clock moving, reads as the whole queue computed again', async () => {
    const desk = await makeComplaintDesk();
    const rules = await readComplaintRules(desk.db);
    const first = await recordComplaint(desk.asClerk, { channel: 'phone' });
    let changes = 0;
    const unwatch = watchComplaintQueue(desk.db, () => (changes += 1));
    const same = async () => {
      const now = desk.clock.now();
      expect(await readComplaintQueue(desk.db, rules, now)).toEqual(complaintQueue(await openComplaints(desk.db), rules, now));
    };
    await same();

    const second = await recordComplaint(desk.asClerk, { channel: 'desk', severity: 'urgent' });
    expect(changes).toBe(1);
    desk.clock.advance(70 * MIN);
    await same();

    const c2 = await desk.joinedCounter('C2');
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    await recordComplaint(c2, { channel: 'hotline', severity: 'major' });
    await takeComplaintStep(c2, first.id, 'customerContacted', { party: 'desk' });
    await applyIncomingEntries(desk.asClerk, await c2.db.entries.toArray());
    await same();

    await takeComplaintStep(desk.asLead, second.id, 'validityJudged', { valid: false, reason: '不属实', answer: '已解释' });
    desk.clock.advance(3 * 24 * 60 * MIN);
    await same();

    // A rebuild clears the table (a write naming no rows): the next read takes every row again.
    await rebuildAllProjections(desk.db);
    await same();
    expect((await readComplaintQueue(desk.db, rules, desk.clock.now())).map((r) => r.complaint.id)).not.toContain(second.id);
    unwatch();

    // Unwatched, a read is a whole one and still right.
    await recordComplaint(desk.asClerk);
    await same();
  });
});
