import type { WorkingRules } from '../../../shared/domain/service/arrival';
import type { DeskDatabase } from '../database';
import { readComplaintRules } from '../complaints/rules';

/** The store's working-day calendar, hours and zone: the same ones the complaint limits use (one place to edit them). */
export async function readWorkingRules(db: DeskDatabase): Promise<WorkingRules> {
  const rules = await readComplaintRules(db);
  return { calendar: rules.calendar, hours: rules.policy.workingHours, timeZone: rules.policy.timeZone };
}
