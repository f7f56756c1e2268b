import type { Survey } from '../surveys/types';
import type { SurveyFigureRow } from './satisfaction';
import { unpackBuckets, type HourBucket } from './hourBuckets';

type PackedSurvey = [sentAt: number, subject: Survey['subject'], subjectNumber: string, keyCustomer: 0 | 1, returnedAt: number, score: NonNullable<Survey['score']> | null];

export function surveyFigureRowOf(s: Survey): SurveyFigureRow {
  return { subject: s.subject, subjectNumber: s.subjectNumber, keyCustomer: s.keyCustomer, sentAt: s.sentAt, returnedAt: s.returnedAt, score: s.score };
}

export function packSurveyFigure(s: SurveyFigureRow): string {
  const packed: PackedSurvey = [s.sentAt, s.subject, s.subjectNumber, s.keyCustomer ? 1 : 0, s.returnedAt, s.score ?? null];
  return JSON.stringify(packed);
}

export function unpackSurveyFigure(text: string): SurveyFigureRow {
  const [sentAt, subject, subjectNumber, keyCustomer, returnedAt, score] = JSON.parse(text) as PackedSurvey;
  return { subject, subjectNumber, keyCustomer: keyCustomer === 1, sentAt, returnedAt, score: score ?? undefined };
}

/** The surveys of the hour buckets read (whole hours: the report keeps its period's). */
export function surveyFiguresOf(buckets: Iterable<HourBucket>): SurveyFigureRow[] {
  return unpackBuckets(buckets, unpackSurveyFigure);
}
