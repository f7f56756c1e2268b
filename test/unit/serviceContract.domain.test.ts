import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/calendar/days';
import type { Entry } from '../../shared/domain/entry';
import {
  applyContractEntry,
  contractState,
  daysUntilEnd,
  expiryNoticeFrom,
  expiryReadUntil,
  renewalRefusal,
  termRefusal,
  type ContractEntry,
  type ContractRenewedData,
  type ContractSignedData,
  type MaintenanceContract,
} from '../../shared/domain/service/contract';

const signedData: ContractSignedData = {
  number: 'HT-S01-C1-261201-0001',
  customer: { name: '陈女士', phone: '13800138000', address: '五一路 8 号', area: 'inTown' },
  products: [{ kind: 'aircon', name: '格力空调', model: 'KFR-35GW', serial: 'SN123' }],
  start: '2026-12-01',
  end: '2027-11-30',
  visits: 2,
  feeFen: 30_000,
};

let seq = 0;
function entry(type: 'signed', data: ContractSignedData, counter?: string): ContractEntry;
function entry(type: 'renewed', data: ContractRenewedData, counter?: string): ContractEntry;
function entry(type: ContractEntry['type'], data: ContractSignedData | ContractRenewedData, counter = 'C1'): ContractEntry {
  seq += 1;
  const e = { id: `e${seq}`, recordType: 'maintenanceContract', recordId: 'ht-1', type, schemaVersion: 1, store: 'S01', counter, seq, hlc: String(seq), at: Date.UTC(2026, 11, 1, 2), by: '1001', approvedBy: undefined, data };
  return e as Entry as ContractEntry;
}

const project = (entries: readonly ContractEntry[]) => entries.reduce<MaintenanceContract | undefined>(applyContractEntry, undefined);

/** Every date from 2024 to 2030, drawn as a day number so month ends and 29 February come up often enough. */
const anyDate = fc.integer({ min: 0, max: 7 * 366 }).map((n) => addDays('2024-01-01', n));

describe('expiry notice: from one calendar month before the end', () => {
  it.each([
    ['mid-month', '2027-06-15', '2027-05-15'],
    ['31 March: February has no 31st, its last day', '2027-03-31', '2027-02-28'],
    ['31 March in a leap year', '2028-03-31', '2028-02-29'],
    ['30 March after a short February', '2027-03-30', '2027-02-28'],
    ['31 January: back over the year end', '2027-01-31', '2026-12-31'],
    ['1 January', '2027-01-01', '2026-12-01'],
    ['31 May: April has 30 days', '2027-05-31', '2027-04-30'],
    ['29 February', '2028-02-29', '2028-01-29'],
  ])('%s: ends %s, notice from %s', (_, end, from) => {
    expect(expiryNoticeFrom(end)).toBe(from);
  });

  it('a contract is active until the notice day, expiring from it to the end day itself, expired the day after', () => {
    const c = { end: '2027-03-31' };
    expect(contractState(c, '2027-02-27')).toBe('active');
    expect(contractState(c, '2027-02-28')).toBe('expiring');
    expect(contractState(c, '2027-03-31')).toBe('expiring');
    expect(contractState(c, '2027-04-01')).toBe('expired');
    expect(contractState({ end: '2027-01-31' }, '2026-12-30')).toBe('active');
    expect(contractState({ end: '2027-01-31' }, '2026-12-31')).toBe('expiring');
    expect([daysUntilEnd(c, '2027-02-28'), daysUntilEnd(c, '2027-03-31'), daysUntilEnd(c, '2027-04-01')]).toEqual([31, 0, -1]);
  });

  it('contractState is expiring exactly on the days from expiryNoticeFrom(end) to end', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (end, today) => {
        const expiring = today >= expiryNoticeFrom(end) && today <= end;
        const state = contractState({ end }, today);
        return expiring ? state === 'expiring' : state === (today > end ? 'expired' : 'active');
      }),
      { numRuns: 2000 },
    );
  });

  it('the expiry list read from today to expiryReadUntil(today) holds every contract expiring today', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 40 }), (today, ahead) => {
        const end = addDays(today, ahead);
        return contractState({ end }, today) !== 'expiring' || end <= expiryReadUntil(today);
      }),
      { numRuns: 2000 },
    );
    // The longest notice: 31 days (ends on a 31st after a 31-day month, or on 31 March after February).
    for (const end of ['2027-03-31', '2027-08-31', '2028-01-31']) expect(contractState({ end }, addDays(end, -31))).toBe('expiring');
  });
});

describe('terms and renewal', () => {
  it('a term ends after it starts and lasts at most five years', () => {
    expect(termRefusal('2026-12-01', '2026-12-01')).toBe('endNotAfterStart');
    expect(termRefusal('2026-12-01', '2026-11-30')).toBe('endNotAfterStart');
    expect(termRefusal('2026-12-01', '2026-12-02')).toBeUndefined();
    expect(termRefusal('2026-12-01', '2031-12-01')).toBeUndefined();
    expect(termRefusal('2026-12-01', '2031-12-02')).toBe('termTooLong');
    expect(termRefusal('2028-02-29', '2033-02-28')).toBeUndefined();
    expect(termRefusal('2028-02-29', '2033-03-01')).toBe('termTooLong');
  });

  it('signed, then renewed: each renewal is a new term from the day after the last end', () => {
    const c = project([entry('signed', signedData), entry('renewed', { end: '2028-11-30', visits: 3, feeFen: 32_000 })]);
    expect(c).toMatchObject({ id: 'ht-1', number: signedData.number, start: '2026-12-01', end: '2028-11-30', conflicts: [] });
    expect(c?.terms.map((t) => [t.start, t.end, t.visits, t.feeFen])).toEqual([
      ['2026-12-01', '2027-11-30', 2, 30_000],
      ['2027-12-01', '2028-11-30', 3, 32_000],
    ]);
  });

  it('a renewal must run past the current end', () => {
    expect(renewalRefusal({ end: '2027-11-30' }, '2027-11-30')).toBe('notLater');
    expect(renewalRefusal({ end: '2027-11-30' }, '2027-06-30')).toBe('notLater');
    expect(renewalRefusal({ end: '2027-11-30' }, '2027-12-01')).toBeUndefined();
  });

  it('a second signing of the same contract and a renewal not past the end are kept as conflicts; the contract stays as it was', () => {
    const first = entry('signed', signedData);
    const again = entry('signed', { ...signedData, end: '2029-11-30' }, 'C2');
    const renewed = entry('renewed', { end: '2028-11-30', visits: 3, feeFen: 32_000 });
    const short = entry('renewed', { end: '2028-05-31', visits: 1, feeFen: 10_000 }, 'C2');
    const c = project([first, again, renewed, short]);
    expect(c?.end).toBe('2028-11-30');
    expect(c?.terms).toHaveLength(2);
    expect(c?.conflicts.map((x) => [x.entryId, x.reason, x.counter])).toEqual([
      [again.id, 'alreadySigned', 'C2'],
      [short.id, 'notLater', 'C2'],
    ]);
  });

  it('a renewal with no signed contract projects nothing; an entry of a newer version is kept out of the projection', () => {
    expect(project([entry('renewed', { end: '2028-11-30', visits: 3, feeFen: 0 })])).toBeUndefined();
    const newer = { ...entry('renewed', { end: '2028-11-30', visits: 3, feeFen: 0 }), schemaVersion: 2 } as ContractEntry;
    expect(project([entry('signed', signedData), newer])?.end).toBe('2027-11-30');
  });
});
