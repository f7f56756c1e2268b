import { describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/domain/entry';
import { monthlySuggestions } from '../../shared/domain/enquiries/monthly';
import { suggestionsCsv, type SuggestionCsvLabels } from '../../shared/domain/enquiries/monthlyCsv';
import { applyEnquiryEntry } from '../../shared/domain/enquiries/projection';
import { daysOverdue, defaultReplyDue, isReplyOverdue, repliedLate, replyDueInstant, replyDueRefusal } from '../../shared/domain/enquiries/replyDue';
import { ENQUIRY_STEPS, isOpenSuggestion, loggedState, stepRefusal } from '../../shared/domain/enquiries/states';
import { toldInstant, toldRefusal } from '../../shared/domain/enquiries/told';
import { ENQUIRY_STATES, type CustomerToldData, type Enquiry, type EnquiryEntry, type EnquiryLoggedData, type ReplyRecordedData } from '../../shared/domain/enquiries/types';
import { fieldErrors } from '../../shared/schema/common';
import { enquiryLogInput, enquiryToldInput } from '../../shared/schema/enquiries';

const TZ = 'Asia/Shanghai';
/** Store wall time in Shanghai (UTC+8) as UTC ms. */
const at = (day: string, hhmm: string) => Date.parse(`${day}T${hhmm}:00+08:00`);

const suggestionData = (over: Partial<EnquiryLoggedData> = {}): EnquiryLoggedData => ({
  number: 'ZX-S01-C1-261120-0001',
  channel: 'phone',
  topic: 'product',
  question: '希望增加无糖酸奶品种',
  answer: '已记录，转生鲜部答复',
  customerName: '陈女士',
  phone: '13812345678',
  suggestion: { department: '生鲜部', replyDue: '2026-11-23', replyDueAt: at('2026-11-24', '00:00') },
  ...over,
});

let seq = 0;
function entry(type: 'logged', data: EnquiryLoggedData, atMs?: number, counter?: string, recordId?: string): EnquiryEntry;
function entry(type: 'replyRecorded', data: ReplyRecordedData, atMs?: number, counter?: string, recordId?: string): EnquiryEntry;
function entry(type: 'customerTold', data: CustomerToldData, atMs?: number, counter?: string, recordId?: string): EnquiryEntry;
function entry(type: EnquiryEntry['type'], data: unknown, atMs = at('2026-11-20', '10:00'), counter = 'C1', recordId = 'q-1'): EnquiryEntry {
  seq += 1;
  const e = { id: `e${String(seq).padStart(4, '0')}`, recordType: 'enquiry', recordId, type, schemaVersion: 1, store: 'S01', counter, seq, hlc: String(seq).padStart(6, '0'), at: atMs, by: '1001', approvedBy: undefined, data };
  return e as Entry as EnquiryEntry;
}

const project = (entries: readonly EnquiryEntry[]) => entries.reduce<Enquiry | undefined>(applyEnquiryEntry, undefined);
const reply: ReplyRecordedData = { reply: '下周起上架两款无糖酸奶', repliedBy: '生鲜部 刘经理' };
const told = (toldAt: number): CustomerToldData => ({ via: 'phone', toldAt });

describe('an enquiry’s states', () => {
  it('a plain enquiry is answered when logged; a suggestion waits for its department', () => {
    expect(loggedState(false)).toBe('answered');
    expect(loggedState(true)).toBe('awaitingReply');
    expect(project([entry('logged', suggestionData({ suggestion: undefined }))])?.state).toBe('answered');
    expect(project([entry('logged', suggestionData())])?.state).toBe('awaitingReply');
  });

  it('the table: reply only while awaiting it, customer told only after the reply, each once', () => {
    const outcome = (step: 'replyRecorded' | 'customerTold', state: (typeof ENQUIRY_STATES)[number]) => {
      const o = ENQUIRY_STEPS[step][state];
      return 'to' in o ? o.to : o.refused;
    };
    const table = Object.fromEntries((['replyRecorded', 'customerTold'] as const).map((step) => [step, Object.fromEntries(ENQUIRY_STATES.map((s) => [s, outcome(step, s)]))]));
    expect(table).toEqual({
      replyRecorded: { answered: 'notSuggestion', awaitingReply: 'replied', replied: 'alreadyReplied', customerTold: 'alreadyReplied' },
      customerTold: { answered: 'notSuggestion', awaitingReply: 'notReplied', replied: 'customerTold', customerTold: 'alreadyTold' },
    });
    expect(stepRefusal('awaitingReply', 'replyRecorded')).toBeUndefined();
    expect(stepRefusal('awaitingReply', 'customerTold')).toBe('notReplied');
    expect(ENQUIRY_STATES.filter(isOpenSuggestion)).toEqual(['awaitingReply', 'replied']);
  });

  it('a suggestion goes awaiting reply → replied → customer told, each step stamped with who and when', () => {
    const e = project([
      entry('logged', suggestionData()),
      entry('replyRecorded', reply, at('2026-11-22', '16:00'), 'C2'),
      entry('customerTold', told(at('2026-11-22', '17:30')), at('2026-11-22', '17:30')),
    ]);
    expect(e).toMatchObject({ state: 'customerTold', reply: { reply: reply.reply, repliedBy: '生鲜部 刘经理', counter: 'C2' }, told: { via: 'phone', by: '1001' }, conflicts: [] });
  });

  it('two counters recording a reply while offline: the second is kept as a conflict, the first stands', () => {
    const e = project([entry('logged', suggestionData()), entry('replyRecorded', reply, undefined, 'C1'), entry('replyRecorded', { reply: '另一个答复' }, undefined, 'C2')]);
    expect(e?.state).toBe('replied');
    expect(e?.reply?.reply).toBe(reply.reply);
    expect(e?.conflicts.map((c) => [c.reason, c.counter])).toEqual([['alreadyReplied', 'C2']]);
  });

  it('the customer told before the reply arrived, or dated before it, is a conflict, not a state', () => {
    expect(project([entry('logged', suggestionData()), entry('customerTold', told(at('2026-11-21', '10:00')))])?.conflicts.map((c) => c.reason)).toEqual(['notReplied']);
    const early = project([entry('logged', suggestionData()), entry('replyRecorded', reply, at('2026-11-22', '16:00')), entry('customerTold', told(at('2026-11-22', '09:00')))]);
    expect(early?.state).toBe('replied');
    expect(early?.conflicts.map((c) => c.reason)).toEqual(['toldBeforeReply']);
    expect(project([entry('logged', suggestionData({ suggestion: undefined })), entry('replyRecorded', reply)])?.conflicts.map((c) => c.reason)).toEqual(['notSuggestion']);
  });

  it('an entry of a newer schema is kept out; a step with nothing logged has nowhere to go', () => {
    const newer = { ...entry('logged', suggestionData()), schemaVersion: 2 } as EnquiryEntry;
    expect(applyEnquiryEntry(undefined, newer)).toBeUndefined();
    expect(applyEnquiryEntry(undefined, entry('replyRecorded', reply))).toBeUndefined();
  });

  it('the customer is told on a day: today is now, an earlier day its last instant, never after today or before the reply', () => {
    const now = at('2026-11-25', '10:00');
    expect(toldInstant('2026-11-25', now, TZ)).toBe(now);
    expect(toldInstant('2026-11-24', now, TZ)).toBe(at('2026-11-25', '00:00') - 1);
    expect(toldInstant('2026-11-26', now, TZ)).toBeUndefined();
    const replied = project([entry('logged', suggestionData()), entry('replyRecorded', reply, at('2026-11-24', '16:00'))])!;
    expect(toldRefusal(replied, at('2026-11-24', '12:00'))).toBe('toldBeforeReply');
    expect(toldRefusal(replied, at('2026-11-25', '00:00') - 1)).toBeUndefined();
  });
});

describe('reply due day and overdue', () => {
  it('defaults to three store days on, counted from the store’s day, not the PC’s or UTC’s', () => {
    expect(defaultReplyDue(at('2026-11-25', '10:00'), TZ)).toBe('2026-11-28');
    // 00:30 on the 26th in Shanghai is still the 25th in UTC.
    expect(defaultReplyDue(at('2026-11-26', '00:30'), TZ)).toBe('2026-11-29');
    expect(defaultReplyDue(at('2026-12-30', '09:00'), TZ)).toBe('2027-01-02');
  });

  it('a due day before today is refused; today itself is allowed; a non-date is not a day', () => {
    const now = at('2026-11-25', '23:00');
    expect(replyDueRefusal('2026-11-24', now, TZ)).toBe('inPast');
    expect(replyDueRefusal('2026-11-25', now, TZ)).toBeUndefined();
    expect(replyDueRefusal('2026-11-30', now, TZ)).toBeUndefined();
    expect(replyDueRefusal('2026-02-30', now, TZ)).toBe('notDate');
    expect(replyDueInstant('2026-11-23', TZ)).toBe(at('2026-11-24', '00:00'));
  });

  it('overdue once the due day has ended with no reply; a reply, even a late one, ends it', () => {
    const waiting = project([entry('logged', suggestionData())])!;
    expect(isReplyOverdue(waiting, at('2026-11-23', '23:59'))).toBe(false);
    expect(isReplyOverdue(waiting, at('2026-11-24', '00:00'))).toBe(true);
    expect(daysOverdue(waiting, at('2026-11-23', '12:00'), TZ)).toBe(0);
    expect(daysOverdue(waiting, at('2026-11-24', '08:00'), TZ)).toBe(1);
    expect(daysOverdue(waiting, at('2026-11-26', '08:00'), TZ)).toBe(3);
    const late = project([entry('logged', suggestionData()), entry('replyRecorded', reply, at('2026-11-25', '09:00'))])!;
    expect(isReplyOverdue(late, at('2026-11-26', '08:00'))).toBe(false);
    expect(repliedLate(late)).toBe(true);
    const onTime = project([entry('logged', suggestionData()), entry('replyRecorded', reply, at('2026-11-23', '18:00'))])!;
    expect(repliedLate(onTime)).toBe(false);
    expect(isReplyOverdue(project([entry('logged', suggestionData({ suggestion: undefined }))])!, at('2027-01-01', '00:00'))).toBe(false);
  });
});

describe('月度顾客建议及答复', () => {
  const logged = (id: string, day: string, over: Partial<EnquiryLoggedData> = {}) => entry('logged', suggestionData({ number: `ZX-S01-C1-${id}`, ...over }), at(day, '10:00'), 'C1', id);
  const enquiries = [
    project([logged('a', '2026-11-02', { suggestion: undefined, channel: 'desk', topic: 'openingHours' })])!,
    project([logged('b', '2026-11-03'), entry('replyRecorded', reply, at('2026-11-04', '10:00'), 'C1', 'b')])!,
    project([logged('c', '2026-11-20', { suggestion: { department: '收银部', replyDue: '2026-11-22', replyDueAt: at('2026-11-23', '00:00') }, topic: 'service' })])!,
    // Half past midnight on the first of December in Shanghai, still 30 November in UTC: next month's.
    project([entry('logged', suggestionData({ number: 'ZX-S01-C1-d', topic: 'price' }), at('2026-12-01', '00:30'), 'C1', 'd')])!,
    project([logged('e', '2026-10-31')])!,
  ];

  it('counts the month’s calls by channel and topic, lists its suggestions oldest first with replies, late and overdue ones', () => {
    const list = monthlySuggestions(enquiries, '2026-11', at('2026-11-25', '12:00'), TZ);
    expect(list).toMatchObject({ month: '2026-11', logged: 3, byChannel: { phone: 2, desk: 1 }, replied: 1, repliedOnTime: 1, told: 0, awaiting: 1, overdue: 1 });
    expect(list.byTopic).toMatchObject({ openingHours: 1, product: 1, service: 1, price: 0 });
    expect(list.lines.map((l) => [l.enquiry.number, l.overdue, l.late])).toEqual([
      ['ZX-S01-C1-b', false, false],
      ['ZX-S01-C1-c', true, false],
    ]);
  });

  it('as CSV: BOM, one line per suggestion in the reader’s words, no phone number, typed text formula-safe', () => {
    const labels: SuggestionCsvLabels = { column: (c) => c, channel: (c) => `ch:${c}`, topic: (k) => `t:${k}`, state: (s) => `s:${s}`, via: (v) => v, yes: 'Y' };
    const withFormula = [...enquiries, project([logged('f', '2026-11-21', { question: '=HYPERLINK("x")' })])!];
    const csv = suggestionsCsv(monthlySuggestions(withFormula, '2026-11', at('2026-11-25', '12:00'), TZ), labels, TZ);
    const lines = csv.split('\r\n');
    expect(csv.startsWith('\uFEFFnumber,loggedAt,channel,topic,customer')).toBe(true);
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe('ZX-S01-C1-b,2026-11-03 10:00,ch:phone,t:product,陈女士,希望增加无糖酸奶品种,已记录，转生鲜部答复,生鲜部,2026-11-23,s:replied,,下周起上架两款无糖酸奶,生鲜部 刘经理,2026-11-04 10:00,,,,');
    expect(lines[2]).toContain(',s:awaitingReply,Y,');
    expect(lines[3]).toContain(`,"'=HYPERLINK(""x"")",`);
    expect(csv).not.toContain('13812345678');
  });
});

describe('the log form’s schema', () => {
  const form = { channel: 'phone', topic: 'price', question: '鸡蛋今天什么价', answer: '每斤 5.98 元', customerName: '', phone: '', suggestion: false, department: '', replyDue: '' };
  const errors = (raw: object) => {
    const r = enquiryLogInput.safeParse(raw);
    return r.success ? {} : fieldErrors(r.error);
  };

  it('takes a quick call with no customer details', () => {
    expect(enquiryLogInput.parse(form)).toMatchObject({ topic: 'price', customerName: undefined, phone: undefined });
  });

  it('refuses an empty topic, question or answer and a bad phone, each at its field', () => {
    expect(errors({ ...form, topic: '', answer: '  ', phone: '12345' })).toEqual({ topic: 'error.required', answer: 'error.required', phone: 'error.phone' });
  });

  it('takes full-width digits and spaces in a phone as the same number', () => {
    expect(enquiryLogInput.parse({ ...form, phone: '１３８ １２３４ ５６７８' }).phone).toBe('13812345678');
  });

  it('a suggestion needs its department and a due day, judged with the other fields at once', () => {
    expect(errors({ ...form, suggestion: true })).toEqual({ department: 'error.required', replyDue: 'error.required' });
    expect(errors({ ...form, suggestion: true, answer: '', department: '生鲜部', replyDue: '2026-02-30' })).toEqual({ answer: 'error.required', replyDue: 'error.date' });
    expect(enquiryLogInput.parse({ ...form, suggestion: true, department: ' 生鲜部 ', replyDue: '2026-11-28' })).toMatchObject({ department: '生鲜部', replyDue: '2026-11-28' });
  });

  it('the customer told: how is a choice, the day is required', () => {
    const r = enquiryToldInput.safeParse({ via: '', toldOn: '', note: '' });
    expect(r.success ? {} : fieldErrors(r.error)).toEqual({ via: 'error.required', toldOn: 'error.required' });
  });
});
