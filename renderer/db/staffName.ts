import type { DeskDatabase } from './database';

/** "陈主管 (2001)": how a refusal names someone; the number alone for staff this counter does not know. */
export async function staffNameOf(db: DeskDatabase, staffNo: string): Promise<string> {
  const member = await db.staff.get(staffNo);
  return member ? `${member.name} (${member.staffNo})` : staffNo;
}
