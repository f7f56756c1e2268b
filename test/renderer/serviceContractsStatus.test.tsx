// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { StatusBar } from '../../renderer/app/StatusBar';
import { useSession } from '../../renderer/app/session';
import { signContract } from '../../renderer/db/service/contracts';
import { ContractsScreen } from '../../renderer/features/service/contracts/ContractsScreen';
import { useContractsStore, type ContractTab } from '../../renderer/features/service/contracts/contractsStore';
import { QueueRowsProvider } from '../../renderer/features/complaints/queue/QueueRows';
import { useLanguage } from '../../renderer/i18n';
import { CLERK, signedInWrapper } from './deskFixture';
import { makeServiceDesk, TECH_ZHOU } from './serviceFixture';

/** Store midnight (00:00 Shanghai) of a day, as UTC ms. */
const midnight = (day: string) => Date.parse(`${day}T00:00:00+08:00`);

/** A desk with one contract ending 2027-03-31 (notice from 2027-02-28), its clock at `now`. */
async function deskAt(now: number) {
  const desk = await makeServiceDesk();
  await signContract(desk.asClerk, newId(), {
    customerName: '陈女士',
    phone: '13800138000',
    address: '五一路 8 号',
    area: 'inTown',
    products: [{ kind: 'aircon', name: '格力空调', model: '', serial: '' }],
    start: '2026-11-25',
    end: '2027-03-31',
    visits: '2',
    fee: '',
  });
  desk.clock.at = now;
  return desk;
}

/** The status bar beside the contracts screen, on its search tab unless told. */
async function renderBar(desk: Awaited<ReturnType<typeof deskAt>>, who: { readonly staffNo: string }, tab: ContractTab = 'find') {
  useLanguage.setState({ language: 'zh-CN' });
  const wrapper = await signedInWrapper(desk, who);
  useContractsStore.getState().show(tab);
  return render(
    <QueueRowsProvider>
      <StatusBar />
      <ContractsScreen />
    </QueueRowsProvider>,
    { wrapper },
  );
}

describe('contracts to renew in the status bar', () => {
  it('counted from one month before the end; a click opens the 即将到期 list of the contracts screen', async () => {
    const user = userEvent.setup();
    const desk = await deskAt(midnight('2027-02-28') + 8 * 3_600_000);
    await renderBar(desk, CLERK);
    await user.click(await screen.findByRole('button', { name: '合同即将到期 1' }));
    expect(useSession.getState().view).toBe('serviceContracts');
    expect(await screen.findByRole('heading', { name: '一个月内到期（1 份）' })).toBeTruthy();
  });

  it('not shown the day before the notice starts, nor after the end', async () => {
    for (const now of [midnight('2027-02-28') - 60_000, midnight('2027-04-01')]) {
      const desk = await deskAt(now);
      // The list beside it reads the same table: once it has answered, so has the status bar.
      const view = await renderBar(desk, CLERK, 'expiring');
      expect(await screen.findByRole('heading', { name: '一个月内到期（0 份）' })).toBeTruthy();
      expect(screen.queryByRole('button', { name: /合同即将到期/ })).toBeNull();
      view.unmount();
    }
  });

  it('not shown to a technician, who does not take contracts', async () => {
    const desk = await deskAt(midnight('2027-03-15'));
    await renderBar(desk, TECH_ZHOU);
    expect(await screen.findByText('华联超市五一店')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /合同即将到期/ })).toBeNull();
  });
});
