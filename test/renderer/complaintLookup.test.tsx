// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { recordComplaint } from '../../renderer/db/complaints/intake';
import { findComplaints } from '../../renderer/db/complaints/lookup';
import { takeComplaintStep } from '../../renderer/db/complaints/steps';
import { ComplaintLookupScreen } from '../../renderer/features/complaints/lookup/ComplaintLookupScreen';
import { translate, type MessageKey, type MessageParams } from '../../renderer/i18n';
import { CLERK, makeDesk } from './deskFixture';
import { renderSignedIn } from './renderDesk';

// The detail is another slice's screen: here only that choosing a result hands it the complaint.
vi.mock('../../renderer/features/complaints/detail/ComplaintDetail', () => ({
  ComplaintDetail: ({ complaintId, onClose }: { complaintId: string; onClose?: () => void }) => (
    <section data-testid="complaint-detail" data-complaint={complaintId}>
      <button type="button" onClick={onClose}>
        close detail
      </button>
    </section>
  ),
}));

const HOUR = 3_600_000;

/** The complaint words every complaint screen shares (states, limits, levels, time left), in Chinese. */
const zh = (key: MessageKey, params?: MessageParams) => translate('zh-CN', key, params);
const LEFT_30_MIN = zh('complaints.time.left', { duration: zh('complaints.time.minutes', { m: 30 }) });
const OVERDUE_90_MIN = zh('complaints.time.overdue', { duration: zh('complaints.time.hoursMinutes', { h: 1, m: 30 }) });
const SEARCH = '单号、电话（或后四位）、姓名';

const base = {
  replyWanted: true,
  target: { kind: 'product', product: '鲜牛奶 1L' },
  description: '牛奶过期',
  request: '退款',
  category: 'productQuality',
  severity: 'normal',
  readBackConfirmed: true,
};

/**
 * The desk at Wednesday 2026-11-25 10:00 (Shanghai) with three complaints:
 * a phone call this morning, a major letter yesterday, and a desk complaint judged valid.
 */
async function seeded() {
  const desk = await makeDesk();
  const now = desk.clock.now();
  const wang = await recordComplaint(desk.asClerk, {
    ...base,
    channel: 'phone',
    receivedAt: now - HOUR / 2,
    complainant: { name: '王女士', contact: { phone: '13800138000' } },
  });
  const li = await recordComplaint(desk.asClerk, {
    ...base,
    channel: 'letterEmail',
    receivedAt: now - 19 * HOUR,
    severity: 'major',
    complainant: { name: '李先生', contact: { phone: '13912345678' } },
  });
  const wangXs = await recordComplaint(desk.asClerk, {
    ...base,
    channel: 'desk',
    receivedAt: now - HOUR,
    complainant: { name: '王先生', contact: { email: 'wang@example.com' } },
  });
  await takeComplaintStep(desk.asSupervisor, wangXs.id, 'validityJudged', { valid: true, reason: '核实属实' });
  return { desk, wang, li, wangXs };
}

async function search(user: UserEvent, text: string) {
  const field = screen.getByLabelText(SEARCH);
  await user.clear(field);
  if (text) await user.type(field, text);
}

const numbersShown = () => screen.queryAllByTestId(/^complaint-row-/).map((r) => r.dataset.testid?.replace('complaint-row-', ''));

/** The results follow the search as it is typed: wait until they show exactly these. */
const expectShown = (numbers: readonly string[]) => waitFor(() => expect(numbersShown()).toEqual(numbers));

describe('complaint lookup screen', () => {
  it('finds by number as scanned or typed in lower case or full width, shows state and next deadline, and opens the one found on Enter', async () => {
    const user = userEvent.setup();
    const { desk, wang, li } = await seeded();
    await renderSignedIn(desk, CLERK.staffNo, <ComplaintLookupScreen />);
    expect(document.activeElement).toBe(screen.getByLabelText(SEARCH));
    // With nothing typed: the latest first.
    expect(await screen.findByTestId(`complaint-row-${wang.number}`)).toBeTruthy();
    expect(numbersShown()).toHaveLength(3);

    await search(user, wang.number.toLowerCase());
    await expectShown([wang.number]);
    const row = screen.getByTestId(`complaint-row-${wang.number}`);
    // A phone complaint: someone calls back within the hour of receiving it (09:30 -> 10:30).
    const words = [zh('complaints.status.recorded'), zh('complaints.deadline.firstContact'), LEFT_30_MIN, zh('complaints.level.1')];
    for (const text of ['王女士', '138****8000', '2026-11-25 09:30', '2026-11-25 10:30 前', ...words]) {
      expect(row.textContent).toContain(text);
    }
    expect(row.textContent).not.toContain('13800138000');

    await user.type(screen.getByLabelText(SEARCH), '{Enter}');
    expect((await screen.findByTestId('complaint-detail')).dataset.complaint).toBe(wang.id);
    await user.click(screen.getByRole('button', { name: 'close detail' }));
    expect(screen.queryByTestId('complaint-detail')).toBeNull();

    // Full width, as a Chinese input method types it.
    await search(user, '李');
    await expectShown([li.number]);
    await search(user, 'ＴＳ－Ｓ０１－Ｃ１－２６１１２５－０００１');
    await expectShown([wang.number]);
  });

  it('shows "overdue by" once the time has passed (the clock moved, not slept)', async () => {
    const user = userEvent.setup();
    const { desk, wang } = await seeded();
    await renderSignedIn(desk, CLERK.staffNo, <ComplaintLookupScreen />);
    await search(user, wang.number);
    await screen.findByText(LEFT_30_MIN);
    desk.clock.advance(2 * HOUR);
    // A new search works the time out again.
    await search(user, wang.number);
    const row = await screen.findByTestId(`complaint-row-${wang.number}`);
    expect(await within(row).findByText(OVERDUE_90_MIN)).toBeTruthy();
  });

  it('finds by the phone (last four digits or whole), the start of the name, the day received and the state', async () => {
    const user = userEvent.setup();
    const { desk, wang, li, wangXs } = await seeded();
    await renderSignedIn(desk, CLERK.staffNo, <ComplaintLookupScreen />);
    await screen.findByTestId(`complaint-row-${wang.number}`);

    await search(user, '8000');
    await expectShown([wang.number]);
    await search(user, '139 1234 5678');
    await expectShown([li.number]);
    await search(user, '王');
    await expectShown([wang.number, wangXs.number]);
    await search(user, '王女');
    await expectShown([wang.number]);

    await search(user, '');
    await user.type(screen.getByLabelText('受理日期'), '2026-11-24');
    await expectShown([li.number]);
    expect(screen.getByTestId(`complaint-row-${li.number}`).textContent).toContain('2026-11-24 15:00');

    await user.clear(screen.getByLabelText('受理日期'));
    await user.selectOptions(screen.getByLabelText('状态'), 'valid');
    await expectShown([wangXs.number]);
    expect(screen.getByTestId(`complaint-row-${wangXs.number}`).textContent).toContain(zh('complaints.status.valid'));

    await search(user, '0000');
    expect(await screen.findByText('没有找到投诉')).toBeTruthy();
  });
});

describe('finding complaints', () => {
  it('narrows a name or phone search by the day and the state, newest first; a number start finds that day\'s complaints', async () => {
    const { desk, wang, wangXs } = await seeded();
    // Wednesday 2026-11-25 in Shanghai, midnight to midnight.
    const today = { receivedFrom: Date.UTC(2026, 10, 24, 16), receivedTo: Date.UTC(2026, 10, 25, 16) };
    expect((await findComplaints(desk.db, { text: '王', ...today })).map((c) => c.id)).toEqual([wang.id, wangXs.id]);
    expect((await findComplaints(desk.db, { text: '王', status: 'recorded' })).map((c) => c.id)).toEqual([wang.id]);
    expect(await findComplaints(desk.db, { text: 'ts-s01-c1-261125' })).toHaveLength(3);
    expect(await findComplaints(desk.db, { text: '8000', receivedTo: Date.UTC(2026, 10, 24, 16) })).toEqual([]);
    const latestRecorded = await findComplaints(desk.db, { text: '', status: 'recorded', limit: 1 });
    expect(latestRecorded).toHaveLength(1);
    expect(latestRecorded[0]?.status).toBe('recorded');
  });
});
