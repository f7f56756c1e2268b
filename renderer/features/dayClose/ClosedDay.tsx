import { useState } from 'react';
import type { CounterCheck } from '../../../shared/domain/dayClose/check';
import type { DayClose } from '../../../shared/domain/dayClose/types';
import { formatInZone } from '../../../shared/domain/clock';
import { useDeskContext } from '../../app/useDeskContext';
import { useStaffNames } from '../../components/useStaffNames';
import { useSubmit } from '../../components/useSubmit';
import { checkClosedDay } from '../../db/dayClose/close';
import { useT } from '../../i18n';
import { PrintButtons } from '../printing/PrintButtons';
import { CarriedList } from './CarriedList';
import { CounterDaysTable } from './CounterDaysTable';

/** A signed day: who signed and when, the figures as signed, and the check (复核) against the entries held now. */
export function ClosedDay({ close }: { readonly close: DayClose }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const name = useStaffNames();
  const [checks, setChecks] = useState<readonly CounterCheck[] | undefined>();
  const { submit: runCheck, pending } = useSubmit(async () => setChecks(await checkClosedDay(ctx.db, close, ctx.session.timeZone)));
  return (
    <section className="panel" aria-labelledby="day-closed-title">
      <h2 id="day-closed-title">{t('dayClose.closed.title', { day: close.day })}</h2>
      <p className="notice notice--ok" role="status" data-testid="day-close-signature">
        {t('dayClose.closed.by', { name: name(close.closedBy), at: formatInZone(close.closedAt, 'yyyy-MM-dd HH:mm', ctx.session.timeZone), counter: close.closedAtCounter })}
      </p>
      {close.conflicts.length > 0 && <p className="notice notice--danger">{t('dayClose.closed.again', { count: close.conflicts.length })}</p>}
      <CounterDaysTable close={close} />
      <h3>{t('dayClose.carried')}</h3>
      <CarriedList carried={close.carried} />
      <h3>{t('dayClose.notes')}</h3>
      <p>{close.notes || t('dayClose.noNotes')}</p>
      <div className="actions">
        <PrintButtons request={{ kind: 'dayClose', input: { close } }} label={t('dayClose.print')} />
        <button type="button" onClick={() => void runCheck()} disabled={pending}>
          {t('dayClose.check')}
        </button>
      </div>
      {checks && <CheckResult checks={checks} />}
    </section>
  );
}

function CheckResult({ checks }: { readonly checks: readonly CounterCheck[] }) {
  const { t } = useT();
  const allGood = checks.every((c) => c.hashMatches && c.chainMatches && c.late.length === 0);
  return (
    <>
      <p className={`notice ${allGood ? 'notice--ok' : 'notice--danger'}`} role="status">
        {allGood ? t('dayClose.check.ok') : t('dayClose.check.differs')}
      </p>
      <table aria-label={t('dayClose.check.title')} data-testid="day-close-check">
        <thead>
          <tr>
            <th>{t('dayClose.col.counter')}</th>
            <th className="num">{t('dayClose.check.signed')}</th>
            <th className="num">{t('dayClose.check.now')}</th>
            <th>{t('dayClose.check.hash')}</th>
            <th>{t('dayClose.check.chain')}</th>
            <th className="num">{t('dayClose.check.late')}</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((c) => (
            <tr key={c.counter} data-counter={c.counter}>
              <td>{c.counter}</td>
              <td className="num">{c.signedEntries}</td>
              <td className="num">{c.coveredNow}</td>
              <td>{c.hashMatches ? t('dayClose.check.same') : t('dayClose.check.changed')}</td>
              <td>{c.chainMatches ? t('dayClose.check.same') : t('dayClose.check.changed')}</td>
              <td className="num">{c.late.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
