import 'fake-indexeddb/auto';
import { createElement, type ReactNode } from 'react';
import type { Clock } from '../../shared/domain/clock';
import { newId } from '../../shared/domain/ids';
import { ServicesProvider } from '../../renderer/app/services';
import { useSession } from '../../renderer/app/session';
import { createWebStandIn } from '../../renderer/bridge/webStandIn';
import type { DeskContext } from '../../renderer/db/context';
import { DeskDatabase } from '../../renderer/db/database';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { completeFirstRun, createStaff, readCounterIdentity, readStoreProfile } from '../../renderer/db/staff';

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  constructor(public at: number) {}
  now(): number {
    return this.at;
  }
  advance(ms: number): void {
    this.at += ms;
  }
}

export const SUPERVISOR = { staffNo: '9001', pin: '900100' };
export const CLERK = { staffNo: '1001', pin: '100100' };

/** A set-up counter (store S01 unless given, counter C1) with a supervisor and a clerk. */
export async function makeDesk(start = Date.UTC(2026, 10, 25, 2, 0), storeCode = 'S01') {
  const db = new DeskDatabase(`test-${newId()}`);
  const clock = new TestClock(start);
  await completeFirstRun(db, clock, {
    storeName: '华联超市五一店',
    storeCode,
    counterCode: 'C1',
    supervisorNo: SUPERVISOR.staffNo,
    supervisorName: '王主管',
    pin: SUPERVISOR.pin,
    pinAgain: SUPERVISOR.pin,
  });
  const session = { store: storeCode, counter: 'C1', timeZone: 'Asia/Shanghai' };
  const asSupervisor: DeskContext = { db, clock, session: { ...session, staffNo: SUPERVISOR.staffNo } };
  await createStaff(asSupervisor, { staffNo: CLERK.staffNo, name: '李小红', role: 'clerk', pin: CLERK.pin, pinAgain: CLERK.pin });
  const asClerk: DeskContext = { db, clock, session: { ...session, staffNo: CLERK.staffNo } };
  /** The same store seen from a second counter, with its own database. */
  const otherCounter = (counter: string): DeskContext => ({
    db: new DeskDatabase(`test-${newId()}`),
    clock,
    session: { ...session, counter, staffNo: CLERK.staffNo },
  });
  /** A second counter that has received the store's staff, as a counter that joined the store has before anyone signs in there. */
  const joinedCounter = async (counter: string): Promise<DeskContext> => {
    const other = otherCounter(counter);
    await applyIncomingEntries(other, (await db.entries.toArray()).filter((e) => e.recordType === 'staff'));
    return other;
  };
  return { db, clock, asSupervisor, asClerk, otherCounter, joinedCounter };
}

/**
 * Signs `who` in at the desk's counter, as the sign-in screen would, and
 * gives a wrapper that hands screens the desk's database and clock — for
 * `render(<Screen />, { wrapper })` from @testing-library/react.
 */
export async function signedInWrapper(desk: { readonly db: DeskDatabase; readonly clock: Clock }, who: { readonly staffNo: string }) {
  const member = await desk.db.staff.get(who.staffNo);
  if (!member) throw new Error(`No staff member ${who.staffNo} in the test desk`);
  useSession.getState().setUp(await readCounterIdentity(desk.db), await readStoreProfile(desk.db));
  useSession.getState().signedIn(member);
  const services = { db: desk.db, clock: desk.clock, desk: createWebStandIn() };
  return function SignedIn({ children }: { readonly children: ReactNode }) {
    return createElement(ServicesProvider, { services, children });
  };
}
