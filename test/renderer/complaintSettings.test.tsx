// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CALENDAR_RECORD_ID } from '../../shared/domain/calendar/record';
import { complaintDeadlines } from '../../shared/domain/complaints/deadlines';
import { limitsFor } from '../../shared/domain/complaints/policy';
import { readComplaintRules } from '../../renderer/db/complaints/rules';
import { changeWorkingHours, markCalendarDay, saveComplaintPolicy, savePointsRule } from '../../renderer/db/complaints/settings';
import type { DeskDatabase } from '../../renderer/db/database';
import { ComplaintSettingsScreen } from '../../renderer/features/complaints/settings/ComplaintSettingsScreen';
import { recordComplaint, sh } from './complaintMonthFixture';
import { CLERK, makeDesk, SUPERVISOR } from './deskFixture';
import { renderSignedIn } from './renderDesk';

const SOLUTION_CELL = '商品质量·一般·提出解决方案';

// The screen holds 270 table controls: role and label queries over all of it are slow in jsdom, so
// buttons are found by their text and fields within their panel.
const button = (name: string, scope: HTMLElement = document.body) => within(scope).getByText(name, { selector: 'button' });
const panel = (title: string) => within(screen.getByText(title, { selector: 'h2, h3' }).closest<HTMLElement>('form, section')!);
const noDialog = () => expect(document.querySelector('dialog')).toBeNull();
const openDialog = () =>
  waitFor(() => {
    const dialog = document.querySelector('dialog');
    if (!dialog) throw new Error('no dialog open');
    return dialog;
  });

/** A record type's entries in the order they were written. */
const entriesOf = async (db: DeskDatabase, recordType: string) => (await db.entries.filter((e) => e.recordType === recordType).toArray()).sort((a, b) => a.seq - b.seq);

async function solutionDue(db: DeskDatabase, complaintId: string, now: number): Promise<number | undefined> {
  const c = await db.complaints.get(complaintId);
  if (!c) throw new Error('no complaint');
  const rules = await readComplaintRules(db);
  return complaintDeadlines(c, rules.policy, rules.calendar, now).deadlines.find((d) => d.kind === 'solution')?.dueAt;
}

describe('complaint settings screen', () => {
  it('refuses a zero or negative limit at its cell and writes nothing; a valid change is confirmed, saved as a store entry and used by the rules', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await renderSignedIn(desk, SUPERVISOR.staffNo, <ComplaintSettingsScreen />);
    await screen.findByText('投诉处理时限表', { selector: 'h2' });
    const table = panel('投诉处理时限表');
    const cell = table.getByLabelText<HTMLInputElement>(SOLUTION_CELL);
    expect(cell.value).toBe('3');
    expect(table.getByLabelText<HTMLSelectElement>(`${SOLUTION_CELL} 单位`).value).toBe('workingDays');

    for (const bad of ['0', '-2']) {
      await user.clear(cell);
      await user.type(cell, bad);
      await user.click(button('保存'));
      expect(within(cell.closest('td')!).getByRole('alert').textContent).toBe('时限须大于 0');
      noDialog();
    }
    expect(await entriesOf(desk.db, 'store').then((es) => es.filter((e) => e.type === 'complaintPolicyChanged'))).toHaveLength(0);

    await user.clear(cell);
    await user.type(cell, '4');
    // The urgent row's on-site limit emptied: not tracked any more.
    await user.clear(table.getByLabelText('商品质量·紧急/安全·人员到场'));
    await user.click(button('保存'));
    const dialog = await openDialog();
    expect(dialog.textContent).toContain('保存时限表？');
    await user.click(button('保存', dialog));
    expect(await screen.findByText('时限表已保存，各柜台即时生效。')).toBeTruthy();

    const saved = (await entriesOf(desk.db, 'store')).filter((e) => e.type === 'complaintPolicyChanged');
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ recordId: 'store', by: SUPERVISOR.staffNo });
    const { policy } = await readComplaintRules(desk.db);
    expect(limitsFor(policy, 'productQuality', 'normal').solution).toEqual({ amount: 4, unit: 'workingDays' });
    expect(limitsFor(policy, 'productQuality', 'urgent').onSite).toBeUndefined();
    expect(limitsFor(policy, 'price', 'urgent').onSite).toEqual({ amount: 10, unit: 'minutes' });

    // Reset fills in the defaults; saving them writes a second entry (the history is kept).
    await user.click(button('恢复默认值'));
    expect(table.getByLabelText<HTMLInputElement>(SOLUTION_CELL).value).toBe('3');
    await user.click(button('保存'));
    await user.click(button('保存', await openDialog()));
    await waitFor(async () => expect((await entriesOf(desk.db, 'store')).filter((e) => e.type === 'complaintPolicyChanged')).toHaveLength(2));
    expect(limitsFor((await readComplaintRules(desk.db)).policy, 'productQuality', 'normal').solution).toEqual({ amount: 3, unit: 'workingDays' });
  });

  it('a day marked as a holiday moves a working-day limit later; the first edit starts the calendar from the official days', async () => {
    const user = userEvent.setup();
    // Wednesday 2026-11-25 10:00 in Shanghai.
    const desk = await makeDesk();
    const { id } = await recordComplaint(desk.asClerk);
    const before = await solutionDue(desk.db, id, desk.clock.now());
    // 3 working days: Monday 30 November, 10:00.
    expect(before).toBe(sh(2026, 11, 30, 10));

    await renderSignedIn(desk, SUPERVISOR.staffNo, <ComplaintSettingsScreen />);
    expect(await screen.findByText(/尚未编辑/)).toBeTruthy();
    const days = screen.getByText('2026-10-01', { selector: 'td' }).closest('table')!;
    expect(days.getAttribute('aria-label')).toBe('2026 年假日与调休');
    expect(within(days).getByText('2026-10-01').closest('tr')!.textContent).toBe('2026-10-01星期四假日国庆节');
    expect(within(days).getByText('2026-09-20').closest('tr')!.textContent).toContain('调休上班');

    const mark = panel('标记日期');
    fireEvent.change(mark.getByLabelText('日期'), { target: { value: '2026-11-26' } });
    await user.selectOptions(mark.getByLabelText('设为'), '假日');
    await user.type(mark.getByLabelText('备注'), '店庆');
    await user.click(mark.getByText('标记', { selector: 'button' }));
    expect(await screen.findByText('2026-11-26 已设为假日。')).toBeTruthy();
    expect(await screen.findByText('日历已编辑：最后由 王主管 (9001) 于 2026-11-25 10:00 修改。')).toBeTruthy();

    expect(await solutionDue(desk.db, id, desk.clock.now())).toBe(sh(2026, 12, 1, 10));
    const calendarEntries = await entriesOf(desk.db, 'calendar');
    expect(calendarEntries.map((e) => e.type)).toEqual(['imported', 'dayMarked']);
    expect(calendarEntries[0]!.data).toMatchObject({ actorRole: 'supervisor', source: 'chinese-days', fromYear: 2004, toYear: 2026 });
    expect(calendarEntries[1]!.data).toEqual({ actorRole: 'supervisor', date: '2026-11-26', kind: 'holiday', note: '店庆' });
    const rules = await readComplaintRules(desk.db);
    expect(rules.calendarIsDefault).toBe(false);
    expect(rules.calendar.holidays.has('2026-10-01')).toBe(true);
    expect(rules.calendar.holidays.has('2019-10-01')).toBe(true);

    // Working hours: the end before the start is refused at the field, nothing written.
    const hours = panel('工作时间');
    fireEvent.change(hours.getByLabelText('上班时间'), { target: { value: '18:00' } });
    fireEvent.change(hours.getByLabelText('下班时间'), { target: { value: '09:00' } });
    await user.click(button('保存工作时间'));
    expect(await screen.findByText('下班时间须晚于上班时间')).toBeTruthy();
    noDialog();
    fireEvent.change(hours.getByLabelText('上班时间'), { target: { value: '08:00' } });
    fireEvent.change(hours.getByLabelText('下班时间'), { target: { value: '22:00' } });
    await user.click(button('保存工作时间'));
    await user.click(button('保存', await openDialog()));
    expect(await screen.findByText('工作时间已保存。')).toBeTruthy();
    expect((await readComplaintRules(desk.db)).policy.workingHours).toEqual({ start: '08:00', end: '22:00' });
    expect((await entriesOf(desk.db, 'calendar')).map((e) => e.type)).toEqual(['imported', 'dayMarked', 'hoursChanged']);
  });

  it('a year typed with a date both holiday and make-up day, or not a real date, is refused at its list and nothing is written; the official days are imported after confirming', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await renderSignedIn(desk, SUPERVISOR.staffNo, <ComplaintSettingsScreen />);
    await user.click(await screen.findByText('按列表编辑 2026 年', { selector: 'button' }));
    const year = panel('按列表编辑 2026 年');
    const makeUp = year.getByLabelText('调休上班日');
    expect(year.getByLabelText<HTMLTextAreaElement>('假日（放假）').value).toContain('2026-10-01');
    await user.type(makeUp, '\n2026-10-01');
    await user.click(button('保存 2026 年日历'));
    expect(await screen.findByText('同一天不能既是假日又是调休工作日: 2026-10-01')).toBeTruthy();
    noDialog();

    await user.clear(makeUp);
    await user.type(makeUp, '2026-02-30');
    await user.click(button('保存 2026 年日历'));
    expect(await screen.findByText('日期无效: 2026-02-30')).toBeTruthy();

    await user.clear(makeUp);
    await user.type(makeUp, '2027-02-07');
    await user.click(button('保存 2026 年日历'));
    expect(await screen.findByText('2027-02-07 不在 2026 年内')).toBeTruthy();
    expect(await entriesOf(desk.db, 'calendar')).toHaveLength(0);
    expect(await desk.db.calendars.get(CALENDAR_RECORD_ID)).toBeUndefined();

    // A valid list replaces the year: 2026 now has one make-up day.
    await user.clear(makeUp);
    await user.type(makeUp, '2026-12-26');
    await user.click(button('保存 2026 年日历'));
    const confirm = await openDialog();
    expect(confirm.textContent).toContain('1 个调休上班日');
    await user.click(button('保存', confirm));
    expect(await screen.findByText('2026 年日历已保存。')).toBeTruthy();
    expect([...(await readComplaintRules(desk.db)).calendar.makeUpWorkdays].filter((d) => d.startsWith('2026'))).toEqual(['2026-12-26']);

    // Importing the official days for the year puts them back, after confirming.
    await user.click(button('导入 2026 年官方假日'));
    const ask = await openDialog();
    expect(ask.textContent).toContain('替换为官方的');
    await user.click(button('导入', ask));
    expect(await screen.findByText('已导入 2026 年官方假日。')).toBeTruthy();
    const calendar = (await readComplaintRules(desk.db)).calendar;
    expect(calendar.makeUpWorkdays.has('2026-12-26')).toBe(false);
    expect(calendar.makeUpWorkdays.has('2026-09-20')).toBe(true);
    expect((await entriesOf(desk.db, 'calendar')).map((e) => (e.data as { source: string }).source)).toEqual(['chinese-days', 'manual', 'chinese-days']);
  });

  it('a year without official days lists its statutory holidays as provisional, and typing the year starts from nothing', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await renderSignedIn(desk, SUPERVISOR.staffNo, <ComplaintSettingsScreen />);
    await screen.findByText(/尚未编辑/);
    const calendar = panel('工作日历（法定假日与调休）');
    fireEvent.change(calendar.getByLabelText('年份'), { target: { value: '2027' } });
    expect(await calendar.findByText('2027 年尚无官方安排：暂按法定节假日 13 天计为休息日（临时），调休未计入。')).toBeTruthy();
    const rows = within(calendar.getByRole('table')).getAllByRole('row').map((r) => r.textContent);
    expect(rows).toContain('2027-01-01星期五法定假日（临时）元旦');
    expect(rows).toContain('2027-02-06星期六法定假日（临时）春节');
    await user.click(button('按列表编辑 2027 年'));
    expect(panel('按列表编辑 2027 年').getByLabelText<HTMLTextAreaElement>('假日（放假）').value).toBe('');
  });

  it('changes the points rule after confirming; a base of 0 is refused at the field', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await renderSignedIn(desk, SUPERVISOR.staffNo, <ComplaintSettingsScreen />);
    expect(await screen.findByText(/默认规则：每件成立的投诉扣 5 分；同一人当月第 n 件扣 5×n 分；从当月第 2 件起，直属主管另承担该件分数的 50%。/)).toBeTruthy();
    const rule = panel('投诉绩效扣分规则');
    const base = rule.getByLabelText('每件扣分');
    await user.clear(base);
    await user.type(base, '0');
    await user.click(button('保存扣分规则'));
    expect(within(base.closest('.field')!).getByRole('alert').textContent).toBe('超出允许范围');
    await user.clear(base);
    await user.type(base, '2');
    await user.selectOptions(rule.getByLabelText('当月重复投诉'), '每件相同');
    await user.click(button('保存扣分规则'));
    await user.click(button('保存', await openDialog()));
    expect(await screen.findByText('扣分规则已保存。')).toBeTruthy();
    expect((await readComplaintRules(desk.db)).pointsRule).toEqual({ basePoints: 2, repeat: 'flat', supervisorShareFrom: 2, supervisorSharePercent: 50 });
  });

  it('a clerk cannot open the screen, and every settings command refuses a clerk', async () => {
    const desk = await makeDesk();
    await renderSignedIn(desk, CLERK.staffNo, <ComplaintSettingsScreen />);
    expect((await screen.findByRole('alert')).textContent).toBe('当前员工无权执行此操作');
    expect(screen.queryByText('保存', { selector: 'button' })).toBeNull();
    const rows = (await readComplaintRules(desk.db)).policy.rows;
    await expect(saveComplaintPolicy(desk.asClerk, { rows })).rejects.toMatchObject({ code: 'error.notAllowed' });
    await expect(savePointsRule(desk.asClerk, { basePoints: '1', repeat: 'flat', supervisorShareFrom: '2', supervisorSharePercent: '0' })).rejects.toMatchObject({ code: 'error.notAllowed' });
    await expect(markCalendarDay(desk.asClerk, { date: '2026-11-26', kind: 'holiday' })).rejects.toMatchObject({ code: 'error.notAllowed' });
    await expect(changeWorkingHours(desk.asClerk, { start: '08:00', end: '20:00' })).rejects.toMatchObject({ code: 'error.notAllowed' });
    expect(await desk.db.entries.filter((e) => e.recordType === 'calendar' || e.type === 'complaintPolicyChanged' || e.type === 'pointsRuleChanged').count()).toBe(0);
  });
});
