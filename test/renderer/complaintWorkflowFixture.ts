/** A desk with the complaint roles (lead, store manager) and complaints recorded straight on the write path. */
import { COMPLAINT_SCHEMA_VERSION, type ComplaintRecordedData } from '../../shared/domain/complaints/entries';
import { newId } from '../../shared/domain/ids';
import type { DeskContext } from '../../renderer/db/context';
import { createStaff } from '../../renderer/db/staff';
import { writeEntries } from '../../renderer/db/writePath';
import { intake } from '../unit/complaints.fixtures';
import { makeDesk } from './deskFixture';

export const LEAD = { staffNo: '2001', pin: '200100', name: '赵领班' };
export const MANAGER = { staffNo: '8001', pin: '800100', name: '孙店长' };

export async function makeComplaintDesk(start?: number, storeCode?: string) {
  const desk = await makeDesk(start, storeCode);
  for (const [who, role] of [
    [LEAD, 'lead'],
    [MANAGER, 'storeManager'],
  ] as const) {
    await createStaff(desk.asSupervisor, { staffNo: who.staffNo, name: who.name, role, pin: who.pin, pinAgain: who.pin });
  }
  const as = (staffNo: string): DeskContext => ({ ...desk.asClerk, session: { ...desk.asClerk.session, staffNo } });
  return { ...desk, asLead: as(LEAD.staffNo), asManager: as(MANAGER.staffNo) };
}

/** Records a complaint received now (or `overrides.receivedAt`), as the intake screen would; returns its id and number. */
export async function recordComplaint(ctx: DeskContext, overrides: Partial<ComplaintRecordedData> = {}) {
  const id = newId();
  const number = await writeEntries(ctx, 'complaints.record', async (tx) => {
    const n = await tx.nextNumber('complaint');
    await tx.append({
      recordType: 'complaint',
      recordId: id,
      type: 'recorded',
      schemaVersion: COMPLAINT_SCHEMA_VERSION,
      number: n,
      data: intake({ number: n, receivedAt: ctx.clock.now(), ...overrides }),
      summary: n,
    });
    return n;
  });
  return { id, number };
}
