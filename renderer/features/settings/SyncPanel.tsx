import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useId, useState } from 'react';
import { formatInZone } from '../../../shared/domain/clock';
import { MAX_CLOCK_SKEW_MS, type SyncStatus } from '../../../shared/schema/sync';
import { useServices } from '../../app/services';
import { useSession } from '../../app/session';
import { useSyncState } from '../../app/sync/syncState';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { readPullCounts } from '../../db/sync/pull';
import { readSyncLog } from '../../db/sync/runner';
import { checkCopies, enrolWithCode, forgetSyncServer, readSyncStatus, refusedEntries, setSyncPaused, testSyncConnection, type CopiesCheck } from '../../db/sync/settings';
import { useT } from '../../i18n';

/**
 * 同步 (supervisor): enrol this counter with the code from the server's
 * administrator, test the connection, pause, the sync log, entries the
 * server refused, and whether this copy and the server's agree.
 */
export function SyncPanel() {
  const { t, tc } = useT();
  const { db, desk } = useServices();
  const identity = useSession((s) => s.identity);
  const timeZone = useSession((s) => s.profile?.timeZone);
  const kick = useSyncState((s) => s.kick);
  const run = useSyncState((s) => s.run);
  const [status, setStatus] = useState<SyncStatus>();
  const [forgetting, setForgetting] = useState(false);
  const [copies, setCopies] = useState<CopiesCheck>();
  const log = useLiveQuery(() => readSyncLog(db), [db]) ?? [];
  const refused = useLiveQuery(() => refusedEntries(db), [db]) ?? [];
  const pulled = useLiveQuery(() => readPullCounts(db), [db]);
  const refresh = useCallback(() => void readSyncStatus(desk).then(setStatus, () => undefined), [desk]);
  useEffect(() => {
    refresh();
    const timer = window.setInterval(refresh, 15_000);
    return () => window.clearInterval(timer);
  }, [refresh]);
  const act = useSubmit(async (action: () => Promise<SyncStatus>) => {
    setStatus(await action());
    kick();
  });
  const check = useSubmit(async () => {
    if (identity) setCopies(await checkCopies(db, desk, identity.store));
  });
  const when = (at: number) => formatInZone(at, 'yyyy-MM-dd HH:mm:ss', timeZone);
  const skewMinutes = status?.clockSkewMs !== undefined && Math.abs(status.clockSkewMs) > MAX_CLOCK_SKEW_MS ? Math.round(status.clockSkewMs / 60_000) : undefined;

  return (
    <section className="panel form" aria-labelledby="sync-title">
      <h2 id="sync-title">{t('sync.title')}</h2>
      {!status?.configured ? (
        <EnrolForm onEnrolled={(s) => { setStatus(s); kick(); }} identity={identity} />
      ) : (
        <>
          <dl className="facts">
            <dt>{t('sync.server')}</dt>
            <dd>
              {status.server?.host}:{status.server?.port} · {status.server?.database} · {status.server?.role}
            </dd>
            <dt>{t('sync.state')}</dt>
            <dd>{status.paused ? t('sync.paused') : t(`sync.phase.${run.phase}`)}</dd>
            <dt>{t('sync.lastSync')}</dt>
            <dd>{run.lastSyncAt ? when(run.lastSyncAt) : '—'}</dd>
          </dl>
          {run.lastError && (
            <p className="notice notice--warn" role="status">
              {t('sync.lastError', { at: when(run.lastError.at) })} {tc(run.lastError.key, { detail: run.lastError.detail ?? '' })}
            </p>
          )}
          {skewMinutes !== undefined && (
            <p className="notice notice--warn" role="alert">
              {t('sync.clockSkew', { minutes: skewMinutes })}
            </p>
          )}
          <FormError code={act.errors.form?.code} params={act.errors.form?.params} />
          <div className="actions">
            <button type="button" disabled={act.pending} onClick={() => void act.submit(() => testSyncConnection(desk))}>
              {t('sync.test')}
            </button>
            <button type="button" disabled={act.pending || status.paused} onClick={kick}>
              {t('sync.now')}
            </button>
            <button type="button" disabled={act.pending} onClick={() => void act.submit(() => setSyncPaused(desk, !status.paused))}>
              {status.paused ? t('sync.resume') : t('sync.pause')}
            </button>
            <button type="button" disabled={act.pending} onClick={() => setForgetting(true)}>
              {t('sync.forget')}
            </button>
            <button type="button" disabled={check.pending || status.paused} onClick={() => void check.submit()}>
              {t('sync.checkCopies')}
            </button>
          </div>
          <FormError code={check.errors.form?.code} params={check.errors.form?.params} />
          {copies && <CopiesTable copies={copies} />}
        </>
      )}
      {pulled && pulled.waiting > 0 && (
        <p className="notice notice--warn" role="status">
          {t('sync.waitingForUpdate', { count: pulled.waiting })}
        </p>
      )}
      {pulled && pulled.rejected > 0 && (
        <p className="notice notice--warn" role="status">
          {t('sync.unreadable', { count: pulled.rejected })}
        </p>
      )}
      {refused.length > 0 && (
        <>
          <h3>{t('sync.refused.title', { count: refused.length })}</h3>
          <ul>
            {refused.map(({ line, summary }) => (
              <li key={line.seq}>
                {summary} · {t(`sync.refused.${line.problem?.status ?? 'setAside'}`)}
                {line.problem?.reason ? ` (${line.problem.reason})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {log.length > 0 && (
        <table aria-label={t('sync.log.title')}>
          <thead>
            <tr>
              <th>{t('sync.log.at')}</th>
              <th>{t('sync.log.pushed')}</th>
              <th>{t('sync.log.pulled')}</th>
              <th>{t('sync.log.files')}</th>
              <th>{t('sync.log.problems')}</th>
            </tr>
          </thead>
          <tbody>
            {log.map((line) => (
              <tr key={`${line.at}-${line.pushed}-${line.pulled}`}>
                <td>{when(line.at)}</td>
                <td>{line.error ? line.error : line.pushed}</td>
                <td>{line.error ? '' : line.pulled}</td>
                <td>{line.error ? '' : (line.files ?? 0)}</td>
                <td>{line.error ? '' : line.problems}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {forgetting && (
        <ConfirmDialog
          title={t('sync.forget')}
          confirmLabel={t('sync.forgetConfirm')}
          onConfirm={() => void act.submit(() => forgetSyncServer(desk))}
          onClose={() => setForgetting(false)}
        >
          <p>{t('sync.forgetText')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function EnrolForm({ identity, onEnrolled }: { readonly identity: { readonly store: string; readonly counter: string } | undefined; readonly onEnrolled: (s: SyncStatus) => void }) {
  const { t, tc } = useT();
  const { desk } = useServices();
  const id = useId();
  const [code, setCode] = useState('');
  const enrol = useSubmit(async () => {
    if (!identity) return;
    onEnrolled(await enrolWithCode(desk, identity, code));
    setCode('');
  });
  const error = enrol.errors.fields.code;
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void enrol.submit();
      }}
    >
      <p className="muted">{t('sync.alone', { store: identity?.store ?? '', counter: identity?.counter ?? '' })}</p>
      <div className={`field${error ? ' field--error' : ''}`}>
        <label htmlFor={id}>{t('sync.code')}</label>
        <textarea id={id} rows={3} value={code} onChange={(e) => setCode(e.target.value)} aria-invalid={error ? true : undefined} spellCheck={false} autoComplete="off" />
        {error && (
          <small className="field__error" role="alert">
            {tc(error, enrol.errors.params)}
          </small>
        )}
      </div>
      <FormError code={enrol.errors.form?.code} params={enrol.errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={enrol.pending}>
          {enrol.pending ? t('sync.enrolling') : t('sync.enrol')}
        </button>
      </div>
    </form>
  );
}

function CopiesTable({ copies }: { readonly copies: CopiesCheck }) {
  const { t } = useT();
  const counters = [...new Set([...copies.mine.map((d) => d.counter), ...copies.server.map((d) => d.counter)])].sort();
  return (
    <>
      <p className={copies.differences.length === 0 ? 'notice notice--ok' : 'notice notice--danger'} role="status">
        {copies.differences.length === 0 ? t('sync.copies.agree') : t('sync.copies.differ', { counters: copies.differences.map((d) => d.counter).join('、') })}
      </p>
      <table aria-label={t('sync.copies.title')}>
        <thead>
          <tr>
            <th>{t('sync.copies.counter')}</th>
            <th>{t('sync.copies.mine')}</th>
            <th>{t('sync.copies.server')}</th>
            <th>{t('sync.copies.same')}</th>
          </tr>
        </thead>
        <tbody>
          {counters.map((counter) => {
            const mine = copies.mine.find((d) => d.counter === counter);
            const server = copies.server.find((d) => d.counter === counter);
            const same = !copies.differences.some((d) => d.counter === counter);
            return (
              <tr key={counter}>
                <td>{counter}</td>
                <td>{mine?.entries ?? 0}</td>
                <td>{server?.entries ?? 0}</td>
                <td>{same ? t('sync.copies.yes') : t('sync.copies.no')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
