// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SurveysScreen } from '../../renderer/features/surveys/SurveysScreen';
import { SUPERVISOR } from './deskFixture';
import { renderSignedIn } from './renderDesk';
import { fieldError, typeInto } from './serviceScreens';
import { closedCall, closedComplaint, makeSurveyDesk } from './surveysFixture';

/** The message of a group of radios (a fieldset with its legend). */
const groupError = (legend: string) => screen.getByRole('group', { name: legend }).querySelector('.field__error')?.textContent ?? undefined;
const figures = () => screen.getByTestId('survey-figures').textContent;
const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const rowOf = (number: string) => rows().find((r) => r.textContent?.includes(number))!;

describe('满意度调查 screen', () => {
  it('sends a survey, records its return with bad input refused at the field, and shows the rate against 80%', async () => {
    const user = userEvent.setup();
    const desk = await makeSurveyDesk();
    const complaint = await closedComplaint(desk);
    const call = await closedCall(desk);
    await renderSignedIn(desk, SUPERVISOR.staffNo, <SurveysScreen />);

    // This month so far: both closed, nothing sent yet.
    expect(screen.getByLabelText<HTMLInputElement>('结案日期从').value).toBe('2026-11-01');
    expect(screen.getByLabelText<HTMLInputElement>('到').value).toBe('2026-11-25');
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(figures()).toContain('这段时间还没有发出调查');
    expect(figures()).toContain('结案 2 件 · 已发出 0 · 已回收 0 · 未发出 2');
    expect(within(rowOf(complaint.number)).getByText('未发出')).toBeTruthy();

    // Send for the complaint: the keyboard starts on the channel; nothing picked is refused at the field.
    await user.click(screen.getByRole('button', { name: `为 ${complaint.number} 发出调查` }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('radio', { name: '电话' })));
    const entries = await desk.db.entries.count();
    await user.click(screen.getByRole('button', { name: '发出' }));
    await waitFor(() => expect(groupError('发出方式')).toBe('必填'));
    expect(await desk.db.entries.count()).toBe(entries);
    await user.click(screen.getByRole('radio', { name: '邮寄' }));
    await user.click(screen.getByRole('checkbox', { name: '重点客户（调查必须回收）' }));
    await user.click(screen.getByRole('button', { name: '发出' }));
    expect((await screen.findByRole('status')).textContent).toBe(`${complaint.number} 的调查已发出`);
    await waitFor(() => expect(figures()).toContain('回收率 0%（目标 ≥ 80%） · 未达标'));
    expect(figures()).toContain('重点客户已回收 0 / 1');
    // The key customer's survey, still out, comes first and stands out; the keyboard is back on the list.
    expect(rows()[0]!.textContent).toContain(complaint.number);
    expect(rows()[0]!.className).toBe('sv-key-out');
    expect(within(rows()[0]!).getByText('重点客户')).toBeTruthy();
    expect(within(rows()[0]!).getByText('已发出')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(rows()[0]!).getByRole('button', { name: `登记 ${complaint.number} 的调查回收` })));

    // The call's survey by keyboard: Space picks the focused choice (电话).
    await user.click(screen.getByRole('button', { name: `为 ${call.number} 发出调查` }));
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: '发出' }));
    await waitFor(() => expect(figures()).toContain('结案 2 件 · 已发出 2 · 已回收 0 · 未发出 0'));

    // The complaint's survey back: a day after today, then dissatisfied without a word, are refused at their fields.
    await user.click(screen.getByRole('button', { name: `登记 ${complaint.number} 的调查回收` }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('radio', { name: '很满意' })));
    expect(screen.getByLabelText<HTMLInputElement>('回收日期').value).toBe('2026-11-25');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: '邮寄' }).checked).toBe(true);
    await user.click(screen.getByRole('radio', { name: '不满意' }));
    await typeInto(user, '回收日期', '2026-11-26');
    await user.click(screen.getByRole('button', { name: '登记回收' }));
    await waitFor(() => expect(fieldError('顾客意见（不满意时必填）')).toBe('顾客不满意时请写下意见'));
    await user.type(screen.getByLabelText('顾客意见（不满意时必填）'), '处理太慢');
    await user.click(screen.getByRole('button', { name: '登记回收' }));
    await waitFor(() => expect(fieldError('回收日期')).toBe('回收日期不能晚于今天'));
    await typeInto(user, '回收日期', '2026-11-25');
    await user.click(screen.getByRole('button', { name: '登记回收' }));
    expect((await screen.findByRole('status')).textContent).toBe(`${complaint.number} 的调查已回收`);
    await waitFor(() => expect(figures()).toContain('回收率 50%（目标 ≥ 80%） · 未达标'));
    expect(figures()).toContain('重点客户已回收 1 / 1');
    expect(within(rowOf(complaint.number)).getByText(/2026-11-25 回收 · 不满意/)).toBeTruthy();

    // A chase of the call's survey, then its return: every survey back, on target.
    await user.click(screen.getByRole('button', { name: `催收 ${call.number} 的调查` }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('备注（可选）')));
    await user.type(screen.getByLabelText('备注（可选）'), '再打一次{Enter}');
    expect((await screen.findByRole('status')).textContent).toBe(`已记录对 ${call.number} 的催收`);
    await waitFor(() => expect(within(rowOf(call.number)).getByText(/已催收 1 次/)).toBeTruthy());
    await user.click(screen.getByRole('button', { name: `登记 ${call.number} 的调查回收` }));
    await user.click(screen.getByRole('radio', { name: '满意' }));
    await user.click(screen.getByRole('button', { name: '登记回收' }));
    await waitFor(() => expect(figures()).toContain('回收率 100%（目标 ≥ 80%） · 达标'));

    // The days: the end before the start is a message at the field.
    await typeInto(user, '到', '2026-10-31');
    await waitFor(() => expect(fieldError('到')).toBe('结束日期不能早于开始日期'));
  });
});
