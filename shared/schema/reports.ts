import { z } from 'zod';
import { isIsoDate } from '../domain/calendar/days';
import { COUNTER_CODE_PATTERN } from '../domain/numbering';
import { DESK_AREAS } from '../domain/reports/areas';
import { PERIOD_KINDS } from '../domain/reports/period';

const blankAsNone = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** The report's filters as the screen sends them: a period kind and a day in it, an area and a counter ('' = all). */
export const reportFilterInput = z.object({
  kind: z.enum(PERIOD_KINDS, { message: 'error.required' }),
  date: z.string().refine(isIsoDate, { message: 'error.date' }),
  area: z.preprocess(blankAsNone, z.enum(DESK_AREAS, { message: 'error.required' }).optional()),
  counter: z.preprocess(blankAsNone, z.string().trim().toUpperCase().regex(COUNTER_CODE_PATTERN, { message: 'error.counterCode' }).optional()),
});
export type ReportFilter = z.infer<typeof reportFilterInput>;
