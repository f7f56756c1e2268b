import { useEffect } from 'react';
import { SyncRunner } from '../../db/sync/runner';
import { useServices } from '../services';
import { useSession } from '../session';
import { useSyncState } from './syncState';

/** Runs the sync loop for this counter from set-up on, whoever is signed in (or nobody): nothing waits on it. */
export function SyncHost() {
  const { db, clock, desk } = useServices();
  const identity = useSession((s) => s.identity);
  const timeZone = useSession((s) => s.profile?.timeZone);
  const setRun = useSyncState((s) => s.set);
  const setKick = useSyncState((s) => s.setKick);
  const store = identity?.store;
  const counter = identity?.counter;
  useEffect(() => {
    if (!store || !counter || !timeZone) return undefined;
    const runner = new SyncRunner({ ctx: { db, clock, session: { store, counter, timeZone, staffNo: 'sync' } }, desk, onState: setRun });
    setKick(() => runner.kick());
    runner.start();
    return () => runner.stop();
  }, [db, clock, desk, store, counter, timeZone, setRun, setKick]);
  return null;
}
