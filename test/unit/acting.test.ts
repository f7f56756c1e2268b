import { describe, expect, it } from 'vitest';
import { applyActingEntry } from '../../shared/domain/acting/projection';
import { endRefusal, FROM_PAST_TOLERANCE_MS, isWindowOpen, MAX_ACTING_MS, mayApprove, namingRefusal, openWindowOf, windowState } from '../../shared/domain/acting/rules';
import type { ActingEntry, ActingWindow } from '../../shared/domain/acting/types';
import { commandRefusal, commandStanding } from '../../shared/domain/permissions';
import type { StaffMember } from '../../shared/domain/staff';
import { syncEntry } from '../../shared/schema/sync';

const T0 = Date.UTC(2026, 10, 25, 2, 0);
const HOUR = 3_600_000;

const member = (staffNo: string, role: StaffMember['role'], active = true): StaffMember => ({ staffNo, name: staffNo, role, active, pinHash: '', pinSalt: '', createdAt: 0, updatedAt: 0 });
const supervisor = member('2001', 'supervisor');
const manager = member('8001', 'storeManager');
const lead = member('2003', 'lead');
const clerk = member('1001', 'clerk');

function window(over: Partial<ActingWindow> = {}): ActingWindow {
  return { id: 'w1', assistant: lead.staffNo, actingFor: supervisor.staffNo, from: T0, until: T0 + 8 * HOUR, named: { by: supervisor.staffNo, at: T0, counter: 'C1' }, ...over };
}

describe('an acting window is open from its start until its end, and ends by itself', () => {
  it('opens at `from` and closes at `until` (no entry needed)', () => {
    const w = window();
    expect(isWindowOpen(w, T0 - 1)).toBe(false);
    expect(isWindowOpen(w, T0)).toBe(true);
    expect(isWindowOpen(w, T0 + 8 * HOUR - 1)).toBe(true);
    expect(isWindowOpen(w, T0 + 8 * HOUR)).toBe(false);
    expect([T0 - 1, T0, T0 + 8 * HOUR].map((t) => windowState(w, t))).toEqual(['scheduled', 'open', 'lapsed']);
  });

  it('ended early, it closes at the end', () => {
    const w = window({ ended: { by: supervisor.staffNo, at: T0 + 2 * HOUR, counter: 'C1' } });
    expect(isWindowOpen(w, T0 + 2 * HOUR - 1)).toBe(true);
    expect(isWindowOpen(w, T0 + 2 * HOUR)).toBe(false);
    expect(windowState(w, T0 + 3 * HOUR)).toBe('endedEarly');
    expect(endRefusal(w, T0 + 3 * HOUR)).toBe('alreadyOver');
    expect(endRefusal(window(), T0 + 8 * HOUR)).toBe('alreadyOver');
    expect(endRefusal(window(), T0 + HOUR)).toBeUndefined();
    expect(endRefusal(undefined, T0)).toBe('unknownWindow');
  });

  it('names the assistant only: someone else has no window', () => {
    expect(openWindowOf([window()], lead.staffNo, T0)?.actingFor).toBe(supervisor.staffNo);
    expect(openWindowOf([window()], clerk.staffNo, T0)).toBeUndefined();
  });

  it('keeps the first end: a second one from another counter changes nothing', () => {
    const entry = (type: ActingEntry['type'], at: number, data: ActingEntry['data']): ActingEntry =>
      ({ id: `e${at}`, recordType: 'actingWindow', recordId: 'w1', type, schemaVersion: 1, store: 'S01', counter: 'C1', seq: 1, hlc: String(at), at, by: supervisor.staffNo, data }) as ActingEntry;
    const named = applyActingEntry(undefined, entry('named', T0, { assistant: lead.staffNo, actingFor: supervisor.staffNo, from: T0, until: T0 + 8 * HOUR }));
    const ended = applyActingEntry(named, entry('ended', T0 + HOUR, { reason: '主管回来了' }));
    expect(applyActingEntry(ended, entry('ended', T0 + 2 * HOUR, {}))).toEqual(ended);
    expect(ended?.ended).toMatchObject({ at: T0 + HOUR, reason: '主管回来了' });
  });
});

describe('who may be named, and for how long', () => {
  const fine = { from: T0, until: T0 + 8 * HOUR };

  it('a supervisor or store manager names a desk lead', () => {
    expect(namingRefusal(supervisor, lead, fine, T0)).toBeUndefined();
    expect(namingRefusal(manager, lead, fine, T0)).toBeUndefined();
  });

  it('nobody names themself; an assistant (a lead) cannot name others', () => {
    expect(namingRefusal(supervisor, supervisor, fine, T0)).toBe('self');
    expect(namingRefusal(lead, member('2004', 'lead'), fine, T0)).toBe('namerNotSupervisor');
  });

  it('only an active desk lead is named; an unknown number is refused', () => {
    expect(namingRefusal(supervisor, undefined, fine, T0)).toBe('unknownAssistant');
    expect(namingRefusal(supervisor, clerk, fine, T0)).toBe('assistantNotLead');
    expect(namingRefusal(supervisor, member('2002', 'supervisor'), fine, T0)).toBe('assistantNotLead');
    expect(namingRefusal(supervisor, member('2005', 'lead', false), fine, T0)).toBe('assistantInactive');
  });

  it('starts no more than a minute ago, ends after it starts, lasts at most 7 days', () => {
    expect(namingRefusal(supervisor, lead, { from: T0 - FROM_PAST_TOLERANCE_MS, until: T0 + HOUR }, T0)).toBeUndefined();
    expect(namingRefusal(supervisor, lead, { from: T0 - FROM_PAST_TOLERANCE_MS - 1, until: T0 + HOUR }, T0)).toBe('fromInPast');
    expect(namingRefusal(supervisor, lead, { from: T0 + HOUR, until: T0 + HOUR }, T0)).toBe('untilNotAfterFrom');
    expect(namingRefusal(supervisor, lead, { from: T0 + HOUR, until: T0 }, T0)).toBe('untilNotAfterFrom');
    expect(namingRefusal(supervisor, lead, { from: T0, until: T0 + MAX_ACTING_MS }, T0)).toBeUndefined();
    expect(namingRefusal(supervisor, lead, { from: T0, until: T0 + MAX_ACTING_MS + 1 }, T0)).toBe('tooLong');
  });
});

describe('what an open window lends', () => {
  const open = { windows: [window()], now: T0 + HOUR };
  const lapsed = { windows: [window()], now: T0 + 8 * HOUR };

  it("the supervisor's commands, only while open, saying for whom", () => {
    expect(commandRefusal('day.close', lead, 3)).toBe('roleNotAllowed');
    expect(commandStanding('day.close', lead, 3, open)).toEqual({ actingFor: supervisor.staffNo });
    expect(commandRefusal('day.close', lead, 3, lapsed)).toBe('roleNotAllowed');
    // What the lead may do anyway is not "acting".
    expect(commandStanding('storage.deposit', lead, 3, open)).toEqual({});
  });

  it('never staff management: no naming others, no roles (nobody made a store manager), no PINs', () => {
    for (const command of ['staff.create', 'staff.update', 'staff.resetPin', 'acting.name', 'acting.end'] as const) {
      expect(commandRefusal(command, lead, 3, open), command).toBe('roleNotAllowed');
    }
  });

  it('not to a deactivated assistant, and only to the one named', () => {
    expect(commandRefusal('day.close', member('2003', 'lead', false), 3, open)).toBe('inactive');
    expect(commandRefusal('day.close', member('2004', 'lead'), 3, open)).toBe('roleNotAllowed');
    // Given another role since being named, the assistant has lost the window.
    expect(commandRefusal('day.close', member('2003', 'clerk'), 3, open)).toBe('roleNotAllowed');
  });

  it("a supervisor's approvals while open", () => {
    expect(mayApprove(lead, 'returns.exception', open.windows, open.now)).toBe(true);
    expect(mayApprove(lead, 'returns.exception', lapsed.windows, lapsed.now)).toBe(false);
    expect(mayApprove(lead, 'returns.exception', [], open.now)).toBe(false);
    expect(mayApprove(supervisor, 'returns.exception', [], open.now)).toBe(true);
  });
});

describe('acting-for travels with the entry', () => {
  it('a pulled entry keeps whom its approver and its maker stood in for', () => {
    const pulled = syncEntry.parse({
      id: 'e1', recordType: 'dayClose', recordId: '2026-11-25', type: 'closed', schemaVersion: 1, store: 'S01', counter: 'C2', seq: 4, hlc: 'x', at: T0,
      by: lead.staffNo, approvedBy: lead.staffNo, approvedActingFor: supervisor.staffNo, actingFor: supervisor.staffNo, data: {},
    });
    expect(pulled).toMatchObject({ approvedActingFor: supervisor.staffNo, actingFor: supervisor.staffNo });
  });
});
