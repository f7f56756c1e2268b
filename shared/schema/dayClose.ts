import { z } from 'zod';
import { isIsoDate } from '../domain/calendar/days';
import { allCharactersShow } from './common';

/** 日结 as the supervisor fills it: the business day and the notes on what does not add up. */
export const dayCloseInput = z.object({
  day: z.string().refine(isIsoDate, { message: 'error.date' }),
  notes: z
    .string()
    .max(2000, { message: 'error.tooLong' })
    .refine((v) => allCharactersShow(v.trim(), 'multiLine'), { message: 'error.invisibleCharacters' }),
});
export type DayCloseInput = z.infer<typeof dayCloseInput>;
