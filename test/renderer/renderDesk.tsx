import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { DeskApi } from '../../shared/ipc';
import { ServicesProvider } from '../../renderer/app/services';
import { useSession } from '../../renderer/app/session';
import { createWebStandIn } from '../../renderer/bridge/webStandIn';
import { readCounterIdentity, readStoreProfile } from '../../renderer/db/staff';
import { useLanguage } from '../../renderer/i18n';
import type { makeDesk } from './deskFixture';

type Desk = Awaited<ReturnType<typeof makeDesk>>;

/** Renders a screen as it appears to the signed-in staff member `staffNo` at the fixture's counter. */
export async function renderSignedIn(desk: Desk, staffNo: string, screen: ReactElement) {
  const desktop = createWebStandIn();
  return { ...(await renderSignedInWith(desk, staffNo, screen, desktop)), desktop };
}

/** The same, with the main process given (e.g. its handlers bridged under Node). */
export async function renderSignedInWith(desk: Desk, staffNo: string, screen: ReactElement, desktop: DeskApi) {
  const member = await desk.db.staff.get(staffNo);
  if (!member) throw new Error(`no staff ${staffNo}`);
  useLanguage.setState({ language: 'zh-CN' });
  useSession.getState().setUp(await readCounterIdentity(desk.db), await readStoreProfile(desk.db));
  useSession.getState().signedIn(member);
  return render(<ServicesProvider services={{ db: desk.db, clock: desk.clock, desk: desktop }}>{screen}</ServicesProvider>);
}
