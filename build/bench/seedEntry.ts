import type { Entry, RecordType } from '../../shared/domain/entry';
import { hlcToString } from '../../shared/domain/hlc';
import { newId } from '../../shared/domain/ids';

/** Where a seeded entry comes from: which record, which counter, its place in that counter's sequence. */
export interface SeedStamp {
  readonly recordType: RecordType;
  readonly recordId: string;
  readonly schemaVersion: number;
  readonly counter: string;
  readonly seq: number;
  readonly at: number;
}

/** An entry as a counter's write path would have made it (store S01, staff 1001), for bulk seeding. */
export function seedEntry<T extends string, D>(stamp: SeedStamp, type: T, data: D): Entry<T, D> {
  return {
    id: newId(stamp.at),
    recordType: stamp.recordType,
    recordId: stamp.recordId,
    type,
    schemaVersion: stamp.schemaVersion,
    store: 'S01',
    counter: stamp.counter,
    seq: stamp.seq,
    hlc: hlcToString({ wall: stamp.at, logical: stamp.seq % 1000, node: stamp.counter }),
    at: stamp.at,
    by: '1001',
    data,
  };
}
