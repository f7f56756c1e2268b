import { useCallback, useEffect, useState } from 'react';
import { formatInZone } from '../../../shared/domain/clock';
import { backupSettingsInput, type BackupFile, type BackupRun, type BackupStatus } from '../../../shared/schema/backup';
import { useBackupState } from '../../app/backup/backupState';
import { readBackupStatus, runBackup } from '../../app/backup/runBackup';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError } from '../../components/Field';
import { useForm } from '../../components/useForm';
import { deskValue } from '../../bridge/deskValue';
import { useT } from '../../i18n';
import { BackupList, type RestorableBackup } from './BackupList';
import { RestoreDialog } from './RestoreDialog';

/**
 * 备份与恢复 (supervisor): the folder and how often, the last backup and
 * whether it worked, a backup now, and the backups in the folder to restore.
 */
export function BackupPanel() {
  const { t, tc } = useT();
  const ctx = useDeskContext();
  const { desk } = useServices();
  const { db, clock } = ctx;
  const running = useBackupState((s) => s.running);
  const progress = useBackupState((s) => s.progress);
  const outcome = useBackupState((s) => s.outcome);
  const [status, setStatus] = useState<BackupStatus>();
  const [files, setFiles] = useState<BackupFile[]>([]);
  const [restoring, setRestoring] = useState<RestorableBackup>();
  const refresh = useCallback(
    () =>
      void readBackupStatus(desk)
        .then(async (next) => {
          setStatus(next);
          if (next.available) setFiles(deskValue(await desk['backup:list'](undefined)));
        })
        .catch(() => undefined),
    [desk],
  );
  // Again after each backup run: the last result and the list change.
  useEffect(() => refresh(), [refresh, outcome]);
  const when = (at: number) => formatInZone(at, 'yyyy-MM-dd HH:mm', ctx.session.timeZone);

  if (!status) return null;
  // The last run: the main process's (kept across restarts) or one that failed here before reaching it.
  const last: BackupRun | undefined = outcome && (!status.last || outcome.at > status.last.at) ? outcome : status.last;
  return (
    <section className="panel form" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      {!status.available ? (
        <p className="muted">{t('backup.desktopOnly')}</p>
      ) : (
        <>
          <dl className="facts">
            <dt>{t('backup.inEffect')}</dt>
            <dd>{status.folder}</dd>
            <dt>{t('backup.lastGood')}</dt>
            <dd>{status.lastGood ? t('backup.ok', { at: when(status.lastGood.at), name: status.lastGood.name ?? '' }) : t('backup.never')}</dd>
          </dl>
          {last && !last.ok && (
            <p className="notice notice--warn" role="alert">
              {t('backup.failedAt', { at: when(last.at) })} {tc(last.error ?? 'error.backupFailed', { detail: last.detail ?? '' })}
            </p>
          )}
          <BackupSettingsForm status={status} onSaved={setStatus} />
          <div className="actions">
            <button type="button" disabled={running} onClick={() => void runBackup(db, desk, clock)}>
              {t('backup.now')}
            </button>
            {running && (
              <span role="status">
                {progress ? t('backup.status.running', { percent: Math.floor((100 * progress.done) / Math.max(progress.total, 1)) }) : t('backup.status.starting')}
              </span>
            )}
          </div>
          <h3>{t('backup.list.title')}</h3>
          <BackupList files={files} identity={ctx.session} onRestore={setRestoring} />
          {restoring && <RestoreDialog file={restoring} current={ctx} onClose={() => setRestoring(undefined)} />}
        </>
      )}
    </section>
  );
}

function BackupSettingsForm({ status, onSaved }: { readonly status: BackupStatus; readonly onSaved: (status: BackupStatus) => void }) {
  const { t } = useT();
  const { desk } = useServices();
  const [saved, setSaved] = useState(false);
  const { bind, onSubmit, pending, errors } = useForm({ folder: status.chosenFolder, everyHours: String(status.everyHours) }, async (form) => {
    setSaved(false);
    const settings = backupSettingsInput.parse(form);
    onSaved(deskValue(await desk['backup:setSettings'](settings), 'folder'));
    setSaved(true);
  });
  return (
    <form onSubmit={onSubmit} aria-label={t('backup.title')} noValidate>
      {saved && (
        <p className="notice notice--ok" role="status">
          {t('backup.saved')}
        </p>
      )}
      <div className="row">
        <Field label={t('backup.folder')} hint={t('backup.folderHint', { folder: status.defaultFolder })} spellCheck={false} {...bind('folder')} />
        <Field label={t('backup.everyHours')} hint={t('backup.everyHoursHint')} inputMode="numeric" {...bind('everyHours')} />
      </div>
      <FormError code={errors.form?.code} params={errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {t('action.save')}
        </button>
      </div>
    </form>
  );
}
