import { DEFAULT_TIME_ZONE, type Clock } from '../../../shared/domain/clock';
import { isSupervisor } from '../../../shared/domain/staff';
import type { StoreProfile } from '../../../shared/domain/store';
import type { DeskApi } from '../../../shared/ipc';
import { numbersHandedOut, sequencesReached } from '../../../shared/domain/numbering';
import { MAX_SYNC_BATCH } from '../../../shared/schema/sync';
import { joinStoreInput } from '../../../shared/schema/setup';
import type { DeskContext } from '../context';
import type { DeskDatabase } from '../database';
import { DeskError } from '../errors';
import { readCounterIdentity, readStoreProfile, setCounterIdentity, type CounterIdentity } from '../staff';
import { writeEntries } from '../writePath';
import { marksOf, readMarker } from '../backup/marker';
import { raiseToMarks } from '../backup/marks';
import { ipcTransport } from './ipcTransport';
import { pullIncoming } from './pull';
import { forgetSyncServer, enrolWithCode } from './settings';

export interface JoinedStore {
  readonly identity: CounterIdentity;
  readonly profile: StoreProfile;
  readonly received: number;
}

/**
 * A new counter of a store that already syncs: instead of a first run (which
 * would make a second store and a second first supervisor), it enrols with
 * the administrator's code, receives the store's records — its profile, its
 * staff with their PINs, everything the other counters did — and is then
 * signed in to like any counter. A PC replacing a counter goes on after the
 * sequence numbers and the day's record numbers that counter already used.
 */
export async function joinSyncedStore(
  db: DeskDatabase,
  clock: Clock,
  desk: DeskApi,
  raw: unknown,
  onReceived: (entries: number) => void = () => undefined,
): Promise<JoinedStore> {
  const input = joinStoreInput.parse(raw);
  if (await readCounterIdentity(db)) throw new DeskError('error.alreadySetUp');
  const identity: CounterIdentity = { store: input.storeCode, counter: input.counterCode };
  await enrolWithCode(desk, identity, input.code);
  try {
    return await receiveSyncedStore(db, clock, desk, identity, onReceived);
  } catch (error) {
    // Nothing to sign in to: leave this PC as it was, so a first run or another try starts clean.
    if (error instanceof DeskError && error.code === NOTHING_THERE) await forgetSyncServer(desk);
    throw error;
  }
}

const NOTHING_THERE = 'error.joinNothingThere';

/**
 * The store's records from the sync server into this empty database, as
 * `identity`: after enrolling, or on a set-up PC whose database was lost
 * while the main process still holds its sync credentials. The counter goes
 * on after its own sequence and numbers the server kept, and after those
 * this PC's marker knows were printed.
 */
export async function receiveSyncedStore(
  db: DeskDatabase,
  clock: Clock,
  desk: DeskApi,
  identity: CounterIdentity,
  onReceived: (entries: number) => void = () => undefined,
): Promise<JoinedStore> {
  const ctx: DeskContext = { db, clock, session: { ...identity, staffNo: 'sync', timeZone: DEFAULT_TIME_ZONE } };
  const pulled = await pullIncoming(ctx, ipcTransport(desk), MAX_SYNC_BATCH, (sofar) => onReceived(sofar.applied));
  const profile = await readStoreProfile(db);
  const supervisors = (await db.staff.toArray()).filter((m) => m.active && isSupervisor(m.role));
  if (!profile || supervisors.length === 0) throw new DeskError(NOTHING_THERE, 'code', { store: identity.store });
  const own = await db.entries.where('[counter+seq]').between([identity.counter, 0], [identity.counter, Infinity]).toArray();
  const numbers = own.flatMap((e) => numbersHandedOut(e.data));
  const printed = marksOf(await readMarker(desk), identity);
  await writeEntries({ ...ctx, session: { ...ctx.session, timeZone: profile.timeZone } }, 'sync.join', async (tx) => {
    await setCounterIdentity(tx.db, identity);
    const last = own.at(-1);
    if (last) tx.continueSequenceAfter(last.seq);
    for (const [key, sequence] of sequencesReached(numbers, identity.store, identity.counter)) tx.keepNumber(key, sequence);
    if (printed) await raiseToMarks(tx, printed);
    await tx.audit({ action: 'counter.joined', summary: `${identity.store}/${identity.counter} · ${pulled.applied}` });
  });
  return { identity, profile, received: pulled.applied };
}
