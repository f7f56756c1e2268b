import { z } from 'zod';
import { isIsoDate } from '../domain/calendar/days';
import { SATISFACTION_LEVELS } from '../domain/service/types';
import { SURVEY_CHANNELS } from '../domain/surveys/types';
import { choice, optionalText } from './common';

/**
 * 满意度调查: what the desk types to send a survey, chase it and record its
 * return. Choices arrive as the radio's value ('' when none is picked),
 * days as the date input's yyyy-MM-dd.
 */

const day = z
  .string()
  .trim()
  .min(1, { message: 'error.required' })
  .refine(isIsoDate, { message: 'error.date' });

export const surveySendInput = z.object({
  channel: choice(SURVEY_CHANNELS),
  keyCustomer: z.boolean(),
});
export type SurveySendInput = z.infer<typeof surveySendInput>;

/** A dissatisfied customer's survey says why: the comment is what the supervisor acts on. */
export const surveyReturnInput = z
  .object({
    returnedOn: day,
    score: choice(SATISFACTION_LEVELS),
    via: choice(SURVEY_CHANNELS),
    comment: optionalText(300, 'multiLine'),
  })
  .superRefine((v, ctx) => {
    if (v.score === 'dissatisfied' && !v.comment) ctx.addIssue({ code: 'custom', path: ['comment'], message: 'error.surveyCommentRequired' });
  });
export type SurveyReturnInput = z.infer<typeof surveyReturnInput>;

export const surveyReminderInput = z.object({
  channel: choice(SURVEY_CHANNELS),
  note: optionalText(200),
});
export type SurveyReminderInput = z.infer<typeof surveyReminderInput>;

/** The days whose closed complaints and calls the survey list shows: both real dates, the end not before the start. */
export const surveyRangeInput = z
  .object({ from: day, to: day })
  .refine((v) => !isIsoDate(v.from) || !isIsoDate(v.to) || v.to >= v.from, { path: ['to'], message: 'error.dateRangeOrder' });
