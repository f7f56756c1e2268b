import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { windowState } from '../../../shared/domain/acting/rules';
import type { ActingWindow } from '../../../shared/domain/acting/types';
import { formatInZone } from '../../../shared/domain/clock';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/Field';
import { useNow } from '../../components/useNow';
import { useStaffNames } from '../../components/useStaffNames';
import { useSubmit } from '../../components/useSubmit';
import { listActingWindows } from '../../db/acting/queries';
import { endActingWindow } from '../../db/acting/windows';
import { useT } from '../../i18n';

/** Every acting window named, open and over (nothing is deleted); one not over yet may be ended early after a confirmation. */
export function ActingWindowTable() {
  const { t } = useT();
  const { db, clock } = useServices();
  const ctx = useDeskContext();
  const { timeZone } = ctx.session;
  const now = useNow(clock, 15_000);
  const who = useStaffNames();
  const windows = useLiveQuery(() => listActingWindows(db), [db]);
  const [ending, setEnding] = useState<ActingWindow>();
  const [notice, setNotice] = useState<string>();
  const end = useSubmit(async (w: ActingWindow) => {
    setNotice(undefined);
    await endActingWindow(ctx, w.id, {});
    setNotice(t('acting.end.done', { assistant: who(w.assistant) }));
  });
  const when = (at: number) => formatInZone(at, 'yyyy-MM-dd HH:mm', timeZone);
  return (
    <section className="panel" aria-labelledby="acting-list-title">
      <h2 id="acting-list-title">{t('acting.list.title')}</h2>
      {notice && (
        <p className="notice notice--ok" role="status">
          {notice}
        </p>
      )}
      <FormError code={end.errors.form?.code} params={end.errors.form?.params} />
      {windows && windows.length === 0 && <p className="muted">{t('acting.list.empty')}</p>}
      {windows && windows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{t('acting.col.assistant')}</th>
              <th>{t('acting.col.actingFor')}</th>
              <th>{t('acting.col.from')}</th>
              <th>{t('acting.col.until')}</th>
              <th>{t('acting.col.state')}</th>
              <th>{t('acting.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {windows.map((w) => {
              const state = windowState(w, now);
              return (
                <tr key={w.id} data-window={w.id} className={state === 'open' || state === 'scheduled' ? undefined : 'muted'}>
                  <td>{who(w.assistant)}</td>
                  <td>{who(w.actingFor)}</td>
                  <td>{when(w.from)}</td>
                  <td>{when(w.until)}</td>
                  <td>{state === 'endedEarly' && w.ended ? t('acting.state.endedEarlyAt', { at: when(w.ended.at) }) : t(`acting.state.${state}`)}</td>
                  <td>
                    {(state === 'open' || state === 'scheduled') && (
                      <button type="button" className="danger" disabled={end.pending} onClick={() => setEnding(w)} aria-label={t('acting.end.for', { assistant: who(w.assistant) })}>
                        {t('acting.end.button')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {ending && (
        <ConfirmDialog title={t('acting.end.title')} confirmLabel={t('acting.end.button')} onConfirm={() => void end.submit(ending)} onClose={() => setEnding(undefined)}>
          <p>{t('acting.end.body', { assistant: who(ending.assistant), until: when(ending.until) })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
