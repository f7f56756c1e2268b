import { useState, type FormEvent } from 'react';
import { formatInZone } from '../../../shared/domain/clock';
import { reloadDesk } from '../../app/reloadDesk';
import { useServices } from '../../app/services';
import { Dialog } from '../../components/Dialog';
import { Field, FormError } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import type { BackupProgress } from '../../db/backup/export';
import { restoreBackup } from '../../db/backup/restore';
import type { DeskContext } from '../../db/context';
import { useT } from '../../i18n';
import { BackupCounts } from './BackupCounts';
import type { RestorableBackup } from './BackupList';

/**
 * 恢复备份: what the backup holds and what a restore does, then a
 * supervisor's number and PIN (checked against the backup's staff). The
 * restored copy becomes the database the desk opens; the page reloads.
 */
export function RestoreDialog({ file, current, onClose }: { readonly file: RestorableBackup; readonly current?: DeskContext | undefined; readonly onClose: () => void }) {
  const { t } = useT();
  const { desk, clock } = useServices();
  const [staffNo, setStaffNo] = useState('');
  const [pin, setPin] = useState('');
  const [progress, setProgress] = useState<BackupProgress>();
  const [restored, setRestored] = useState(false);
  const { manifest } = file;
  const { submit, pending, errors } = useSubmit(async () => {
    await restoreBackup(desk, clock, { name: file.name, approval: { staffNo, pin }, current }, setProgress);
    setRestored(true);
    reloadDesk();
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit();
  };
  const close = pending || restored ? () => undefined : onClose;
  return (
    <Dialog title={t('backup.restore.title')} onClose={close} wide>
      <form onSubmit={onSubmit} className="form">
        <p>{t('backup.restore.text', { at: formatInZone(manifest.madeAt, 'yyyy-MM-dd HH:mm:ss', manifest.timeZone), store: manifest.store, counter: manifest.counter })}</p>
        <h3>{t('backup.restore.counts')}</h3>
        <BackupCounts manifest={manifest} />
        <div className="row">
          <Field label={t('backup.restore.approver')} value={staffNo} onChange={(e) => setStaffNo(e.target.value)} autoComplete="off" name="approverNo" />
          <Field
            label={t('backup.restore.pin')}
            type="password"
            inputMode="numeric"
            value={pin}
            onChange={(e) => setPin(e.target.value)}
            autoComplete="off"
            name="approverPin"
            error={errors.fields.approverPin}
          />
        </div>
        {pending && progress && (
          <p role="status" className="notice">
            {t('backup.restore.progress', { done: progress.done, total: progress.total })}
          </p>
        )}
        {restored && (
          <p role="status" className="notice notice--ok">
            {t('backup.restore.done')}
          </p>
        )}
        <FormError code={errors.form?.code} params={errors.form?.params} />
        <div className="actions">
          <button type="button" onClick={close} disabled={pending || restored}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending || restored}>
            {t('backup.restore.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
