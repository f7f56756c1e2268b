import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, type ComponentType } from 'react';
import { can, type Permission } from '../../shared/domain/staff';
import { actingLends } from '../../shared/domain/acting/rules';
import { useActingWindow } from '../features/acting/useActingWindow';
import { DEFAULT_DESK_SETTINGS } from '../../shared/domain/store';
import { QueueRowsProvider } from '../features/complaints/queue/QueueRows';
import { OverdueOnSignIn } from '../features/complaints/overdue/OverdueOnSignIn';
import { PickupsOnSignIn } from '../features/preOrders/PickupsOnSignIn';
import { useT, type MessageKey } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { LockScreen } from './LockScreen';
import { useServices } from './services';
import { useSession, type View } from './session';
import { StatusBar } from './StatusBar';
import { useIdleLock } from './useIdleLock';
import { useSignOut } from './useSignOut';

/** The sidebar's sections: the storage desk, the other counter services, technician service (售后维修), and what leads and supervisors manage. */
const NAV_GROUPS = ['storage', 'service', 'repair', 'manage'] as const;
type NavGroup = (typeof NAV_GROUPS)[number];

interface NavItem {
  readonly group: NavGroup;
  readonly view: View;
  readonly label: MessageKey;
  readonly needs: Permission;
  readonly screen: ComponentType;
}

const screen = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

/** The desk's areas in the order a clerk uses them, section by section; F1..F9 jump to the first nine the person may open. */
const NAV: readonly NavItem[] = [
  { group: 'storage', view: 'deposit', label: 'nav.storage', needs: 'storage.work', screen: screen(() => import('../features/storage/DepositScreen'), 'DepositScreen') },
  { group: 'storage', view: 'retrieve', label: 'nav.retrieve', needs: 'storage.work', screen: screen(() => import('../features/storage/RetrieveScreen'), 'RetrieveScreen') },
  { group: 'storage', view: 'search', label: 'nav.search', needs: 'storage.work', screen: screen(() => import('../features/storage/SearchScreen'), 'SearchScreen') },
  { group: 'storage', view: 'lostFound', label: 'nav.lostFound', needs: 'lostFound.work', screen: screen(() => import('../features/lostFound/LostFoundScreen'), 'LostFoundScreen') },
  { group: 'storage', view: 'lockers', label: 'nav.lockers', needs: 'lockers.work', screen: screen(() => import('../features/lockers/LockersScreen'), 'LockersScreen') },
  { group: 'storage', view: 'closing', label: 'nav.closing', needs: 'storage.work', screen: screen(() => import('../features/closing/ClosingScreen'), 'ClosingScreen') },
  { group: 'service', view: 'returns', label: 'nav.returns', needs: 'returns.work', screen: screen(() => import('../features/returns/ReturnsScreen'), 'ReturnsScreen') },
  { group: 'service', view: 'handout', label: 'nav.handout', needs: 'gifts.work', screen: screen(() => import('../features/gifts/HandoutScreen'), 'HandoutScreen') },
  { group: 'service', view: 'charity', label: 'nav.charity', needs: 'charity.manage', screen: screen(() => import('../features/charity/CharityScreen'), 'CharityScreen') },
  { group: 'service', view: 'complaintIntake', label: 'nav.complaintIntake', needs: 'complaints.work', screen: screen(() => import('../features/complaints/intake/ComplaintIntakeScreen'), 'ComplaintIntakeScreen') },
  { group: 'service', view: 'complaintQueue', label: 'nav.complaintQueue', needs: 'complaints.work', screen: screen(() => import('../features/complaints/queue/ComplaintQueueScreen'), 'ComplaintQueueScreen') },
  { group: 'service', view: 'complaintLookup', label: 'nav.complaintLookup', needs: 'complaints.work', screen: screen(() => import('../features/complaints/lookup/ComplaintLookupScreen'), 'ComplaintLookupScreen') },
  { group: 'service', view: 'invoices', label: 'nav.invoices', needs: 'invoices.work', screen: screen(() => import('../features/invoices/InvoicesScreen'), 'InvoicesScreen') },
  { group: 'service', view: 'enquiries', label: 'nav.enquiries', needs: 'enquiries.work', screen: screen(() => import('../features/enquiries/EnquiriesScreen'), 'EnquiriesScreen') },
  { group: 'service', view: 'preOrders', label: 'nav.preOrders', needs: 'preOrders.work', screen: screen(() => import('../features/preOrders/PreOrdersScreen'), 'PreOrdersScreen') },
  { group: 'repair', view: 'serviceRegister', label: 'nav.serviceRegister', needs: 'service.register', screen: screen(() => import('../features/service/register/RegisterScreen'), 'RegisterScreen') },
  { group: 'repair', view: 'serviceBoard', label: 'nav.serviceBoard', needs: 'service.dispatch', screen: screen(() => import('../features/service/board/ServiceBoardScreen'), 'ServiceBoardScreen') },
  { group: 'repair', view: 'serviceVisit', label: 'nav.serviceVisit', needs: 'service.register', screen: screen(() => import('../features/service/visit/VisitScreen'), 'VisitScreen') },
  { group: 'repair', view: 'serviceWorkshop', label: 'nav.serviceWorkshop', needs: 'service.register', screen: screen(() => import('../features/service/workshop/WorkshopScreen'), 'WorkshopScreen') },
  { group: 'repair', view: 'serviceGoodsRegister', label: 'nav.serviceGoodsRegister', needs: 'service.register', screen: screen(() => import('../features/service/workshop/GoodsRegisterScreen'), 'GoodsRegisterScreen') },
  { group: 'repair', view: 'serviceFollowUp', label: 'nav.serviceFollowUp', needs: 'service.register', screen: screen(() => import('../features/service/followUp/FollowUpScreen'), 'FollowUpScreen') },
  { group: 'repair', view: 'serviceFees', label: 'nav.serviceFees', needs: 'service.register', screen: screen(() => import('../features/service/fees/FeesScreen'), 'FeesScreen') },
  { group: 'repair', view: 'serviceJobs', label: 'nav.serviceJobs', needs: 'service.jobs', screen: screen(() => import('../features/service/jobs/MyJobsScreen'), 'MyJobsScreen') },
  { group: 'repair', view: 'serviceMyDay', label: 'nav.serviceMyDay', needs: 'service.jobs', screen: screen(() => import('../features/service/reports/MyDayReportScreen'), 'MyDayReportScreen') },
  { group: 'repair', view: 'serviceContracts', label: 'nav.serviceContracts', needs: 'service.register', screen: screen(() => import('../features/service/contracts/ContractsScreen'), 'ContractsScreen') },
  { group: 'repair', view: 'serviceReports', label: 'nav.serviceReports', needs: 'service.dispatch', screen: screen(() => import('../features/service/reports/ServiceReportsScreen'), 'ServiceReportsScreen') },
  { group: 'manage', view: 'returnsReport', label: 'nav.returnsReport', needs: 'reports.view', screen: screen(() => import('../features/returns/ReturnsReportScreen'), 'ReturnsReportScreen') },
  { group: 'manage', view: 'campaigns', label: 'nav.campaigns', needs: 'campaigns.manage', screen: screen(() => import('../features/gifts/CampaignsScreen'), 'CampaignsScreen') },
  { group: 'manage', view: 'draws', label: 'nav.draws', needs: 'campaigns.manage', screen: screen(() => import('../features/gifts/DrawsScreen'), 'DrawsScreen') },
  { group: 'manage', view: 'complaintReport', label: 'nav.complaintReport', needs: 'reports.view', screen: screen(() => import('../features/complaints/reports/ComplaintReportScreen'), 'ComplaintReportScreen') },
  { group: 'manage', view: 'complaintPoints', label: 'nav.complaintPoints', needs: 'complaints.responsibility', screen: screen(() => import('../features/complaints/responsibility/ResponsibilityScreen'), 'ResponsibilityScreen') },
  { group: 'manage', view: 'complaintSettings', label: 'nav.complaintSettings', needs: 'settings.manage', screen: screen(() => import('../features/complaints/settings/ComplaintSettingsScreen'), 'ComplaintSettingsScreen') },
  { group: 'manage', view: 'serviceTeam', label: 'nav.serviceTeam', needs: 'service.dispatch', screen: screen(() => import('../features/service/board/TechnicianTeamScreen'), 'TechnicianTeamScreen') },
  { group: 'manage', view: 'surveys', label: 'nav.surveys', needs: 'surveys.work', screen: screen(() => import('../features/surveys/SurveysScreen'), 'SurveysScreen') },
  { group: 'manage', view: 'customerHistory', label: 'nav.customerHistory', needs: 'customers.history', screen: screen(() => import('../features/customers/CustomerHistoryScreen'), 'CustomerHistoryScreen') },
  { group: 'manage', view: 'log', label: 'nav.log', needs: 'log.review', screen: screen(() => import('../features/supervisor/LogScreen'), 'LogScreen') },
  { group: 'manage', view: 'dayClose', label: 'nav.dayClose', needs: 'day.close', screen: screen(() => import('../features/dayClose/DayCloseScreen'), 'DayCloseScreen') },
  { group: 'manage', view: 'reports', label: 'nav.reports', needs: 'reports.supervisor', screen: screen(() => import('../features/reports/ReportsScreen'), 'ReportsScreen') },
  { group: 'manage', view: 'staff', label: 'nav.staff', needs: 'staff.manage', screen: screen(() => import('../features/settings/StaffScreen'), 'StaffScreen') },
  { group: 'manage', view: 'settings', label: 'nav.settings', needs: 'settings.manage', screen: screen(() => import('../features/settings/SettingsScreen'), 'SettingsScreen') },
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
  // 主管助理: while their window is open, an assistant also sees the supervisor's screens the window lends.
  const acting = useActingWindow() !== undefined;
  if (!staff) return null;
  const items = NAV.filter((n) => can(staff.role, n.needs) || (acting && actingLends(n.needs)));
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
    <QueueRowsProvider>
      <div className="shell" onKeyDown={onKeyDown} inert={locked}>
        <header className="shell__top">
          <strong>{t('app.title')}</strong>
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
        <nav className="shell__nav" aria-label={t('app.title')}>
          {NAV_GROUPS.map((group) => {
            const inGroup = items.filter((n) => n.group === group);
            if (inGroup.length === 0) return null;
            return (
              <div key={group} role="group" aria-label={t(`nav.group.${group}`)}>
                <h2>{t(`nav.group.${group}`)}</h2>
                {inGroup.map((n) => {
                  const key = items.indexOf(n) < 9 ? `F${items.indexOf(n) + 1}` : undefined;
                  return (
                    <button key={n.view} type="button" className={n === current ? 'active' : ''} aria-current={n === current ? 'page' : undefined} onClick={() => go(n.view)} title={key}>
                      {t(n.label)}
                      {key && <kbd aria-hidden="true">{key}</kbd>}
                    </button>
                  );
                })}
              </div>
            );
          })}
        </nav>
        <main className="shell__main">
          <PickupsOnSignIn />
          <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>{Screen && <Screen key={current.view} />}</Suspense>
        </main>
        <StatusBar />
        <OverdueOnSignIn />
        {locked && <LockScreen />}
      </div>
    </QueueRowsProvider>
  );
}
