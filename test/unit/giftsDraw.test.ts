import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  drawWinners,
  parseParticipants,
  participantsFingerprint,
  randomBelow,
  seededShuffle,
  seededUint32,
  unawardedOf,
  verifyDraw,
} from '../../shared/domain/gifts/draw';
import type { DrawTier } from '../../shared/domain/gifts/types';

const TIERS: DrawTier[] = [
  { name: '一等奖', prize: '电视机', quantity: 1 },
  { name: '二等奖', prize: '电饭煲', quantity: 3 },
];
const PEOPLE = Array.from({ length: 20 }, (_, i) => `R2611250${String(i).padStart(4, '0')}`);

describe('seeded generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = seededUint32('seed-1');
    const b = seededUint32('seed-1');
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    const c = seededUint32('seed-2');
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    for (const x of xs) expect(Number.isInteger(x) && x >= 0 && x < 2 ** 32).toBe(true);
  });

  it('pins the first words of a known seed, so a later change to the generator is caught (old draws must still verify)', () => {
    const next = seededUint32('0123456789abcdef');
    expect([next(), next(), next()]).toEqual([1378986733, 1085511539, 366809725]);
  });

  it('randomBelow stays in range, and is roughly uniform', () => {
    const next = seededUint32('uniform');
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 60_000; i += 1) counts[randomBelow(next, 6)]! += 1;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
    expect(() => randomBelow(next, 0)).toThrow(RangeError);
  });

  it('shuffle is a permutation', () => {
    expect([...seededShuffle(PEOPLE, 'x')].sort()).toEqual([...PEOPLE].sort());
  });
});

describe('draw', () => {
  it('same seed, participants and tiers give the same winners; tiers are filled in order', () => {
    const a = drawWinners('abc12345', PEOPLE, TIERS);
    expect(drawWinners('abc12345', PEOPLE, TIERS)).toEqual(a);
    expect(a.winners.map((w) => w.tier)).toEqual(['一等奖', '二等奖', '二等奖', '二等奖']);
    expect(a.unawarded).toEqual([]);
    expect(drawWinners('other-seed', PEOPLE, TIERS).winners).not.toEqual(a.winners);
  });

  it('pins the winners of known seeds: the same list and tiers draw the same people on any machine, in any later version', () => {
    const winnersOf = (seed: string) => drawWinners(seed, PEOPLE, TIERS).winners.map((w) => `${w.tier} ${w.participant}`);
    expect(winnersOf('0123456789abcdef')).toEqual(['一等奖 R26112500004', '二等奖 R26112500017', '二等奖 R26112500007', '二等奖 R26112500008']);
    expect(winnersOf('store-anniversary-2026')).toEqual(['一等奖 R26112500010', '二等奖 R26112500000', '二等奖 R26112500018', '二等奖 R26112500012']);
    expect(winnersOf('7f3a9c2e51d84b06')).toEqual(['一等奖 R26112500014', '二等奖 R26112500006', '二等奖 R26112500007', '二等奖 R26112500004']);
  });

  it('every participant can win every place, each about as often, over many seeds', () => {
    const five = ['A', 'B', 'C', 'D', 'E'];
    const places: DrawTier[] = five.map((_, i) => ({ name: `第${i + 1}名`, prize: 'p', quantity: 1 }));
    const seeds = 5000;
    // counts[place][participant]: how often each one drew each place.
    const counts = places.map(() => new Map(five.map((p) => [p, 0])));
    for (let i = 0; i < seeds; i += 1) {
      drawWinners(`seed-${i}`, five, places).winners.forEach((w, place) => counts[place]!.set(w.participant, counts[place]!.get(w.participant)! + 1));
    }
    // 1000 expected in each cell; a fair shuffle stays well within ±150 (over 5 standard deviations).
    for (const row of counts) for (const n of row.values()) expect(Math.abs(n - seeds / five.length)).toBeLessThan(150);
  });

  it('fewer participants than prizes: everyone wins once, the rest stay unawarded and are said', () => {
    const few = drawWinners('seed-few', ['A', 'B'], TIERS);
    expect(few.winners).toHaveLength(2);
    expect(new Set(few.winners.map((w) => w.participant))).toEqual(new Set(['A', 'B']));
    expect(few.unawarded).toEqual([{ tier: '二等奖', count: 2 }]);
    expect(unawardedOf({ tiers: TIERS, winners: few.winners })).toEqual(few.unawarded);
    expect(drawWinners('seed', [], TIERS).unawarded).toEqual([
      { tier: '一等奖', count: 1 },
      { tier: '二等奖', count: 3 },
    ]);
  });

  it('verify re-runs the record and catches a changed winner list', () => {
    const { winners } = drawWinners('verify-me', PEOPLE, TIERS);
    const record = { seed: 'verify-me', participants: PEOPLE, tiers: TIERS, winners };
    expect(verifyDraw(record).matches).toBe(true);
    const forged = [...winners];
    forged[0] = { tier: '一等奖', participant: PEOPLE.find((p) => !winners.some((w) => w.participant === p))! };
    expect(verifyDraw({ ...record, winners: forged }).matches).toBe(false);
  });

  it('property: deterministic, nobody wins twice, winners come from the list, counts are min(prizes, people)', () => {
    const tierArb = fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 4 }), prize: fc.constant('p'), quantity: fc.integer({ min: 1, max: 6 }) }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.string(), fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 40 }), tierArb, (seed, people, tiers) => {
        const a = drawWinners(seed, people, tiers);
        expect(drawWinners(seed, people, tiers)).toEqual(a);
        const names = a.winners.map((w) => w.participant);
        expect(new Set(names).size).toBe(names.length);
        for (const n of names) expect(people).toContain(n);
        const prizes = tiers.reduce((s, t) => s + t.quantity, 0);
        expect(a.winners.length).toBe(Math.min(prizes, people.length));
        expect(a.winners.length + a.unawarded.reduce((s, u) => s + u.count, 0)).toBe(prizes);
      }),
      { numRuns: 300 },
    );
  });
});

describe('participant list', () => {
  it('cleans lines like scanned numbers, skips blanks, drops repeats (keeping the first)', () => {
    const parsed = parseParticipants(' r2611250001 \n\nＲ２６１１２５０００１\r\n5678\n1234\n5678\n');
    expect(parsed.participants).toEqual(['R2611250001', '5678', '1234']);
    expect(parsed.duplicates).toEqual(['R2611250001', '5678']);
  });

  it('the fingerprint changes when the list changes', () => {
    expect(participantsFingerprint(['A', 'B'])).toMatch(/^[0-9A-F]{8}$/);
    expect(participantsFingerprint(['A', 'B'])).toBe(participantsFingerprint(['A', 'B']));
    expect(participantsFingerprint(['A', 'B'])).not.toBe(participantsFingerprint(['B', 'A']));
  });
});
