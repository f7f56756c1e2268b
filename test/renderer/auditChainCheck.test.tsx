// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { AuditChainCheck } from '../../renderer/features/supervisor/AuditChainCheck';
import { depositItem, releaseItem } from '../../renderer/db/storage/bulky';
import { makeDesk, SUPERVISOR } from './deskFixture';
import { renderSignedIn } from './renderDesk';

const MINUTE = 60_000;

/** Set up at 10:00 (Shanghai); a clerk deposits a suitcase at 10:05 and hands it back at 10:10. */
async function deskWithTrail() {
  const desk = await makeDesk();
  desk.clock.advance(5 * MINUTE);
  const item = await depositItem(desk.asClerk, newId(), { description: '黑色行李箱', count: '1', slot: 'A-03' });
  desk.clock.advance(5 * MINUTE);
  await releaseItem(desk.asClerk, item.id);
  return desk;
}

async function runCheck(desk: Awaited<ReturnType<typeof deskWithTrail>>) {
  const user = userEvent.setup();
  await renderSignedIn(desk, SUPERVISOR.staffNo, <AuditChainCheck />);
  await user.click(screen.getByRole('button', { name: '校验审计链' }));
}

describe('the audit trail check on the supervisor\'s log', () => {
  it('says the chain is whole, with the number of lines', async () => {
    const desk = await deskWithTrail();
    const lines = await desk.db.audit.count();
    await runCheck(desk);
    expect(await screen.findByText(`审计链完整（${lines} 行）`)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the first break: when, who and what the changed line was', async () => {
    const desk = await deskWithTrail();
    const deposited = (await desk.db.audit.where('action').equals('storage.deposited').first())!;
    await desk.db.audit.update(deposited.id, { staffNo: SUPERVISOR.staffNo });
    await runCheck(desk);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`审计链断开（此前 ${(deposited.chainSeq ?? 0) - 1} 行校验无误）：这一行写入后被改动过，或与前一行对不上`);
    await within(alert).findAllByText('9001 王主管');
    const facts = within(alert).getAllByRole('definition').map((dd) => dd.textContent);
    expect(facts.slice(0, 4)).toEqual(['2026-11-25 10:05:00', '9001 王主管', '寄存登记', 'JC-S01-C1-261125-0001 黑色行李箱 x1 @A-03']);
    expect(within(alert).getByText('最后一行完好的记录')).toBeTruthy();
  });

  it('says how many lines are missing where one was taken out', async () => {
    const desk = await deskWithTrail();
    const deposited = (await desk.db.audit.where('action').equals('storage.deposited').first())!;
    await desk.db.audit.delete(deposited.id);
    await runCheck(desk);

    const alert = await screen.findByRole('alert');
    const seq = deposited.chainSeq ?? 0;
    expect(alert.textContent).toContain(`这一行之前缺少 1 行（应为第 ${seq} 行，实为第 ${seq + 1} 行）`);
    expect(within(alert).getByText('取件')).toBeTruthy();
  });
});
