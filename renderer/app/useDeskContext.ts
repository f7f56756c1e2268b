import { useMemo } from 'react';
import { storagePolicyOf } from '../../shared/domain/store';
import type { DeskContext } from '../db/context';
import { useServices } from './services';
import { useSession } from './session';

/** The write context of the signed-in staff member at this counter. */
export function useDeskContext(): DeskContext {
  const { db, clock } = useServices();
  const identity = useSession((s) => s.identity);
  const profile = useSession((s) => s.profile);
  const staff = useSession((s) => s.staff);
  if (!identity || !profile || !staff) throw new Error('useDeskContext needs a signed-in session');
  const timeZone = profile.timeZone;
  return useMemo(
    () => ({ db, clock, session: { store: identity.store, counter: identity.counter, staffNo: staff.staffNo, timeZone } }),
    [db, clock, identity.store, identity.counter, staff.staffNo, timeZone],
  );
}

export function useStoragePolicy() {
  return storagePolicyOf(useSession((s) => s.profile));
}
