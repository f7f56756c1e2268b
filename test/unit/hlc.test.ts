import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hlcNext, hlcParse, hlcReceive, hlcToString, type Hlc } from '../../shared/domain/hlc';

describe('hybrid logical clock', () => {
  it('keeps moving forward when the wall clock goes back', () => {
    const a = hlcNext(undefined, 1000, 'C1');
    const b = hlcNext(a, 900, 'C1');
    expect(hlcToString(b) > hlcToString(a)).toBe(true);
  });

  it('string form sorts in the same order as the clock', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000_000_000_000 }), { minLength: 2, maxLength: 50 }), (walls) => {
        let h: Hlc | undefined;
        const seen: string[] = [];
        for (const w of walls) {
          h = hlcNext(h, w, 'C1');
          seen.push(hlcToString(h));
        }
        expect([...seen].sort()).toEqual(seen);
      }),
    );
  });

  it('a received clock ahead of ours moves ours past it', () => {
    const local = hlcNext(undefined, 1000, 'C1');
    const remote: Hlc = { wall: 5000, logical: 3, node: 'C2' };
    const merged = hlcReceive(local, remote, 1200, 'C1');
    expect(hlcToString(hlcNext(merged, 1300, 'C1')) > hlcToString(remote)).toBe(true);
  });

  it('parses what it prints and refuses garbage', () => {
    const h: Hlc = { wall: 123, logical: 4, node: 'C9' };
    expect(hlcParse(hlcToString(h))).toEqual(h);
    expect(() => hlcParse('nonsense')).toThrow();
  });
});
