import { z } from 'zod';
import { ROLES } from '../domain/staff';
import { requiredText } from './common';

/** One of the desk's roles; anything else ("root") is refused at the field. */
export const staffRole = z.enum(ROLES, { message: 'error.role' });

/** A change to a staff member: their name, role or whether they may sign in; nothing else is taken. */
export const staffUpdateInput = z.strictObject(
  {
    name: requiredText(20).optional(),
    role: staffRole.optional(),
    active: z.boolean({ message: 'error.unexpected' }).optional(),
  },
  { message: 'error.unexpected' },
);
export type StaffUpdateInput = z.infer<typeof staffUpdateInput>;
