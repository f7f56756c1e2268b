import { useLiveQuery } from 'dexie-react-hooks';
import { openWindowOf } from '../../../shared/domain/acting/rules';
import type { ActingWindow } from '../../../shared/domain/acting/types';
import { useServices } from '../../app/services';
import { useSession } from '../../app/session';
import { useNow } from '../../components/useNow';
import { actingWindowsOf } from '../../db/acting/queries';

/**
 * The acting window the person signed in works in now, if any: read live
 * (named or ended at another counter shows at once) and judged against the
 * clock every 15 s, so it goes away by itself when `until` passes.
 */
export function useActingWindow(): ActingWindow | undefined {
  const { db, clock } = useServices();
  const staffNo = useSession((s) => s.staff?.staffNo);
  const now = useNow(clock, 15_000);
  const windows = useLiveQuery(() => (staffNo ? actingWindowsOf(db, staffNo, clock.now()) : []), [db, clock, staffNo, now]);
  return staffNo && windows ? openWindowOf(windows, staffNo, now) : undefined;
}
