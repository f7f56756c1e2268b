import { Fragment } from 'react';
import { totalRows } from '../../../shared/domain/backup/body';
import type { BackupManifest } from '../../../shared/schema/backup';
import { useT, type MessageKey } from '../../i18n';

/** The tables a supervisor recognises; the rest are counted in the total. */
const SHOWN: readonly { readonly table: string; readonly label: MessageKey }[] = [
  { table: 'entries', label: 'backup.table.entries' },
  { table: 'staff', label: 'backup.table.staff' },
  { table: 'storageItems', label: 'backup.table.storageItems' },
  { table: 'lostItems', label: 'backup.table.lostItems' },
  { table: 'returns', label: 'backup.table.returns' },
  { table: 'handouts', label: 'backup.table.handouts' },
  { table: 'complaints', label: 'backup.table.complaints' },
  { table: 'serviceCalls', label: 'backup.table.serviceCalls' },
  { table: 'dayCloses', label: 'backup.table.dayCloses' },
  { table: 'audit', label: 'backup.table.audit' },
];

/** What a backup holds, from its manifest: the main areas' rows and all rows. */
export function BackupCounts({ manifest }: { readonly manifest: BackupManifest }) {
  const { t } = useT();
  return (
    <dl className="facts" aria-label={t('backup.restore.counts')}>
      {SHOWN.map(({ table, label }) => (
        <Fragment key={table}>
          <dt>{t(label)}</dt>
          <dd>{manifest.counts[table] ?? 0}</dd>
        </Fragment>
      ))}
      <dt>{t('backup.table.total')}</dt>
      <dd>{totalRows(manifest.counts)}</dd>
    </dl>
  );
}
