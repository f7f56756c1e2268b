import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { dayCloseInput } from '../../../shared/schema/dayClose';
import { useSyncState } from '../../app/sync/syncState';
import { runBackup } from '../../app/backup/runBackup';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { ApprovalDialog } from '../../components/ApprovalDialog';
import { closeDay, previewDayClose } from '../../db/dayClose/close';
import { useT } from '../../i18n';
import { TextAreaField } from '../complaints/detail/forms/fields';
import { PrintButtons } from '../printing/PrintButtons';
import { CarriedList } from './CarriedList';
import { CounterDaysTable } from './CounterDaysTable';

/** A day not signed yet: its figures as they would be signed, what may not add up, the notes and the signature. */
export function OpenDay({ day, future, onSigned }: { readonly day: string; readonly future: boolean; readonly onSigned: (day: string) => void }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const { desk } = useServices();
  const { db, session } = ctx;
  const preview = useLiveQuery(async () => ({ day, ...(await previewDayClose(db, day, session.timeZone)) }), [db, day, session.timeZone]);
  const [notes, setNotes] = useState('');
  const [notesError, setNotesError] = useState<string | undefined>();
  const [signing, setSigning] = useState(false);
  const syncOn = useSyncState((s) => s.run.phase !== 'off');
  if (!preview || preview.day !== day) return <p className="muted">{t('app.loading')}</p>;
  const { close } = preview;
  const gaps = close.counters.filter((c) => c.missingSeqs.length > 0);
  const findings = [
    ...gaps.map((c) => t('dayClose.finding.gap', { counter: c.counter, seqs: c.missingSeqs.join(', ') })),
    ...(preview.conflicts > 0 ? [t('dayClose.finding.conflicts', { count: preview.conflicts })] : []),
    // With sync off nothing leaves this PC: entries waiting for a server are no finding then.
    ...(syncOn && preview.unsynced > 0 ? [t('dayClose.finding.unsynced', { count: preview.unsynced })] : []),
  ];
  const startSigning = () => {
    const parsed = dayCloseInput.safeParse({ day, notes });
    setNotesError(parsed.success ? undefined : parsed.error.issues[0]?.message);
    if (parsed.success) setSigning(true);
  };
  const total = close.counters.reduce((sum, c) => sum + c.entries, 0);
  return (
    <section className="panel" aria-labelledby="day-open-title">
      <h2 id="day-open-title">{t('dayClose.open.title', { day })}</h2>
      <CounterDaysTable close={close} />
      <h3>{t('dayClose.carried')}</h3>
      <CarriedList carried={close.carried} />
      <h3>{t('dayClose.findings')}</h3>
      {findings.length === 0 ? (
        <p className="muted">{t('dayClose.finding.none')}</p>
      ) : (
        <ul data-testid="day-close-findings">
          {findings.map((f) => (
            <li key={f} className="notice notice--warn">
              {f}
            </li>
          ))}
        </ul>
      )}
      <TextAreaField label={t('dayClose.notes')} name="notes" value={notes} onChange={(e) => setNotes(e.target.value)} error={notesError} />
      <div className="actions">
        <button type="button" className="primary" disabled={future} onClick={startSigning}>
          {t('dayClose.sign')}
        </button>
        <PrintButtons request={{ kind: 'dayClose', input: { close: { ...close, notes } } }} label={t('dayClose.printDraft')} />
      </div>
      {future && <p className="muted">{t('dayClose.futureDay')}</p>}
      {signing && (
        <ApprovalDialog
          action={t('dayClose.sign.action', { day, counters: close.counters.length, entries: total })}
          onApprove={async (approval) => {
            await closeDay(ctx, { day, notes }, approval);
            onSigned(day);
            // A signed day is backed up at once; the outcome shows in the status bar, the close stands either way.
            void runBackup(db, desk, ctx.clock);
          }}
          onClose={() => setSigning(false)}
        />
      )}
    </section>
  );
}
