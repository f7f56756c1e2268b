import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../../app/services';
import { useNow } from '../../../components/useNow';
import { readServiceBoard } from '../../../db/service/queries';
import { jobsToday, readTechnicianTeam } from '../../../db/service/technicians';

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
    const [board, team, jobs] = await Promise.all([readServiceBoard(db, now), readTechnicianTeam(db), jobsToday(db, now, timeZone)]);
    return { board, team, jobs, now };
  }, [db, clock, timeZone, tick]);
}
