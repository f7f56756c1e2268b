import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../../app/services';
import { useSession } from '../../../app/session';
import { RecordNumberNotice } from '../../../components/RecordNumberNotice';
import { useT } from '../../../i18n';
import { DEFAULT_TIME_ZONE } from '../../../../shared/domain/clock';
import { serviceTimeText } from '../words';

/** The call just registered: its number large, to tell the customer; the visit if agreed; then the next call. */
export function RegisterDone({ callId, onNext }: { readonly callId: string; readonly onNext: () => void }) {
  const { t } = useT();
  const { db } = useServices();
  const timeZone = useSession((s) => s.profile?.timeZone) ?? DEFAULT_TIME_ZONE;
  const call = useLiveQuery(() => db.serviceCalls.get(callId), [db, callId]);
  if (!call) return null;
  return (
    <section className="panel" aria-live="polite" aria-labelledby="service-done-title">
      <h1 id="service-done-title">{t('service.register.done.title')}</h1>
      <RecordNumberNotice done={t('service.register.done.number')} number={call.number} testId="service-number" />
      <p className="muted">{t('service.register.done.hint')}</p>
      <p data-testid="service-visit">
        {call.appointment ? t('service.register.done.visit', { at: serviceTimeText(call.appointment.visitAt, timeZone) }) : t('service.register.done.noVisit')}
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={onNext} autoFocus>
          {t('service.register.done.next')}
        </button>
      </div>
    </section>
  );
}
