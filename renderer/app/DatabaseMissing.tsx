import { useEffect, useState } from 'react';
import { formatInZone } from '../../shared/domain/clock';
import type { AppInfo } from '../../shared/ipc';
import type { BackupFile, BackupStatus } from '../../shared/schema/backup';
import type { MarkerState } from '../../shared/schema/marker';
import type { SyncStatus } from '../../shared/schema/sync';
import { Field, FormError } from '../components/Field';
import { useForm } from '../components/useForm';
import { useSubmit } from '../components/useSubmit';
import { readMarker } from '../db/backup/marker';
import type { CounterIdentity } from '../db/staff';
import { joinSyncedStore, receiveSyncedStore, type JoinedStore } from '../db/sync/join';
import { readSyncStatus } from '../db/sync/settings';
import { BackupList, type RestorableBackup } from '../features/backup/BackupList';
import { RestoreDialog } from '../features/backup/RestoreDialog';
import { useT } from '../i18n';
import { readBackupStatus } from './backup/runBackup';
import { useServices } from './services';
import { useSession } from './session';

interface WhatMainKnows {
  readonly marker: MarkerState;
  readonly backups?: BackupStatus | undefined;
  readonly files: readonly BackupFile[];
  readonly sync?: SyncStatus | undefined;
  readonly info?: AppInfo | undefined;
}

/**
 * An empty database on a PC that was set up (its marker says so): never the
 * first run, which would let anyone make a new store and hand out numbers
 * already printed. A supervisor restores a backup, or the store's records
 * come back from the sync server.
 */
export function DatabaseMissing() {
  const { t } = useT();
  const { desk } = useServices();
  const [known, setKnown] = useState<WhatMainKnows>();
  const [restoring, setRestoring] = useState<RestorableBackup>();
  useEffect(() => {
    void (async () => {
      const marker = await readMarker(desk);
      const backups = await readBackupStatus(desk).catch(() => undefined);
      const files = backups?.available ? await desk['backup:list'](undefined).then((r) => (r.ok ? r.value : [])) : [];
      const sync = await readSyncStatus(desk).catch(() => undefined);
      const info = await desk['app:info'](undefined).then((r) => (r.ok ? r.value : undefined));
      setKnown({ marker, backups, files, sync, info });
    })();
  }, [desk]);
  if (!known) return <p className="centered muted">{t('app.loading')}</p>;
  const { marker } = known;
  const identity: CounterIdentity | undefined = marker.state === 'setUp' ? { store: marker.marker.store, counter: marker.marker.counter } : undefined;
  return (
    <main className="centered">
      <div className="card form">
        <h1>{t('missing.title')}</h1>
        <p className="notice notice--warn" role="alert">
          {marker.state === 'setUp'
            ? t('missing.text', { store: marker.marker.store, counter: marker.marker.counter, since: formatInZone(marker.marker.setUpAt, 'yyyy-MM-dd') })
            : t('missing.textUnknown')}
        </p>
        <section aria-labelledby="missing-backup">
          <h2 id="missing-backup">{t('missing.fromBackup')}</h2>
          {known.backups?.available ? <BackupList files={known.files} identity={identity} onRestore={setRestoring} /> : <p className="muted">{t('backup.desktopOnly')}</p>}
        </section>
        <section aria-labelledby="missing-sync">
          <h2 id="missing-sync">{t('missing.fromSync')}</h2>
          <ReceiveFromServer identity={identity} configured={known.sync?.configured === true} />
        </section>
        {known.info && <p className="muted">{t('missing.startOver', { file: `${known.info.dataDir}/counter-marker.json` })}</p>}
      </div>
      {restoring && <RestoreDialog file={restoring} onClose={() => setRestoring(undefined)} />}
    </main>
  );
}

/** The store's records from the sync server: with the credentials main still holds, or with this counter's enrolment code. */
function ReceiveFromServer({ identity, configured }: { readonly identity: CounterIdentity | undefined; readonly configured: boolean }) {
  const { t } = useT();
  const { db, clock, desk } = useServices();
  const setUp = useSession((s) => s.setUp);
  const [received, setReceived] = useState<number>();
  const receive = async (get: () => Promise<JoinedStore>) => {
    setReceived(0);
    try {
      const joined = await get();
      setUp(joined.identity, joined.profile);
    } finally {
      setReceived(undefined);
    }
  };
  const again = useSubmit((who: CounterIdentity) => receive(() => receiveSyncedStore(db, clock, desk, who, setReceived)));
  const { bind, onSubmit, pending, errors } = useForm({ storeCode: identity?.store ?? '', counterCode: identity?.counter ?? '', code: '' }, (form) =>
    receive(() => joinSyncedStore(db, clock, desk, form, setReceived)),
  );
  const progress = received !== undefined && (
    <p role="status" className="notice">
      {t('missing.receiving', { count: received })}
    </p>
  );
  if (configured && identity) {
    return (
      <>
        <p>{t('missing.syncConfigured')}</p>
        {progress}
        <FormError code={again.errors.form?.code ?? again.errors.fields.code} params={again.errors.form?.params ?? again.errors.params} />
        <div className="actions">
          <button type="button" className="primary" disabled={again.pending} onClick={() => void again.submit(identity)}>
            {t('missing.receive')}
          </button>
        </div>
      </>
    );
  }
  return (
    <form onSubmit={onSubmit} aria-label={t('missing.fromSync')}>
      <p>{t('missing.syncCode')}</p>
      {!identity && (
        <div className="row">
          <Field label={t('firstRun.storeCode')} {...bind('storeCode')} />
          <Field label={t('firstRun.counterCode')} {...bind('counterCode')} />
        </div>
      )}
      <Field label={t('sync.code')} {...bind('code')} spellCheck={false} autoComplete="off" />
      {progress}
      <FormError code={errors.form?.code} params={errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {t('missing.receive')}
        </button>
      </div>
    </form>
  );
}
