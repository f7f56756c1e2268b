import { can } from '../../../shared/domain/staff';
import { useT } from '../../i18n';
import { useSession } from '../session';
import { useBackupState } from './backupState';

/** The status bar's word on backups: one running, the last one failed, or the marker of printed numbers not kept. */
export function BackupStatusItem() {
  const { t } = useT();
  const running = useBackupState((s) => s.running);
  const progress = useBackupState((s) => s.progress);
  const failed = useBackupState((s) => s.outcome?.ok === false);
  const markerProblem = useBackupState((s) => s.markerProblem);
  const role = useSession((s) => s.staff?.role);
  const go = useSession((s) => s.go);
  const toSettings = role && can(role, 'settings.manage') ? () => go('settings') : undefined;
  return (
    <>
      {running && <span>{progress ? t('backup.status.running', { percent: Math.floor((100 * progress.done) / Math.max(progress.total, 1)) }) : t('backup.status.starting')}</span>}
      {!running && failed && (
        <button type="button" className="status__warn" onClick={toSettings} disabled={!toSettings}>
          {t('backup.status.failed')}
        </button>
      )}
      {markerProblem && <span className="status__warn">{t('backup.status.markerNotKept')}</span>}
    </>
  );
}
