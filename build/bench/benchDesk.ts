import type { Clock } from '../../shared/domain/clock';
import { newId } from '../../shared/domain/ids';
import type { DeskContext } from '../../renderer/db/context';
import { DeskDatabase } from '../../renderer/db/database';
import { completeFirstRun } from '../../renderer/db/staff';
import { installWriteCapture } from './rawFloor';

/** The moment every benchmark works at: data is seeded over the year before it. */
export const BENCH_NOW = Date.UTC(2026, 10, 25, 2, 0);

/**
 * A fresh, set-up counter database for one benchmark (store S01, counter C1,
 * supervisor 9001), the write context of that supervisor, and the capture
 * of a write's puts for its raw floor.
 */
export async function openBenchDesk(prefix: string): Promise<{ name: string; db: DeskDatabase; clock: Clock; ctx: DeskContext; writes: ReturnType<typeof installWriteCapture> }> {
  const name = `${prefix}-${newId()}`;
  const db = new DeskDatabase(name);
  // Before the database opens: a write's floor replays the rows it put.
  const writes = installWriteCapture(db);
  const clock: Clock = { now: () => BENCH_NOW };
  await completeFirstRun(db, clock, {
    storeName: '华联超市五一店',
    storeCode: 'S01',
    counterCode: 'C1',
    supervisorNo: '9001',
    supervisorName: '王主管',
    pin: '900100',
    pinAgain: '900100',
  });
  const ctx: DeskContext = { db, clock, session: { store: 'S01', counter: 'C1', staffNo: '9001', timeZone: 'Asia/Shanghai' } };
  return { name, db, clock, ctx, writes };
}
