import { z } from 'zod';
import { isIsoDate } from '../domain/calendar/days';
import { MONTH_PATTERN } from '../domain/returns/days';

/** A store day of the daily reports, as the date picker gives it (yyyy-MM-dd). */
export const serviceDayInput = z.string().refine(isIsoDate, { message: 'error.date' });

/** A store month of the technicians' evaluation (yyyy-MM). */
export const serviceMonthInput = z.string().regex(MONTH_PATTERN, { message: 'error.month' });
