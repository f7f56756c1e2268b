import type { Workshop } from './types';

/**
 * Where goods in the workshop stand: just in, repaired and waiting for the
 * supervisor's check, failed the check (back to the bench), passed (ready
 * on a day), or back with the customer.
 */
export type WorkshopStage = 'received' | 'repaired' | 'failed' | 'checked' | 'returned';

export function workshopStage(workshop: Workshop): WorkshopStage {
  if (workshop.returned) return 'returned';
  const check = workshop.check;
  if (check?.passed) return 'checked';
  const lastRepair = workshop.repairs.at(-1);
  if (!lastRepair) return 'received';
  // A failed check stands until a repair is made after it.
  return check && check.at >= lastRepair.at ? 'failed' : 'repaired';
}
