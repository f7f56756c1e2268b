import { render, screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { App } from '../../renderer/app/App';
import { ServicesProvider, type DeskServices } from '../../renderer/app/services';
import { useSession } from '../../renderer/app/session';
import { createWebStandIn } from '../../renderer/bridge/webStandIn';
import { useLanguage } from '../../renderer/i18n';

/** The whole app from its sign-in screen, in Chinese, on the desk's database and clock. */
export function renderApp(desk: Pick<DeskServices, 'db' | 'clock'>) {
  useLanguage.setState({ language: 'zh-CN' });
  useSession.setState({ phase: 'loading', staff: undefined, locked: false, view: 'deposit' });
  return render(
    <ServicesProvider services={{ db: desk.db, clock: desk.clock, desk: createWebStandIn() }}>
      <App />
    </ServicesProvider>,
  );
}

/** Signs in with number and PIN and waits for the first screen the person may open. */
export async function signInAs(user: UserEvent, who: { readonly staffNo: string; readonly pin: string }, firstScreen = '大件物品寄存'): Promise<void> {
  await user.type(await screen.findByLabelText('工号'), who.staffNo);
  await user.type(screen.getByLabelText('PIN 码'), `${who.pin}{Enter}`);
  await screen.findByRole('heading', { name: firstScreen });
}
