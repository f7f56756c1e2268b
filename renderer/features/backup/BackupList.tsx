import { totalRows } from '../../../shared/domain/backup/body';
import { formatInZone } from '../../../shared/domain/clock';
import type { BackupFile } from '../../../shared/schema/backup';
import type { CounterIdentity } from '../../db/staff';
import { useT } from '../../i18n';

export interface RestorableBackup extends BackupFile {
  readonly manifest: NonNullable<BackupFile['manifest']>;
}

/** The backups in the folder, newest first; only this counter's readable ones can be restored here. */
export function BackupList({ files, identity, onRestore }: { readonly files: readonly BackupFile[]; readonly identity?: CounterIdentity | undefined; readonly onRestore: (file: RestorableBackup) => void }) {
  const { t } = useT();
  if (files.length === 0) return <p className="muted">{t('backup.list.none')}</p>;
  return (
    <table aria-label={t('backup.list.title')}>
      <thead>
        <tr>
          <th>{t('backup.list.madeAt')}</th>
          <th>{t('backup.list.counter')}</th>
          <th>{t('backup.list.rows')}</th>
          <th>{t('backup.list.size')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {files.map((file) => {
          const { manifest } = file;
          const at = manifest && formatInZone(manifest.madeAt, 'yyyy-MM-dd HH:mm:ss', manifest.timeZone);
          const ours = manifest && (!identity || (identity.store === manifest.store && identity.counter === manifest.counter));
          return (
            <tr key={file.name} title={file.name}>
              <td>{at ?? file.name}</td>
              <td>{manifest ? `${manifest.store}/${manifest.counter}` : '—'}</td>
              <td>{manifest ? totalRows(manifest.counts) : '—'}</td>
              <td>{(file.size / 1_048_576).toFixed(1)} MB</td>
              <td>
                {!manifest ? (
                  <span className="muted">{t('backup.list.unreadable')}</span>
                ) : !ours ? (
                  <span className="muted">{t('backup.list.otherCounter')}</span>
                ) : (
                  <button type="button" aria-label={t('backup.list.restoreOf', { at: at ?? '' })} onClick={() => onRestore({ ...file, manifest })}>
                    {t('backup.list.restore')}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
