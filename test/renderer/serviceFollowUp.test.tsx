// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { recordVisit } from '../../renderer/db/service/calls';
import { FollowUpScreen } from '../../renderer/features/service/followUp/FollowUpScreen';
import { CLERK } from './deskFixture';
import { renderSignedIn } from './renderDesk';
import { acceptedCall, doneCall, HOUR, visitForm } from './serviceAftercareFixture';
import { makeServiceDesk, TECH_ZHOU } from './serviceFixture';
import { fieldError, typeInto } from './serviceScreens';

const QUESTIONS = ['服务态度', '技术水平', '到达时间', '遵守承诺'];

/** The message under a radio group (a fieldset named by its legend); undefined when none. */
const groupError = (name: string) => screen.getByRole('group', { name }).querySelector('.field__error')?.textContent ?? undefined;

/**
 * Three jobs done: 赵 on 11-25 12:00 (82 h ago: late), 钱 on 11-27 16:00 (30 h: due), 孙 just now (not yet);
 * 李's air conditioner was taken back to the workshop (visited, not done). The clock ends at 2026-11-28 22:00.
 */
async function followUpDesk() {
  const desk = await makeServiceDesk();
  const zhao = await doneCall(desk, { customerName: '赵先生', phone: '13900000001' });
  desk.clock.advance(50 * HOUR);
  const qian = await doneCall(desk, { customerName: '钱女士', phone: '13900000002' });
  desk.clock.advance(28 * HOUR);
  const li = await acceptedCall(desk, { customerName: '李先生', phone: '13900000004', serviceType: 'free' });
  await recordVisit(desk.asClerk, li.id, visitForm(desk, { outcome: 'takenBack' }));
  desk.clock.advance(-2 * HOUR);
  const sun = await doneCall(desk, { customerName: '孙女士', phone: '13900000003' });
  return { desk, zhao, qian, sun, li };
}

async function scan(user: UserEvent, text: string) {
  await typeInto(user, '叫修单号（登记寄回的意见卡）', text);
  await user.keyboard('{Enter}');
}

describe('回访 and the customer opinion card', () => {
  it('lists the calls to phone, oldest first, with their state; the follow-up and the card are saved together, checked first', async () => {
    const user = userEvent.setup();
    const { desk, zhao, qian, sun } = await followUpDesk();
    expect(desk.clock.now()).toBe(Date.UTC(2026, 10, 28, 14, 0));
    await renderSignedIn(desk, CLERK.staffNo, <FollowUpScreen />);

    const list = await screen.findByRole('table', { name: '待回访的叫修（近 7 天完工，最早的在前）' });
    expect(within(list).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([
      `${zhao.number}赵先生 · 139000000012026-11-25 12:00已超时回访`,
      `${qian.number}钱女士 · 139000000022026-11-27 16:00待回访回访`,
      `${sun.number}孙女士 · 139000000032026-11-28 22:00未到时间回访`,
    ]);

    await user.click(screen.getByRole('button', { name: `回访 ${qian.number}` }));
    const facts = await screen.findByTestId('service-follow-up-call');
    expect(facts.textContent).toContain('钱女士 · 13900000002');
    await waitFor(() => expect(facts.textContent).toContain(`周师傅 (${TECH_ZHOU.staffNo})`));
    expect(document.activeElement).toBe(screen.getByLabelText('已联系上顾客'));

    // Nothing picked, and a card half filled in: every message at once, nothing written.
    const before = await desk.db.entries.count();
    await user.click(within(screen.getByRole('group', { name: '服务态度' })).getByLabelText('很满意'));
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(groupError('顾客满意度')).toBe('必填'));
    expect(QUESTIONS.map(groupError)).toEqual([undefined, '必填', '必填', '必填']);
    expect(await desk.db.entries.count()).toBe(before);

    // Dissatisfied needs a note of what happened.
    await user.click(within(screen.getByRole('group', { name: '顾客满意度' })).getByLabelText('不满意'));
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(fieldError('回访记录（未联系上或不满意时必填）')).toBe('未联系上或顾客不满意时，请记下情况'));

    // Each question's levels are one radio group (the arrow keys move within it: checked in the e2e run in Chromium).
    await user.click(within(screen.getByRole('group', { name: '顾客满意度' })).getByLabelText('满意'));
    await user.click(within(screen.getByRole('group', { name: '技术水平' })).getByLabelText('满意'));
    await user.click(within(screen.getByRole('group', { name: '到达时间' })).getByLabelText('一般'));
    await user.click(within(screen.getByRole('group', { name: '遵守承诺' })).getByLabelText('不满意'));
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect((await screen.findByRole('status')).textContent).toBe(`${qian.number} 已保存回访和顾客意见卡`);
    const saved = await desk.db.serviceCalls.get(qian.id);
    expect(saved?.followUp).toMatchObject({ reached: true, satisfaction: 'satisfied', by: CLERK.staffNo });
    expect(await desk.db.serviceOpinions.get(qian.id)).toMatchObject({ technician: TECH_ZHOU.staffNo, scores: { attitude: 4, skill: 3, arrival: 2, promise: 1 } });
    await waitFor(() => expect(screen.queryByRole('button', { name: `回访 ${qian.number}` })).toBeNull());
    expect(screen.getByRole('button', { name: `回访 ${zhao.number}` })).toBeTruthy();
  });

  it('a late call is still taken (not reached, with a note, no card); a call under 24 h says when it opens and writes nothing', async () => {
    const user = userEvent.setup();
    const { desk, zhao, sun } = await followUpDesk();
    await renderSignedIn(desk, CLERK.staffNo, <FollowUpScreen />);

    await user.click(await screen.findByRole('button', { name: `回访 ${sun.number}` }));
    await user.click(within(await screen.findByRole('group', { name: '顾客满意度' })).getByLabelText('很满意'));
    const before = await desk.db.entries.count();
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('完工未满 24 小时，2026-11-29 22:00 起可以回访')).toBeTruthy();
    expect(await desk.db.entries.count()).toBe(before);
    await user.click(screen.getByRole('button', { name: '返回列表' }));

    await user.click(await screen.findByRole('button', { name: `回访 ${zhao.number}` }));
    await user.click(await screen.findByLabelText('已联系上顾客'));
    expect(screen.queryByRole('group', { name: '顾客满意度' })).toBeNull();
    await user.type(screen.getByLabelText('回访记录（未联系上或不满意时必填）'), '两次无人接听');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findByRole('status')).textContent).toBe(`${zhao.number} 已保存回访`);
    expect((await desk.db.serviceCalls.get(zhao.id))?.followUp).toMatchObject({ reached: false, note: '两次无人接听' });
    expect(await desk.db.serviceOpinions.count()).toBe(0);
  });

  it('a card sent back by post is recorded alone for any visited call found by its number', async () => {
    const user = userEvent.setup();
    const { desk, li } = await followUpDesk();
    const notVisited = await acceptedCall(desk); // the clock moves on to 2026-11-29 00:00
    await renderSignedIn(desk, CLERK.staffNo, <FollowUpScreen />);

    await scan(user, notVisited.number);
    expect(await screen.findByText('尚无上门记录，不能登记意见卡')).toBeTruthy();

    await scan(user, li.number.toLowerCase());
    expect(await screen.findByText('这条叫修尚未完工，还不能回访。')).toBeTruthy();
    expect(screen.queryByLabelText('已联系上顾客')).toBeNull();
    // The card alone: the keyboard starts at its first question; an empty card is four messages.
    expect(document.activeElement).toBe(within(screen.getByRole('group', { name: '服务态度' })).getByLabelText('很满意'));
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(QUESTIONS.map(groupError)).toEqual(['必填', '必填', '必填', '必填']));
    for (const q of QUESTIONS) await user.click(within(screen.getByRole('group', { name: q })).getByLabelText('满意'));
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findByRole('status')).textContent).toBe(`${li.number} 已登记顾客意见卡`);
    expect(await desk.db.serviceOpinions.get(li.id)).toMatchObject({ technician: TECH_ZHOU.staffNo, scores: { attitude: 3, skill: 3, arrival: 3, promise: 3 } });

    // Found again: the card shows as recorded, and there is nothing more to save.
    await scan(user, li.number);
    expect(await screen.findByText(/^意见卡已登记（2026-11-29 00:00）：服务态度 满意 · 技术水平 满意 · 到达时间 满意 · 遵守承诺 满意$/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '保存' })).toBeNull();
  });
});
