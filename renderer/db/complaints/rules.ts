import { CALENDAR_RECORD_ID } from '../../../shared/domain/calendar/record';
import { complaintRulesOf, type ComplaintRules } from '../../../shared/domain/complaints/rules';
import type { DeskDatabase } from '../database';
import { readStoreProfile } from '../staff';

/** The store's complaint limits, calendar, hours and points rule as they stand now. */
export async function readComplaintRules(db: DeskDatabase): Promise<ComplaintRules> {
  const [profile, calendar] = await Promise.all([readStoreProfile(db), db.calendars.get(CALENDAR_RECORD_ID)]);
  return complaintRulesOf(profile, calendar);
}
