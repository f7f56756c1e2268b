import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackupBody, backupLineOf, sameCounts, tableOfLine } from '../../shared/domain/backup/body';
import { backupFileName } from '../../shared/domain/backup/fileName';
import { KEPT_NUMBER_DAYS, marksToRaise, mergeMarks, nextMarker } from '../../shared/domain/backup/marks';
import { backupsToKeep } from '../../shared/domain/backup/retention';
import { backupDue, RETRY_AFTER_FAILURE_MS } from '../../shared/domain/backup/schedule';
import { BACKUP_FILE_PATTERN, backupLine, backupSettingsInput } from '../../shared/schema/backup';
import type { CounterMarks } from '../../shared/schema/marker';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Wednesday 25 November 2026, 20:00 in Shanghai. */
const NOW = Date.UTC(2026, 10, 25, 12, 0);

describe('backup retention', () => {
  /** Four backups a day (every 4 hours over the shop's hours) for 120 days up to now. */
  const history = Array.from({ length: 120 * 4 }, (_, i) => {
    const madeAt = NOW - Math.floor(i / 4) * DAY - (i % 4) * 4 * HOUR;
    return { name: `b-${madeAt}`, madeAt };
  });

  it('keeps the newest of each of the last 14 days and of each of the last 8 ISO weeks, nothing older', () => {
    const keep = backupsToKeep(history, NOW);
    const kept = history.filter((f) => keep.has(f.name));
    // 14 days, plus one per earlier week: this week's days are among the 14, so 8 weeks add 6 Sundays... at most 22 in all.
    const days = new Set(kept.map((f) => new Date(f.madeAt + 8 * HOUR).toISOString().slice(0, 10)));
    expect(days.size).toBe(kept.length);
    expect(kept.length).toBeLessThanOrEqual(14 + 8);
    // Each of the last 14 days: its newest backup (the first of the day in this list), never an older one of that day.
    for (let d = 0; d < 14; d++) {
      expect(keep.has(`b-${NOW - d * DAY}`)).toBe(true);
      expect(keep.has(`b-${NOW - d * DAY - 4 * HOUR}`)).toBe(false);
    }
    // Eight weeks back (Monday 5 October) is the oldest week kept; nothing from before it.
    const oldest = Math.min(...kept.map((f) => f.madeAt));
    expect(oldest).toBeGreaterThanOrEqual(Date.UTC(2026, 9, 4, 16));
    // The newest of an older week is its Sunday's last backup.
    expect(keep.has(`b-${Date.UTC(2026, 9, 11, 12)}`)).toBe(true);
  });

  it('never removes the newest backup, however old, nor one made "after" now', () => {
    const old = [
      { name: 'a', madeAt: NOW - 400 * DAY },
      { name: 'b', madeAt: NOW - 300 * DAY },
    ];
    expect([...backupsToKeep(old, NOW)]).toEqual(['b']);
    expect(backupsToKeep([...old, { name: 'future', madeAt: NOW + DAY }], NOW).has('future')).toBe(true);
    expect(backupsToKeep([], NOW).size).toBe(0);
  });

  it('counts days in the store’s time zone', () => {
    // 23:30 and 00:30 Shanghai time are two days there, one day in UTC.
    const late = { name: 'late', madeAt: Date.UTC(2026, 10, 24, 15, 30) };
    const early = { name: 'early', madeAt: Date.UTC(2026, 10, 24, 16, 30) };
    expect(backupsToKeep([late, early], NOW)).toEqual(new Set(['late', 'early']));
    expect(backupsToKeep([late, early], NOW, { days: 14, weeks: 8, timeZone: 'UTC' })).toEqual(new Set(['early']));
  });
});

describe('the backup body and its manifest', () => {
  const lines = [backupLineOf('entries', { id: 'e1', summary: '寄存\n第二行' }), backupLineOf('meta', { key: 'counterClock', value: { seq: 2 } }), backupLineOf('complaintFacts', { receivedAt: 1 }, 'c-1')];

  it('hashes every line and counts rows per table; the same lines in parts give the same manifest', () => {
    const whole = new BackupBody();
    whole.add(lines.join(''));
    const inParts = new BackupBody();
    for (const line of lines) inParts.add(line);
    expect(whole.counts).toEqual({ complaintFacts: 1, entries: 1, meta: 1 });
    expect(whole.rows).toBe(3);
    const digest = whole.digest();
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(inParts.matches({ sha256: digest, counts: { entries: 1, meta: 1, complaintFacts: 1, staff: 0 } })).toBe(true);
  });

  it('refuses a body with a changed row, a missing row, or a line cut short', () => {
    const manifestOf = (text: string) => {
      const body = new BackupBody();
      body.add(text);
      return { sha256: body.digest(), counts: body.counts };
    };
    const manifest = manifestOf(lines.join(''));
    const check = (text: string) => {
      const body = new BackupBody();
      body.add(text);
      return body.matches(manifest);
    };
    expect(check(lines.join(''))).toBe(true);
    expect(check(lines.join('').replace('e1', 'e2'))).toBe(false);
    expect(check(lines.slice(0, 2).join(''))).toBe(false);
    expect(check(lines.join('').slice(0, -3))).toBe(false);
  });

  it('reads the table of a line without parsing the row; a line holds no raw newline', () => {
    expect(tableOfLine(lines[0]!)).toBe('entries');
    expect(tableOfLine('{"not":"a row"}')).toBeUndefined();
    expect(lines[0]!.indexOf('\n')).toBe(lines[0]!.length - 1);
    expect(sameCounts({ a: 1, b: 0 }, { a: 1 })).toBe(true);
    expect(sameCounts({ a: 1 }, { a: 2 })).toBe(false);
  });

  it('checks each line: a row of a table, entries field by field', () => {
    const entry = { id: 'x', recordType: 'storage', recordId: 'r', type: 'deposited', schemaVersion: 1, store: 'S01', counter: 'C1', seq: 1, hlc: 'h', at: 1, by: '1001', data: {} };
    expect(backupLine.safeParse(['entries', entry]).success).toBe(true);
    expect(backupLine.safeParse(['entries', { ...entry, seq: 'one' }]).success).toBe(false);
    expect(backupLine.safeParse(['complaintFacts', {}, 'c-1']).success).toBe(true);
    expect(backupLine.safeParse(['../etc', {}]).success).toBe(false);
    expect(backupLine.safeParse(['meta', 'text']).success).toBe(false);
  });

  it('names the file by store, counter and the store’s time to the second', () => {
    const name = backupFileName({ store: 'S01', counter: 'C1', madeAt: NOW, timeZone: 'Asia/Shanghai' });
    expect(name).toBe('servicedesk-S01-C1-20261125-200000.jsonl.gz');
    expect(BACKUP_FILE_PATTERN.test(name)).toBe(true);
    expect(BACKUP_FILE_PATTERN.test('../servicedesk-S01-C1-20261125-200000.jsonl.gz')).toBe(false);
  });
});

describe('when the timed backup is due', () => {
  const good = (at: number) => ({ at, ok: true });
  it('every N hours after the last good backup; 0 means only at the daily close', () => {
    expect(backupDue({ everyHours: 4 }, NOW)).toBe(true);
    expect(backupDue({ everyHours: 4, lastGood: good(NOW - 3 * HOUR) }, NOW)).toBe(false);
    expect(backupDue({ everyHours: 4, lastGood: good(NOW - 4 * HOUR) }, NOW)).toBe(true);
    expect(backupDue({ everyHours: 0 }, NOW)).toBe(false);
  });

  it('waits half an hour after a failure before trying again', () => {
    const failed = { at: NOW - 10 * 60_000, ok: false, error: 'error.backupWrite' };
    expect(backupDue({ everyHours: 4, last: failed, lastGood: good(NOW - DAY) }, NOW)).toBe(false);
    expect(backupDue({ everyHours: 4, last: failed, lastGood: good(NOW - DAY) }, NOW - 10 * 60_000 + RETRY_AFTER_FAILURE_MS)).toBe(true);
  });

  it('takes the hours as typed, decimal digits only', () => {
    expect(backupSettingsInput.parse({ folder: ' D:\\备份 ', everyHours: '６' })).toEqual({ folder: 'D:\\备份', everyHours: 6 });
    for (const bad of ['25', '-1', '1e1', '0x4', '']) expect(backupSettingsInput.safeParse({ folder: '', everyHours: bad }).error?.issues[0]?.message).toBe('error.backupEveryHours');
  });
});

describe('the counter marker', () => {
  const key = (type: string, day: number) => `seq:${type}:2611${String(day).padStart(2, '0')}`;
  const marksArb = fc.record({
    seq: fc.nat(10_000),
    numbers: fc.dictionary(
      fc.tuple(fc.constantFrom('JC', 'TH', 'TS'), fc.integer({ min: 1, max: 30 })).map(([t, d]) => key(t, d)),
      fc.integer({ min: 1, max: 9999 }),
    ),
  });

  it('merging never lowers a mark, in any order', () => {
    fc.assert(
      fc.property(marksArb, marksArb, (a: CounterMarks, b: CounterMarks) => {
        const merged = mergeMarks(a, b);
        expect(merged.seq).toBe(Math.max(a.seq, b.seq));
        for (const [k, n] of [...Object.entries(a.numbers), ...Object.entries(b.numbers)]) expect(merged.numbers[k]).toBeGreaterThanOrEqual(n);
        expect(mergeMarks(b, a)).toEqual(merged);
        expect(mergeMarks(merged, a)).toEqual(merged);
      }),
    );
  });

  it('keeps the days that can come round again, drops older days', () => {
    const numbers = Object.fromEntries(Array.from({ length: KEPT_NUMBER_DAYS + 5 }, (_, i) => [`seq:JC:${String(260101 + i)}`, 1]));
    const merged = mergeMarks({ seq: 0, numbers: {} }, { seq: 0, numbers });
    expect(Object.keys(merged.numbers)).toHaveLength(KEPT_NUMBER_DAYS);
    expect(merged.numbers['seq:JC:260101']).toBeUndefined();
    expect(merged.numbers[`seq:JC:${260101 + KEPT_NUMBER_DAYS + 4}`]).toBe(1);
  });

  it('says what a restored database must be raised to', () => {
    const database = { seq: 40, numbers: { [key('JC', 25)]: 3, [key('TH', 25)]: 9 } };
    const marker = { seq: 57, numbers: { [key('JC', 25)]: 7, [key('TH', 25)]: 2, [key('TS', 25)]: 1 } };
    expect(marksToRaise(database, marker)).toEqual({ seq: 57, numbers: { [key('JC', 25)]: 7, [key('TS', 25)]: 1 } });
    expect(marksToRaise(marker, database)).toEqual({ seq: 0, numbers: { [key('TH', 25)]: 9 } });
  });

  it('keeps when this PC was set up; another counter starts a new marker', () => {
    const first = nextMarker(undefined, { store: 'S01', counter: 'C1', seq: 3, numbers: {} }, 1000);
    const later = nextMarker(first, { store: 'S01', counter: 'C1', seq: 2, numbers: {} }, 2000);
    expect(later).toMatchObject({ setUpAt: 1000, updatedAt: 2000, seq: 3 });
    expect(nextMarker(later, { store: 'S01', counter: 'C2', seq: 1, numbers: {} }, 3000)).toMatchObject({ counter: 'C2', setUpAt: 3000, seq: 1 });
  });
});
