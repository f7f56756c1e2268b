import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortEntries, type Entry } from '../../shared/domain/entry';
import { surveyFigures } from '../../shared/domain/surveys/figures';
import { applySurveyEntry } from '../../shared/domain/surveys/projection';
import { reminderRefusal, returnInstant, returnRefusal, sendRefusal, surveyId, surveyState } from '../../shared/domain/surveys/rules';
import { callClosedAt, complaintClosedAt } from '../../shared/domain/surveys/subjects';
import type { Survey, SurveyEntry, SurveyRemindedData, SurveyReturnedData, SurveySentData } from '../../shared/domain/surveys/types';

const TZ = 'Asia/Shanghai';
/** Store wall time in Shanghai (UTC+8) as UTC ms. */
const at = (day: string, hhmm: string) => Date.parse(`${day}T${hhmm}:00+08:00`);

const sentData: SurveySentData = { subject: 'complaint', subjectId: 'k-1', subjectNumber: 'TS-S01-C1-261120-0001', keyCustomer: true, channel: 'phone' };
const returnedData = (over: Partial<SurveyReturnedData> = {}): SurveyReturnedData => ({ returnedAt: at('2026-11-22', '15:00'), score: 'satisfied', via: 'mail', ...over });

let seq = 0;
function entry(type: 'sent', data: SurveySentData, atMs?: number, counter?: string): SurveyEntry;
function entry(type: 'returned', data: SurveyReturnedData, atMs?: number, counter?: string): SurveyEntry;
function entry(type: 'reminded', data: SurveyRemindedData, atMs?: number, counter?: string): SurveyEntry;
function entry(type: SurveyEntry['type'], data: unknown, atMs = at('2026-11-20', '10:00'), counter = 'C1'): SurveyEntry {
  seq += 1;
  const e = { id: `e${String(seq).padStart(4, '0')}`, recordType: 'survey', recordId: 'complaint:k-1', type, schemaVersion: 1, store: 'S01', counter, seq, hlc: String(seq).padStart(6, '0'), at: atMs, by: '9001', approvedBy: undefined, data };
  return e as Entry as SurveyEntry;
}

const project = (entries: readonly SurveyEntry[]) => entries.reduce<Survey | undefined>(applySurveyEntry, undefined);

describe('survey rules', () => {
  it('one survey per subject: its id is the subject, the same at every counter', () => {
    expect(surveyId('complaint', 'k-1')).toBe('complaint:k-1');
    expect(surveyId('serviceCall', 'k-1')).toBe('serviceCall:k-1');
  });

  it('sent only about a closed complaint or call, and only once', () => {
    const survey = project([entry('sent', sentData)]);
    expect(sendRefusal(false, undefined)).toBe('subjectNotClosed');
    expect(sendRefusal(true, undefined)).toBeUndefined();
    expect(sendRefusal(true, survey)).toBe('alreadySent');
  });

  it('returned only after it was sent, once, and never before the send', () => {
    const sentAt = at('2026-11-20', '10:00');
    expect(returnRefusal(undefined, sentAt)).toBe('notSent');
    expect(returnRefusal({ sentAt, returnedAt: 0 }, sentAt - 1)).toBe('returnBeforeSent');
    expect(returnRefusal({ sentAt, returnedAt: 0 }, sentAt)).toBeUndefined();
    expect(returnRefusal({ sentAt, returnedAt: sentAt + 1 }, sentAt + 2)).toBe('alreadyReturned');
    expect(reminderRefusal(undefined)).toBe('notSent');
    expect(reminderRefusal({ returnedAt: 0 })).toBeUndefined();
    expect(reminderRefusal({ returnedAt: sentAt })).toBe('alreadyReturned');
  });

  it('a return dated today is now; an earlier day is its last instant; a later day is no return', () => {
    const now = at('2026-11-25', '10:00');
    expect(returnInstant('2026-11-25', now, TZ)).toBe(now);
    expect(returnInstant('2026-11-20', now, TZ)).toBe(at('2026-11-21', '00:00') - 1);
    expect(returnInstant('2026-11-26', now, TZ)).toBeUndefined();
    // Sent at 10:00 on the 20th and dated back to that day: not before the send.
    expect(returnRefusal({ sentAt: at('2026-11-20', '10:00'), returnedAt: 0 }, returnInstant('2026-11-20', now, TZ)!)).toBeUndefined();
  });

  it('a complaint is closed when resolved and closed or answered as invalid; a call when its job is closed, not when cancelled', () => {
    expect(complaintClosedAt({ status: 'closed', closure: { at: 5 }, validity: { at: 2 } })).toBe(5);
    expect(complaintClosedAt({ status: 'closed', closure: undefined, validity: { at: 2 } })).toBe(2);
    expect(complaintClosedAt({ status: 'followedUp', closure: undefined, validity: { at: 2 } })).toBeUndefined();
    expect(callClosedAt({ status: 'closed', closed: { at: 7 } })).toBe(7);
    expect(callClosedAt({ status: 'cancelled', closed: undefined })).toBeUndefined();
  });
});

describe('survey projection', () => {
  it('sent, chased, returned: the row the reports read (sentAt, returnedAt, keyCustomer, subject, score)', () => {
    const s = project([
      entry('sent', sentData),
      entry('reminded', { channel: 'sms', note: '短信提醒' }, at('2026-11-21', '09:00')),
      entry('returned', returnedData({ comment: '处理及时' }), at('2026-11-22', '16:00'), 'C2'),
    ])!;
    expect(s).toMatchObject({
      id: 'complaint:k-1',
      subject: 'complaint',
      subjectId: 'k-1',
      subjectNumber: 'TS-S01-C1-261120-0001',
      keyCustomer: true,
      channel: 'phone',
      sentAt: at('2026-11-20', '10:00'),
      returnedAt: at('2026-11-22', '15:00'),
      score: 'satisfied',
      returned: { via: 'mail', comment: '处理及时', counter: 'C2' },
      conflicts: [],
    });
    expect(s.reminders.map((r) => [r.channel, r.note])).toEqual([['sms', '短信提醒']]);
    expect(surveyState(s)).toBe('returned');
    expect(surveyState(project([entry('sent', sentData)]))).toBe('out');
    expect(surveyState(undefined)).toBe('notSent');
  });

  it('sent at two counters: one survey, the later send a conflict for a supervisor', () => {
    const s = project([entry('sent', sentData), entry('sent', { ...sentData, keyCustomer: false, channel: 'sms' }, at('2026-11-20', '10:05'), 'C2')])!;
    expect(s).toMatchObject({ keyCustomer: true, channel: 'phone', sentAt: at('2026-11-20', '10:00') });
    expect(s.conflicts.map((c) => [c.reason, c.counter])).toEqual([['alreadySent', 'C2']]);
  });

  it('returned twice, or dated before the send: the first return stands, the other is a conflict', () => {
    const s = project([
      entry('sent', sentData),
      entry('returned', returnedData({ returnedAt: at('2026-11-20', '09:00') }), at('2026-11-20', '11:00'), 'C2'),
      entry('returned', returnedData()),
      entry('returned', returnedData({ score: 'dissatisfied' }), at('2026-11-23', '10:00'), 'C2'),
    ])!;
    expect(s).toMatchObject({ returnedAt: at('2026-11-22', '15:00'), score: 'satisfied' });
    expect(s.conflicts.map((c) => [c.reason, c.counter])).toEqual([
      ['returnBeforeSent', 'C2'],
      ['alreadyReturned', 'C2'],
    ]);
  });

  it('a return or chase with nothing sent is not projected; an entry of a newer schema is kept for later', () => {
    expect(project([entry('returned', returnedData())])).toBeUndefined();
    expect(project([entry('reminded', { channel: 'phone' })])).toBeUndefined();
    const newer = { ...entry('returned', returnedData()), schemaVersion: 2 } as SurveyEntry;
    expect(surveyState(project([entry('sent', sentData), newer]))).toBe('out');
  });

  it('any arrival order of the same entries gives the same survey once put in the shared order', () => {
    const entries = [
      entry('sent', sentData),
      entry('sent', { ...sentData, channel: 'mail' }, at('2026-11-20', '10:01'), 'C2'),
      entry('reminded', { channel: 'phone' }, at('2026-11-21', '10:00')),
      entry('returned', returnedData(), at('2026-11-22', '16:00')),
      entry('returned', returnedData({ score: 'neutral' }), at('2026-11-22', '17:00'), 'C2'),
    ];
    const expected = project(entries);
    fc.assert(
      fc.property(fc.shuffledSubarray(entries, { minLength: entries.length }), (arrived) => {
        expect(project(sortEntries(arrived))).toEqual(expected);
      }),
    );
  });
});

describe('survey figures', () => {
  const s = (returnedAt: number, keyCustomer = false) => ({ returnedAt, keyCustomer });

  it('return rate = returned of sent, against 80%; key customers returned of sent', () => {
    // 5 sent, 4 back: 80% meets the target; 2 key customers, 1 back.
    expect(surveyFigures([s(1, true), s(0, true), s(2), s(3), s(4)])).toEqual({ sent: 5, returned: 4, returnRate: 0.8, meetsTarget: true, keySent: 2, keyReturned: 1 });
    // 4 sent, 3 back: 75% is below.
    expect(surveyFigures([s(1), s(0), s(2), s(3)])).toMatchObject({ returnRate: 0.75, meetsTarget: false, keySent: 0, keyReturned: 0 });
  });

  it('nothing sent: no rate, not on target', () => {
    expect(surveyFigures([])).toEqual({ sent: 0, returned: 0, returnRate: undefined, meetsTarget: false, keySent: 0, keyReturned: 0 });
  });
});
