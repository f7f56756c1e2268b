import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../../app/services';
import { useNow } from '../../../components/useNow';
import { readDispatchBoard } from '../../../db/service/queries';
import { readTechnicianTeam } from '../../../db/service/technicians';

/**
 * The dispatch board, live: the calls waiting and out with their arrival
 * targets, the technicians and their jobs today (what the suggestion weighs),
 * read with the time of reading so a dispatch just made counts at once.
 */
export function useServiceBoard(timeZone: string) {
  const { db, clock } = useServices();
  const tick = useNow(clock);
  return useLiveQuery(async () => {
    const now = clock.now();
    const [{ board, jobs }, team] = await Promise.all([readDispatchBoard(db, now, timeZone), readTechnicianTeam(db)]);
    return { board, team, jobs, now };
  }, [db, clock, timeZone, tick]);
}
