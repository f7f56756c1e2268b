import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Entry } from '../../shared/domain/entry';
import { areaOf, type AuditOnlyAction, type EntryAction, type LogArea } from '../../shared/domain/dayLog/areas';
import { dayLogChoices, filterDayLog, NO_FILTER } from '../../shared/domain/dayLog/filter';
import { dayLogOf, type AuditLine } from '../../shared/domain/dayLog/lines';
import { quietCounters } from '../../shared/domain/dayLog/syncLag';
import type { MessageKey } from '../../renderer/i18n';

const T0 = Date.UTC(2026, 10, 25, 2, 0);
const MIN = 60_000;

function entry(over: Partial<Entry> & Pick<Entry, 'id' | 'at'>): Entry {
  return {
    recordType: 'storage',
    recordId: `rec-${over.id}`,
    type: 'deposited',
    schemaVersion: 1,
    store: 'S01',
    counter: 'C1',
    seq: 1,
    hlc: '0',
    by: '1001',
    data: {},
    ...over,
  };
}

function audit(over: Partial<AuditLine> & Pick<AuditLine, 'id' | 'at' | 'action'>): AuditLine {
  return { staffNo: '1001', counter: 'C1', summary: '', ...over };
}

describe('the daily log lines', () => {
  it('an entry and the audit line written with it are one line; lines without an entry stay', () => {
    const lines = dayLogOf(
      [entry({ id: 'e1', at: T0, summary: 'JC-1 行李箱', number: 'JC-1' })],
      [
        audit({ id: 'a1', at: T0, action: 'storage.deposited', recordId: 'rec-e1', number: 'JC-1', summary: 'JC-1 行李箱' }),
        audit({ id: 'a2', at: T0 + MIN, action: 'session.signedIn', summary: '9001 王主管', staffNo: '9001' }),
      ],
      new Set(),
    );
    expect(lines.map((l) => [l.id, l.action, l.isEntry, l.summary])).toEqual([
      ['a2', 'session.signedIn', false, '9001 王主管'],
      ['e1', 'storage.deposited', true, 'JC-1 行李箱'],
    ]);
  });

  it('an older entry without its own summary and number takes them from its audit line; a synced one without either says nothing', () => {
    const lines = dayLogOf(
      [entry({ id: 'e1', at: T0 }), entry({ id: 'e2', at: T0 + MIN, counter: 'C2' })],
      [audit({ id: 'a1', at: T0, action: 'storage.deposited', recordId: 'rec-e1', number: 'JC-1', summary: 'JC-1 旧记录' })],
      new Set(),
    );
    expect(lines.map((l) => [l.id, l.counter, l.number, l.summary])).toEqual([
      ['e2', 'C2', undefined, ''],
      ['e1', 'C1', 'JC-1', 'JC-1 旧记录'],
    ]);
  });

  it('an audit line matches only the entry of its instant, counter, record and action', () => {
    const lines = dayLogOf(
      [entry({ id: 'e1', at: T0, summary: '取件', type: 'released' })],
      [
        // The refusal of a second release of the same item, in the same instant: its own line.
        audit({ id: 'a1', at: T0, action: 'storage.releaseRefused', recordId: 'rec-e1', summary: '拒绝' }),
        audit({ id: 'a2', at: T0, action: 'storage.released', recordId: 'rec-e1', counter: 'C2', summary: '别的柜台' }),
      ],
      new Set(),
    );
    expect(lines.map((l) => l.id).sort()).toEqual(['a1', 'a2', 'e1']);
  });

  it('two entries of one record and kind in one write take one audit line each', () => {
    const both = { at: T0, recordId: 'same', recordType: 'giftStock' as const, type: 'issued' };
    const lines = dayLogOf(
      [entry({ id: 'e1', ...both }), entry({ id: 'e2', ...both })],
      [audit({ id: 'a1', at: T0, action: 'giftStock.issued', recordId: 'same', summary: '第一条' }), audit({ id: 'a2', at: T0, action: 'giftStock.issued', recordId: 'same', summary: '第二条' })],
      new Set(),
    );
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => l.summary).sort()).toEqual(['第一条', '第二条']);
  });

  it('newest first, lines of one instant by id, whatever order they were read in', () => {
    const entries = [entry({ id: 'b', at: T0 }), entry({ id: 'c', at: T0 }), entry({ id: 'a', at: T0 + MIN })];
    const audits = [audit({ id: 'd', at: T0, action: 'session.signedIn' })];
    const order = (es: Entry[], as: AuditLine[]) => dayLogOf(es, as, new Set()).map((l) => l.id);
    expect(order(entries, audits)).toEqual(['a', 'd', 'c', 'b']);
    expect(order([...entries].reverse(), audits)).toEqual(['a', 'd', 'c', 'b']);
  });

  it('marks a correction of a closed day and an entry that arrived after the close', () => {
    const lines = dayLogOf(
      [entry({ id: 'fix', at: T0 + MIN, correctionOf: '2026-11-24', type: 'reversed', recordType: 'returnRecord' }), entry({ id: 'late', at: T0 })],
      [],
      new Set(['late']),
    );
    expect(lines.map((l) => [l.id, l.correctionOf, l.late, l.area])).toEqual([
      ['fix', '2026-11-24', false, 'returnRecord'],
      ['late', undefined, true, 'storage'],
    ]);
  });

  it('areas: the record type, or the audit trail’s own; a counter joining is sync', () => {
    expect(['complaint.recorded', 'handout.refused', 'session.signedOut', 'approval.refused', 'counter.joined', 'sync.received'].map(areaOf)).toEqual([
      'complaint',
      'handout',
      'session',
      'approval',
      'sync',
      'sync',
    ]);
  });

  it('every entry action, audit action and area has words in the log (a new one without them fails the typecheck)', () => {
    expectTypeOf<Exclude<`log.action.${EntryAction | AuditOnlyAction}`, MessageKey>>().toEqualTypeOf<never>();
    expectTypeOf<Exclude<`log.area.${LogArea}`, MessageKey>>().toEqualTypeOf<never>();
  });
});

describe('filtering the day', () => {
  const lines = dayLogOf(
    [
      entry({ id: 'e1', at: T0, by: '1001', approvedBy: '9001', counter: 'C1' }),
      entry({ id: 'e2', at: T0 + MIN, by: '1002', counter: 'C2', recordType: 'complaint', type: 'recorded' }),
    ],
    [audit({ id: 'a1', at: T0 + 2 * MIN, action: 'session.signedIn', staffNo: '9001' })],
    new Set(),
  );

  it('staff matches who did it or who approved it; area, counter and action narrow further', () => {
    expect(filterDayLog(lines, { ...NO_FILTER, staffNo: '9001' }).map((l) => l.id)).toEqual(['a1', 'e1']);
    expect(filterDayLog(lines, { ...NO_FILTER, area: 'complaint' }).map((l) => l.id)).toEqual(['e2']);
    expect(filterDayLog(lines, { ...NO_FILTER, counter: 'C1' }).map((l) => l.id)).toEqual(['a1', 'e1']);
    expect(filterDayLog(lines, { ...NO_FILTER, counter: 'C1', action: 'storage.deposited' }).map((l) => l.id)).toEqual(['e1']);
  });

  it('offers the day’s staff, counters and actions, and keeps a chosen one the day lacks', () => {
    expect(dayLogChoices(lines, NO_FILTER)).toEqual({
      staffNos: ['1001', '1002', '9001'],
      counters: ['C1', 'C2'],
      actions: ['complaint.recorded', 'session.signedIn', 'storage.deposited'],
    });
    const kept = dayLogChoices([], { area: '', staffNo: '1002', counter: 'C3', action: 'handout.handedOut' });
    expect(kept).toEqual({ staffNos: ['1002'], counters: ['C3'], actions: ['handout.handedOut'] });
  });
});

describe('counters gone quiet', () => {
  const lines = dayLogOf(
    [entry({ id: 'e1', at: T0, counter: 'C2' }), entry({ id: 'e2', at: T0 + 50 * MIN, counter: 'C3' }), entry({ id: 'e3', at: T0, counter: 'C1' })],
    [],
    new Set(),
  );

  it('another counter whose newest entry here is over an hour old while the store is open; never this counter, never after closing', () => {
    expect(quietCounters(lines, 'C1', T0 + 61 * MIN, true)).toEqual(['C2']);
    expect(quietCounters(lines, 'C1', T0 + 59 * MIN, true)).toEqual([]);
    expect(quietCounters(lines, 'C1', T0 + 5 * 60 * MIN, false)).toEqual([]);
  });
});
