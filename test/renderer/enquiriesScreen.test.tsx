// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { EnquiriesScreen } from '../../renderer/features/enquiries/EnquiriesScreen';
import { logEnquiry } from '../../renderer/db/enquiries/enquiries';
import { CLERK, makeDesk, SUPERVISOR } from './deskFixture';
import { renderSignedIn } from './renderDesk';
import { fieldError, typeInto } from './serviceScreens';

const DAY = 24 * 60 * 60 * 1000;
/** The message of a group of radios (a fieldset with its legend). */
const groupError = (legend: string) => screen.getByRole('group', { name: legend }).querySelector('.field__error')?.textContent ?? undefined;
const status = async () => (await screen.findByRole('status')).textContent;
const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

type Desk = Awaited<ReturnType<typeof makeDesk>>;

/** A suggestion logged by the clerk now, its reply due on `replyDue`. */
const suggestion = (desk: Desk, replyDue: string, question = '希望增加无糖酸奶品种') =>
  logEnquiry(desk.asClerk, newId(), { channel: 'phone', topic: 'product', question, answer: '已转生鲜部，三天内答复', customerName: '陈女士', phone: '13812345678', suggestion: true, department: '生鲜部', replyDue });

describe('电话与咨询 screen', () => {
  it('logs a call in seconds by keyboard, with empty fields and a bad phone refused at the field', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await renderSignedIn(desk, CLERK.staffNo, <EnquiriesScreen />);

    // The channel is the phone unless changed; the keyboard starts on the topic.
    expect(screen.getByRole<HTMLInputElement>('radio', { name: '电话' }).checked).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('话题')));
    const entries = await desk.db.entries.count();
    await user.click(screen.getByRole('button', { name: '登记' }));
    await waitFor(() => expect(fieldError('话题')).toBe('必填'));
    expect(fieldError('顾客问题（简要）')).toBe('必填');
    expect(fieldError('答复内容')).toBe('必填');
    expect(await desk.db.entries.count()).toBe(entries);

    // Enter moves on from field to field; Enter in the phone saves.
    await user.selectOptions(screen.getByLabelText('话题'), '营业时间');
    await user.type(screen.getByLabelText('顾客问题（简要）'), '春节几点关门{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText('答复内容'));
    // On to the suggestion box (Space would tick it), then on past it.
    await user.type(screen.getByLabelText('答复内容'), '除夕 18:00 关门{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: '顾客建议（转部门答复）' }));
    await user.keyboard('{Tab}');
    expect(document.activeElement).toBe(screen.getByLabelText('顾客姓名（可选）'));
    await user.type(screen.getByLabelText('顾客姓名（可选）'), '王先生{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText('联系电话（可选）'));
    await user.type(screen.getByLabelText('联系电话（可选）'), '12345{Enter}');
    await waitFor(() => expect(fieldError('联系电话（可选）')).toBe('电话号码格式不对（11 位手机号或带区号的座机）'));
    expect(await desk.db.entries.count()).toBe(entries);
    // Full-width digits from a Chinese input method are the same number.
    await typeInto(user, '联系电话（可选）', '１３９００００１１１１{Enter}');
    expect(await status()).toBe('已登记 ZX-S01-C1-261125-0001');
    const [logged] = await desk.db.enquiries.toArray();
    expect(logged).toMatchObject({ number: 'ZX-S01-C1-261125-0001', channel: 'phone', topic: 'openingHours', phone: '13900001111', state: 'answered', logged: { by: CLERK.staffNo } });

    // A fresh form, the channel kept, the keyboard back on the topic; today's list has the call.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('话题')));
    expect(screen.getByLabelText<HTMLInputElement>('顾客问题（简要）').value).toBe('');
    expect(await screen.findByText('今天的电话与咨询（1 条）')).toBeTruthy();
    expect(within(bodyRows()[0]!).getByText('春节几点关门')).toBeTruthy();
  });

  it('passes a suggestion to a department with its reply day, refusing a day in the past and no department', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await renderSignedIn(desk, CLERK.staffNo, <EnquiriesScreen />);

    await user.click(screen.getByRole('radio', { name: '现场' }));
    await user.selectOptions(screen.getByLabelText('话题'), '商品');
    await user.type(screen.getByLabelText('顾客问题（简要）'), '希望增加无糖酸奶品种');
    await user.type(screen.getByLabelText('答复内容'), '已转生鲜部');
    await user.click(screen.getByRole('checkbox', { name: '顾客建议（转部门答复）' }));
    // Three days on by default.
    expect(screen.getByLabelText<HTMLInputElement>('答复期限').value).toBe('2026-11-28');
    await typeInto(user, '答复期限', '2026-11-24');
    await user.click(screen.getByRole('button', { name: '登记' }));
    await waitFor(() => expect(fieldError('转交部门')).toBe('必填'));
    await user.type(screen.getByLabelText('转交部门'), '生鲜部');
    await user.click(screen.getByRole('button', { name: '登记' }));
    await waitFor(() => expect(fieldError('答复期限')).toBe('答复期限不能早于今天'));
    expect(await desk.db.enquiries.count()).toBe(0);
    await typeInto(user, '答复期限', '2026-11-25');
    await user.click(screen.getByRole('button', { name: '登记' }));
    expect(await status()).toBe('已登记 ZX-S01-C1-261125-0001，已转生鲜部，2026-11-25 前答复');
    expect((await desk.db.enquiries.toArray())[0]).toMatchObject({ channel: 'desk', state: 'awaitingReply', suggestion: { department: '生鲜部', replyDue: '2026-11-25' } });
  });

  it('follows a suggestion: overdue shown, the reply recorded, then the customer told, bad input refused at the field', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    const late = await suggestion(desk, '2026-11-26');
    const onTime = await suggestion(desk, '2026-11-30', '停车场晚上灯太暗');
    // Three days after the first one's reply day ended.
    desk.clock.advance(4 * DAY);
    await renderSignedIn(desk, CLERK.staffNo, <EnquiriesScreen />);

    expect(await screen.findByRole('tab', { name: /^建议待办\s*1 件逾期$/ })).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: /建议待办/ }));
    await waitFor(() => expect(bodyRows()).toHaveLength(2));
    // The overdue one first, marked.
    expect(bodyRows()[0]!.textContent).toContain(late.number);
    expect(bodyRows()[0]!.className).toBe('enq-overdue');
    expect(within(bodyRows()[0]!).getByText('逾期 3 天')).toBeTruthy();
    expect(bodyRows()[1]!.className).toBe('');

    await user.click(screen.getByRole('button', { name: `录入 ${late.number} 的部门答复` }));
    expect(document.activeElement).toBe(screen.getByLabelText('部门答复'));
    await user.click(screen.getByRole('button', { name: '保存答复' }));
    await waitFor(() => expect(fieldError('部门答复')).toBe('必填'));
    await user.type(screen.getByLabelText('部门答复'), '下周起上架两款无糖酸奶');
    await user.type(screen.getByLabelText('答复人（可选）'), '刘经理');
    await user.click(screen.getByRole('button', { name: '保存答复' }));
    expect(await status()).toBe(`已录入 ${late.number} 的部门答复`);
    await waitFor(() => expect(screen.queryByRole('tab', { name: /逾期/ })).toBeNull());

    await user.click(await screen.findByRole('button', { name: `记录已将 ${late.number} 的答复告知顾客` }));
    expect(within(screen.getByRole('form', { name: `${late.number} · 告知顾客` })).getByText('陈女士 · 13812345678')).toBeTruthy();
    await typeInto(user, '告知日期', '2026-11-30');
    await user.click(screen.getByRole('button', { name: '已告知' }));
    await waitFor(() => expect(groupError('告知方式')).toBe('必填'));
    await user.click(screen.getByRole('radio', { name: '电话' }));
    await user.click(screen.getByRole('button', { name: '已告知' }));
    await waitFor(() => expect(fieldError('告知日期')).toBe('告知日期不能晚于今天'));
    await typeInto(user, '告知日期', '2026-11-28');
    await user.click(screen.getByRole('button', { name: '已告知' }));
    await waitFor(() => expect(fieldError('告知日期')).toBe('告知日期不能早于部门答复（2026-11-29）'));
    await typeInto(user, '告知日期', '2026-11-29');
    await user.click(screen.getByRole('button', { name: '已告知' }));
    expect(await status()).toBe(`已记录 ${late.number} 已告知顾客`);
    // Done with: only the other one is left to follow.
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(bodyRows()[0]!.textContent).toContain(onTime.number);
    expect(await desk.db.enquiries.get(late.id)).toMatchObject({ state: 'customerTold', told: { via: 'phone', by: CLERK.staffNo } });
  });

  it('the month’s suggestions and replies on screen, printed on A4 and as CSV', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:suggestions';
    });
    URL.revokeObjectURL = vi.fn();
    await logEnquiry(desk.asClerk, newId(), { channel: 'desk', topic: 'price', question: '鸡蛋什么价', answer: '5.98 元/斤', customerName: '', phone: '', suggestion: false, department: '', replyDue: '' });
    const s = await suggestion(desk, '2026-11-26');
    desk.clock.advance(DAY);
    const { desktop } = await renderSignedIn(desk, SUPERVISOR.staffNo, <EnquiriesScreen />);
    await user.click(screen.getByRole('tab', { name: /建议待办/ }));
    await user.click(await screen.findByRole('button', { name: `录入 ${s.number} 的部门答复` }));
    await user.type(screen.getByLabelText('部门答复'), '=下周上架');
    await user.click(screen.getByRole('button', { name: '保存答复' }));
    await status();

    await user.click(screen.getByRole('tab', { name: '月度建议及答复' }));
    expect(screen.getByLabelText<HTMLInputElement>('月份').value).toBe('2026-11');
    await waitFor(() =>
      expect(screen.getByTestId('suggestion-totals').textContent).toBe(
        '2026-11：电话与咨询 2 条（电话 1 · 现场 1），顾客建议 1 件 · 已答复 1（按期 1）· 已告知顾客 0 · 待答复 0（逾期 0）',
      ),
    );
    expect(within(bodyRows()[0]!).getByText('=下周上架')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '打印月度建议及答复' }));
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    expect(desktop.archive[0]!.request).toMatchObject({ kind: 'suggestionsMonthly', paper: 'A4', recordNumber: 'SUGGESTIONS-2026-11' });
    expect(desktop.archive[0]!.request.html).toContain('月度顾客建议及答复');
    expect(desktop.archive[0]!.request.html).toContain('138****5678');
    expect(desktop.archive[0]!.request.html).not.toContain('13812345678');

    await user.click(screen.getByRole('button', { name: '导出 CSV' }));
    expect(created).toHaveLength(1);
    const lines = (await created[0]!.text()).split('\r\n');
    expect(lines[0]).toBe('单号,登记时间,方式,话题,顾客,建议内容,现场答复,转交部门,答复期限,进度,逾期未答复,部门答复,答复人,答复时间,逾期答复,告知方式,告知时间,告知人');
    expect(lines[1]).toBe(`${s.number},2026-11-25 10:00,电话,商品,陈女士,希望增加无糖酸奶品种,已转生鲜部，三天内答复,生鲜部,2026-11-26,待告知顾客,,'=下周上架,,2026-11-26 10:00,,,,`);
  });
});
