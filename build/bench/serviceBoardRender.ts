import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { DeskDatabase } from '../../renderer/db/database';
import { readDispatchBoard } from '../../renderer/db/service/queries';
import { readTechnicianTeam } from '../../renderer/db/service/technicians';
import { OutTable } from '../../renderer/features/service/board/OutTable';
import { WaitingTable } from '../../renderer/features/service/board/WaitingTable';

/**
 * The dispatch board as the supervisor opens it: what useServiceBoard reads
 * (calls with their targets, the team, today's jobs), then both tables
 * rendered into the page, suggestions included. Returns when the DOM is there.
 */
export async function openServiceBoard(db: DeskDatabase, now: number, timeZone: string, host: HTMLElement): Promise<number> {
  const [{ board, jobs }, team] = await Promise.all([readDispatchBoard(db, now, timeZone), readTechnicianTeam(db)]);
  const root = createRoot(host);
  const ignore = () => undefined;
  flushSync(() =>
    root.render([
      createElement(WaitingTable, { key: 'waiting', rows: board.waiting, team, jobs, now, timeZone, pending: false, onDispatch: ignore, onAppointment: ignore }),
      createElement(OutTable, { key: 'out', rows: board.out, team, now, timeZone, onAppointment: ignore }),
    ]),
  );
  const rows = host.querySelectorAll('tr').length;
  root.unmount();
  return rows;
}
