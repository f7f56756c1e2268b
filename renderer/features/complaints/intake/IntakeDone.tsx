import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../../app/services';
import { RecordNumberNotice } from '../../../components/RecordNumberNotice';
import { useT } from '../../../i18n';
import { ComplaintSlipButtons } from '../ComplaintSlipButtons';

/** The complaint just recorded: its number large, to tell the customer; the slip on request; then the next customer. */
export function IntakeDone({ complaintId, onNext }: { readonly complaintId: string; readonly onNext: () => void }) {
  const { t } = useT();
  const { db } = useServices();
  const complaint = useLiveQuery(() => db.complaints.get(complaintId), [db, complaintId]);
  if (!complaint) return null;
  return (
    <section className="panel" aria-live="polite" aria-labelledby="complaint-done-title">
      <h2 id="complaint-done-title">{t('complaints.intake.done.title')}</h2>
      <RecordNumberNotice done={t('complaints.intake.done.number')} number={complaint.number} testId="complaint-number" />
      <p className="muted">{t('complaints.intake.done.hint')}</p>
      <ComplaintSlipButtons complaint={complaint}>
        <button type="button" className="primary" onClick={onNext} autoFocus>
          {t('complaints.intake.done.next')}
        </button>
      </ComplaintSlipButtons>
    </section>
  );
}
