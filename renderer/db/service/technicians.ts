import { storeDay } from '../../../shared/domain/clock';
import { TECHNICIAN_RECORD_TYPE, TECHNICIAN_SCHEMA_VERSION } from '../../../shared/domain/service/technician';
import { jobsTodayOf, type TechnicianProfile } from '../../../shared/domain/service/suggestion';
import { technicianProfileInput } from '../../../shared/schema/service';
import type { DeskContext } from '../context';
import type { DeskDatabase } from '../database';
import { DeskError } from '../errors';
import { writeEntries } from '../writePath';
import { readClosedToday, readOpenCalls } from './queries';

/** The service supervisor sets where a technician goes and what they fix (the dispatch suggestion reads it). */
export async function setTechnicianProfile(ctx: DeskContext, staffNo: string, raw: unknown): Promise<void> {
  const input = technicianProfileInput.parse(raw);
  await writeEntries(ctx, 'service.setTechnicianProfile', async (tx) => {
    const tech = await tx.db.staff.get(staffNo);
    if (!tech || tech.role !== 'technician') throw new DeskError('error.notATechnician');
    await tx.append({
      recordType: TECHNICIAN_RECORD_TYPE,
      recordId: staffNo,
      type: 'profileSet',
      schemaVersion: TECHNICIAN_SCHEMA_VERSION,
      data: { areas: [...input.areas], skills: [...input.skills] },
      summary: `${staffNo} ${input.areas.join('/')} · ${input.skills.join('/')}`,
    });
  });
}

/** Every technician on the staff list with their areas and skills (none set: no area, no skill). */
export async function readTechnicianTeam(db: DeskDatabase): Promise<TechnicianProfile[]> {
  const [staff, skills] = await Promise.all([db.staff.where('role').equals('technician').toArray(), db.technicians.toArray()]);
  const byNo = new Map(skills.map((s) => [s.staffNo, s]));
  return staff.map((m) => ({ staffNo: m.staffNo, name: m.name, active: m.active, areas: byNo.get(m.staffNo)?.areas ?? [], skills: byNo.get(m.staffNo)?.skills ?? [] }));
}

/** Jobs dispatched to each technician on the store day of `now`: the load the suggestion weighs. */
export async function jobsToday(db: DeskDatabase, now: number, timeZone: string): Promise<Map<string, number>> {
  const [open, closedToday] = await Promise.all([readOpenCalls(db), readClosedToday(db, now, timeZone)]);
  return jobsTodayOf([...open, ...closedToday], storeDay(now, timeZone), timeZone);
}
