import { z } from 'zod';
import { halfWidthDigits, optionalText, staffNo } from './common';

/**
 * 主管助理: what a supervisor types to name an acting assistant and to end a
 * window early. The times arrive as instants (the screen reads its
 * datetime-local fields in the store's time zone); whether they make a
 * window the desk allows is the domain's rule (shared/domain/acting/rules).
 */

const instant = z.number({ message: 'error.dateTime' }).int().positive({ message: 'error.dateTime' });

export const actingNameInput = z.object({
  // A staff number typed with a Chinese input method still counts (full-width digits).
  assistant: z.preprocess((v) => (typeof v === 'string' ? halfWidthDigits(v) : v), z.string({ message: 'error.required' }).trim().min(1, { message: 'error.required' }).pipe(staffNo)),
  from: instant,
  until: instant,
});
export type ActingNameInput = z.infer<typeof actingNameInput>;

export const actingEndInput = z.object({
  reason: optionalText(100),
});
export type ActingEndInput = z.infer<typeof actingEndInput>;
