// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TechnicianTeamScreen } from '../../renderer/features/service/board/TechnicianTeamScreen';
import { SUPERVISOR } from './deskFixture';
import { renderSignedIn } from './renderDesk';
import { makeServiceDesk, TECH_WU, TECH_ZHOU } from './serviceFixture';

describe("technicians' areas and skills", () => {
  it('a supervisor ticks areas and skills and saves them; none ticked is a message and writes nothing', async () => {
    const user = userEvent.setup();
    const desk = await makeServiceDesk();
    await renderSignedIn(desk, SUPERVISOR.staffNo, <TechnicianTeamScreen />);

    const zhou = await screen.findByRole('form', { name: `周师傅 (${TECH_ZHOU.staffNo})` });
    const ticked = (form: HTMLElement) =>
      within(form)
        .getAllByRole('checkbox')
        .filter((c) => (c as HTMLInputElement).checked)
        .map((c) => c.parentElement?.textContent);
    expect(ticked(zhou)).toEqual(['市区', '空调', '冰箱']);

    await user.click(within(zhou).getByLabelText('郊县'));
    await user.click(within(zhou).getByLabelText('冰箱'));
    await user.click(within(zhou).getByLabelText('电视'));
    await user.click(within(zhou).getByRole('button', { name: '保存 周师傅 的区域和技能' }));
    expect((await screen.findByRole('status')).textContent).toBe('已保存 周师傅 的区域和技能');
    await waitFor(async () => expect(await desk.db.technicians.get(TECH_ZHOU.staffNo)).toMatchObject({ areas: ['inTown', 'outOfTown'], skills: ['aircon', 'tv'] }));

    const entries = await desk.db.entries.count();
    const wu = screen.getByRole('form', { name: `吴师傅 (${TECH_WU.staffNo})` });
    await user.click(within(wu).getByLabelText('市区'));
    await user.click(within(wu).getByLabelText('郊县'));
    await user.click(within(wu).getByRole('button', { name: '保存 吴师傅 的区域和技能' }));
    expect((await within(wu).findByRole('alert')).textContent).toBe('请至少选择一项');
    expect(await desk.db.entries.count()).toBe(entries);
    expect(await desk.db.technicians.get(TECH_WU.staffNo)).toMatchObject({ areas: ['inTown', 'outOfTown'], skills: ['washer'] });
  });
});
