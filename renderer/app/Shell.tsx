import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, type ComponentType } from 'react';
import { can, type Permission } from '../../shared/domain/staff';
import { DEFAULT_DESK_SETTINGS } from '../../shared/domain/store';
import { OverdueOnSignIn } from '../features/complaints/overdue/OverdueOnSignIn';
import { useT, type MessageKey } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { LockScreen } from './LockScreen';
import { useServices } from './services';
import { useSession, type View } from './session';
import { StatusBar } from './StatusBar';
import { useIdleLock } from './useIdleLock';
import { useSignOut } from './useSignOut';

interface NavItem {
  readonly view: View;
  readonly label: MessageKey;
  readonly needs: Permission;
  readonly screen: ComponentType;
}

const screen = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

/** The desk's areas in the order a clerk uses them; F1..F9 jump to the first nine. */
const NAV: readonly NavItem[] = [
  { view: 'deposit', label: 'nav.storage', needs: 'storage.work', screen: screen(() => import('../features/storage/DepositScreen'), 'DepositScreen') },
  { view: 'retrieve', label: 'nav.retrieve', needs: 'storage.work', screen: screen(() => import('../features/storage/RetrieveScreen'), 'RetrieveScreen') },
  { view: 'search', label: 'nav.search', needs: 'storage.work', screen: screen(() => import('../features/storage/SearchScreen'), 'SearchScreen') },
  { view: 'lostFound', label: 'nav.lostFound', needs: 'lostFound.work', screen: screen(() => import('../features/lostFound/LostFoundScreen'), 'LostFoundScreen') },
  { view: 'lockers', label: 'nav.lockers', needs: 'lockers.work', screen: screen(() => import('../features/lockers/LockersScreen'), 'LockersScreen') },
  { view: 'closing', label: 'nav.closing', needs: 'storage.work', screen: screen(() => import('../features/closing/ClosingScreen'), 'ClosingScreen') },
  { view: 'returns', label: 'nav.returns', needs: 'returns.work', screen: screen(() => import('../features/returns/ReturnsScreen'), 'ReturnsScreen') },
  { view: 'handout', label: 'nav.handout', needs: 'gifts.work', screen: screen(() => import('../features/gifts/HandoutScreen'), 'HandoutScreen') },
  { view: 'complaintIntake', label: 'nav.complaintIntake', needs: 'complaints.work', screen: screen(() => import('../features/complaints/intake/ComplaintIntakeScreen'), 'ComplaintIntakeScreen') },
  { view: 'complaintQueue', label: 'nav.complaintQueue', needs: 'complaints.work', screen: screen(() => import('../features/complaints/queue/ComplaintQueueScreen'), 'ComplaintQueueScreen') },
  { view: 'complaintLookup', label: 'nav.complaintLookup', needs: 'complaints.work', screen: screen(() => import('../features/complaints/lookup/ComplaintLookupScreen'), 'ComplaintLookupScreen') },
  { view: 'returnsReport', label: 'nav.returnsReport', needs: 'reports.view', screen: screen(() => import('../features/returns/ReturnsReportScreen'), 'ReturnsReportScreen') },
  { view: 'campaigns', label: 'nav.campaigns', needs: 'campaigns.manage', screen: screen(() => import('../features/gifts/CampaignsScreen'), 'CampaignsScreen') },
  { view: 'draws', label: 'nav.draws', needs: 'campaigns.manage', screen: screen(() => import('../features/gifts/DrawsScreen'), 'DrawsScreen') },
  { view: 'complaintReport', label: 'nav.complaintReport', needs: 'reports.view', screen: screen(() => import('../features/complaints/reports/ComplaintReportScreen'), 'ComplaintReportScreen') },
  { view: 'complaintPoints', label: 'nav.complaintPoints', needs: 'complaints.responsibility', screen: screen(() => import('../features/complaints/responsibility/ResponsibilityScreen'), 'ResponsibilityScreen') },
  { view: 'complaintSettings', label: 'nav.complaintSettings', needs: 'settings.manage', screen: screen(() => import('../features/complaints/settings/ComplaintSettingsScreen'), 'ComplaintSettingsScreen') },
  { view: 'log', label: 'nav.log', needs: 'log.review', screen: screen(() => import('../features/supervisor/LogScreen'), 'LogScreen') },
  { view: 'staff', label: 'nav.staff', needs: 'staff.manage', screen: screen(() => import('../features/settings/StaffScreen'), 'StaffScreen') },
  { view: 'settings', label: 'nav.settings', needs: 'settings.manage', screen: screen(() => import('../features/settings/SettingsScreen'), 'SettingsScreen') },
];

export function Shell() {
  const { t } = useT();
  const { db } = useServices();
  const staff = useSession((s) => s.staff);
  const view = useSession((s) => s.view);
  const go = useSession((s) => s.go);
  const locked = useSession((s) => s.locked);
  const lock = useSession((s) => s.lock);
  const signOut = useSignOut();
  const settings = useLiveQuery(() => db.stores.toCollection().first(), [db])?.settings ?? DEFAULT_DESK_SETTINGS;
  useIdleLock(settings.idleLockMinutes);
  if (!staff) return null;
  const items = NAV.filter((n) => can(staff.role, n.needs));
  const current = items.find((n) => n.view === view) ?? items[0];
  const Screen = current?.screen;
  const onKeyDown = (e: React.KeyboardEvent) => {
    const index = /^F([1-9])$/.exec(e.key)?.[1];
    const target = index ? items[Number(index) - 1] : undefined;
    if (target) {
      e.preventDefault();
      go(target.view);
    }
  };
  return (
    <div className="shell" onKeyDown={onKeyDown} inert={locked}>
      <header className="shell__top">
        <strong>{t('app.title')}</strong>
        <nav aria-label={t('app.title')}>
          {items.map((n, i) => (
            <button key={n.view} type="button" className={n === current ? 'active' : ''} aria-current={n === current ? 'page' : undefined} onClick={() => go(n.view)} title={`F${i + 1}`}>
              {t(n.label)}
            </button>
          ))}
        </nav>
        <div className="shell__me">
          <span>
            {staff.name} · {t(`role.${staff.role}`)}
          </span>
          <LanguageSwitch />
          <button type="button" onClick={lock}>
            {t('action.lock')}
          </button>
          <button type="button" onClick={() => void signOut()}>
            {t('action.signOut')}
          </button>
        </div>
      </header>
      <main className="shell__main">
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>{Screen && <Screen key={current.view} />}</Suspense>
      </main>
      <StatusBar />
      <OverdueOnSignIn />
      {locked && <LockScreen />}
    </div>
  );
}
