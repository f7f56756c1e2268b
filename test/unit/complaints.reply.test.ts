import { describe, expect, it } from 'vitest';
import { EMPTY_CALENDAR, withDayKind } from '../../shared/domain/calendar';
import {
  complaintRulesOf,
  DEFAULT_DEADLINE_POLICY,
  defaultLimits,
  promisedReplyAt,
  type ComplaintCategory,
  type ComplaintRules,
  type ComplaintSeverity,
} from '../../shared/domain/complaints';
import { sh, T0 } from './complaints.fixtures';

/** The store's rules with the official calendar of chinese-days and the DOMAIN defaults. */
const OFFICIAL = complaintRulesOf(undefined, undefined);

const basis = (receivedAt: number, severity: ComplaintSeverity = 'normal', category: ComplaintCategory = 'productQuality') => ({ receivedAt, category, severity });

describe('promised reply time', () => {
  it('a normal complaint: the earlier of 2 days and 3 working days (here the 2 days)', () => {
    // Monday 10:00: 2 days is Wednesday 10:00, 3 working days Thursday 10:00.
    expect(promisedReplyAt(basis(T0), OFFICIAL)).toBe(sh(2026, 11, 25, 10));
  });

  it('a normal complaint: the 3 working days when they come first (a shorter solution limit)', () => {
    const rules: ComplaintRules = {
      ...OFFICIAL,
      policy: {
        ...DEFAULT_DEADLINE_POLICY,
        rows: DEFAULT_DEADLINE_POLICY.rows.map((r) => ({ ...r, limits: { ...r.limits, solution: { amount: 1, unit: 'workingDays' } } })),
      },
    };
    // One working day (12 working hours, 09:00–21:00) from Monday 10:00 is Tuesday 10:00, before the 2 days.
    expect(promisedReplyAt(basis(T0), rules)).toBe(sh(2026, 11, 24, 10));
  });

  it('a major or urgent complaint: 5 working days, weekends skipped', () => {
    // Monday 2026-11-23 10:00 + 5 working days = the next Monday 10:00.
    expect(promisedReplyAt(basis(T0, 'major'), OFFICIAL)).toBe(sh(2026, 11, 30, 10));
    expect(promisedReplyAt(basis(T0, 'urgent', 'environmentSafety'), OFFICIAL)).toBe(sh(2026, 11, 30, 10));
  });

  it('across the National Day holiday and its make-up Saturday (official calendar)', () => {
    const eve = sh(2026, 9, 30, 10);
    // 30 Sep 11 h; 1–7 Oct off; Thu 8, Fri 9, make-up Sat 10 Oct, Mon 12 Oct: 48 h; Tue 13 Oct the last hour.
    expect(promisedReplyAt(basis(eve, 'major'), OFFICIAL)).toBe(sh(2026, 10, 13, 10));
    // Without the holidays only the weekend is skipped: Wednesday 7 Oct.
    expect(promisedReplyAt(basis(eve, 'major'), { ...OFFICIAL, calendar: EMPTY_CALENDAR })).toBe(sh(2026, 10, 7, 10));
    // A normal one still gets its answer within 2 clock days, holiday or not.
    expect(promisedReplyAt(basis(eve), OFFICIAL)).toBe(sh(2026, 10, 2, 10));
  });

  it('a day a supervisor marks as a holiday moves the promise later, never earlier', () => {
    const eve = sh(2026, 9, 30, 10);
    const edited = { ...OFFICIAL, calendar: withDayKind(OFFICIAL.calendar, '2026-10-12', 'holiday') };
    expect(promisedReplyAt(basis(eve, 'major'), edited)).toBe(sh(2026, 10, 14, 10));
  });

  it('received outside working hours: working days count from the next opening', () => {
    // Saturday 2026-11-28 22:00; major: Monday to Friday, ending at Friday 21:00.
    expect(promisedReplyAt(basis(sh(2026, 11, 28, 22), 'major'), OFFICIAL)).toBe(sh(2026, 12, 4, 21));
  });

  it('no promise when the row tracks neither the solution nor the 2-day limit', () => {
    const { solution: _s, resolved: _r, ...rest } = defaultLimits('normal');
    const rules: ComplaintRules = { ...OFFICIAL, policy: { ...DEFAULT_DEADLINE_POLICY, rows: DEFAULT_DEADLINE_POLICY.rows.map((r) => ({ ...r, limits: rest })) } };
    expect(promisedReplyAt(basis(T0), rules)).toBeUndefined();
  });
});
