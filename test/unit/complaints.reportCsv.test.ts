import { describe, expect, it } from 'vitest';
import { calendarDataFromChineseDays, toWorkingCalendar } from '../../shared/domain/calendar';
import { DEFAULT_DEADLINE_POLICY, monthlyComplaintReport } from '../../shared/domain/complaints';
import { awaitingResponsibility } from '../../shared/domain/complaints/awaitingResponsibility';
import { complaintRatePer10k } from '../../shared/domain/complaints/report';
import { complaintReportCsv, type ReportCsvLabels } from '../../shared/domain/complaints/reportCsv';
import { customerCountInput } from '../../shared/schema/complaints';
import { build, PATH, sh } from './complaints.fixtures';

const at = (d: number) => sh(2026, 11, d, 10);
const complaints = [
  build([['recorded', 'clerk', { channel: 'desk', receivedAt: at(2) }], ...PATH.slice(1), ['responsibilityAssigned', 'supervisor']], at(2), 'A'),
  build([['recorded', 'clerk', { receivedAt: at(10), category: 'price' }], ...PATH.slice(1, 4), ['investigated', 'clerk', { cause: '=SUM(A1:A9), "标价"' }]], at(10), 'B'),
  build([['recorded', 'clerk', { receivedAt: at(12) }], ['validityJudged', 'lead', { valid: false, answer: '不属实' }]], at(12), 'C'),
];
const report = monthlyComplaintReport(complaints, {
  month: '2026-11',
  customerCount: 30_000,
  policy: DEFAULT_DEADLINE_POLICY,
  calendar: toWorkingCalendar(calendarDataFromChineseDays(undefined, 2026, 2026)),
  now: sh(2026, 12, 1, 9),
});
const labels: ReportCsvLabels = {
  header: ['section', 'code', 'item', 'value', 'missed', 'rate'],
  section: (s) => s,
  name: (section, code) => `${section}:${code}`,
};

describe('monthly complaint report CSV', () => {
  const csv = complaintReportCsv(report, labels, 30_000);
  const lines = csv.slice(1).split('\r\n');

  it('starts with a UTF-8 BOM and the header, rows end with CRLF', () => {
    expect(csv.startsWith('\uFEFFsection,code,item,value,missed,rate\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes every count with its code and name, the rate and the on-time figures', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        'total,2026-11,total:2026-11,3',
        'validity,valid,validity:valid,2',
        'validity,invalid,validity:invalid,1',
        'rate,customers,rate:customers,30000',
        'rate,per10k,rate:per10k,1',
        'category,price,category:price,1',
        'category,other,category:other,0',
        'severity,normal,severity:normal,3',
        'channel,desk,channel:desk,1',
        'onTime,classification,onTime:classification,2,0,1',
        'onTime,onSite,onTime:onSite,0,0,',
        'satisfaction,rated,satisfaction:rated,1',
        'satisfaction,average,satisfaction:average,5',
        'causeType,staff,causeType:staff,1',
      ]),
    );
  });

  it('keeps a typed cause from running as a formula and quotes its comma and quotes', () => {
    expect(lines).toContain(`topCause,1,"'=SUM(A1:A9), ""标价""",1`);
  });

  it('leaves out the rate and average when there are none', () => {
    const bare = monthlyComplaintReport([], { month: '2026-10', policy: DEFAULT_DEADLINE_POLICY, calendar: toWorkingCalendar(calendarDataFromChineseDays()), now: 0 });
    const text = complaintReportCsv(bare, labels);
    expect(text).not.toContain('per10k');
    expect(text).not.toContain('customers');
    expect(text).not.toContain('satisfaction,average');
    expect(text).toContain('satisfaction,rated,satisfaction:rated,0');
  });
});

describe('complaint rate per 10,000 customers', () => {
  it('is the same rule the report uses, and none without a count', () => {
    expect(complaintRatePer10k(3, 30_000)).toBe(report.ratePer10k);
    expect(complaintRatePer10k(1, 3)).toBe(3333.33);
    expect(complaintRatePer10k(5, 0)).toBeUndefined();
    expect(complaintRatePer10k(5, undefined)).toBeUndefined();
  });

  it('customer count as typed: empty is none, separators allowed, zero, negative, fractions and words refused', () => {
    expect(customerCountInput.parse('')).toBeUndefined();
    expect(customerCountInput.parse('  ')).toBeUndefined();
    expect(customerCountInput.parse('12,345')).toBe(12_345);
    expect(customerCountInput.parse('20000')).toBe(20_000);
    for (const bad of ['0', '-3', '1.5', 'abc', '1e5']) {
      expect(customerCountInput.safeParse(bad).error?.issues[0]?.message).toBe('complaints.report.customerCountInvalid');
    }
  });
});

describe('complaints awaiting responsibility', () => {
  it('valid and investigated without responsibility, oldest first; not before investigation, not invalid, not once settled', () => {
    const investigated = (id: string, day: number) => build([['recorded', 'clerk', { receivedAt: at(day), number: `N-${id}` }], ...PATH.slice(1, 5)], at(day), id);
    const later = investigated('L', 20);
    const earlier = investigated('E', 5);
    const settled = build([['recorded', 'clerk', { receivedAt: at(3) }], ...PATH.slice(1, 5), ['responsibilityAssigned', 'supervisor']], at(3), 'S');
    const closed = build([['recorded', 'clerk', { receivedAt: at(4), number: 'N-X' }], ...PATH.slice(1)], at(4), 'X');
    const assignedOnly = build([['recorded', 'clerk', { receivedAt: at(1) }], ...PATH.slice(1, 4)], at(1), 'A');
    const invalid = build([['recorded', 'clerk', { receivedAt: at(2) }], ['validityJudged', 'lead', { valid: false, answer: '不属实' }]], at(2), 'I');
    expect(awaitingResponsibility([later, settled, assignedOnly, invalid, earlier, closed]).map((c) => c.id)).toEqual(['X', 'E', 'L']);
  });
});
