import { useLiveQuery } from 'dexie-react-hooks';
import { formatInZone } from '../../../shared/domain/clock';
import { can } from '../../../shared/domain/staff';
import { useT } from '../../i18n';
import { useServices } from '../services';
import { useSession } from '../session';
import { useSyncState } from './syncState';

/** The status bar's sync part: alone, synced at, entries waiting, retrying, stopped, and entries the server refused. */
export function SyncStatusItem() {
  const { t } = useT();
  const { db } = useServices();
  const run = useSyncState((s) => s.run);
  const timeZone = useSession((s) => s.profile?.timeZone);
  const role = useSession((s) => s.staff?.role);
  const go = useSession((s) => s.go);
  const outbox = useLiveQuery(async () => {
    const lines = await db.outbox.toArray();
    const refused = lines.filter((l) => l.problem).length;
    return { waiting: lines.length - refused, refused };
  }, [db]);
  const toSettings = role && can(role, 'settings.manage') ? () => go('settings') : undefined;
  const item = (text: string, tone?: 'warn') =>
    toSettings ? (
      <button type="button" className={tone ? 'status__warn' : 'link'} onClick={toSettings}>
        {text}
      </button>
    ) : (
      <span className={tone ? 'status__warn' : undefined}>{text}</span>
    );
  const waiting = outbox?.waiting ?? 0;
  const when = (at: number) => formatInZone(at, 'HH:mm', timeZone);
  return (
    <>
      {run.phase === 'off' && <span>{t('status.offline')}</span>}
      {run.phase === 'syncing' && <span>{t('status.sync.syncing')}</span>}
      {run.phase === 'idle' && item(waiting > 0 ? t('status.sync.waiting', { count: waiting }) : t('status.sync.done', { at: run.lastSyncAt ? when(run.lastSyncAt) : '' }))}
      {run.phase === 'retrying' && item(t('status.sync.retrying', { count: waiting }), 'warn')}
      {run.phase === 'stopped' && item(t('status.sync.stopped'), 'warn')}
      {(outbox?.refused ?? 0) > 0 && item(t('status.sync.refused', { count: outbox?.refused ?? 0 }), 'warn')}
    </>
  );
}
