import type { ServiceCall } from '../../../../shared/domain/service/types';
import { useDeskContext } from '../../../app/useDeskContext';
import { Dialog } from '../../../components/Dialog';
import { Field, FormError } from '../../../components/Field';
import { fromLocalInput, toLocalInput } from '../../../components/storeTime';
import { useForm } from '../../../components/useForm';
import { setAppointment } from '../../../db/service/calls';
import { useT } from '../../../i18n';
import { serviceTimeText } from '../words';

interface AppointmentDialogProps {
  readonly call: Pick<ServiceCall, 'id' | 'number' | 'appointment'>;
  readonly onClose: () => void;
  readonly onSaved: (text: string) => void;
}

/** The visit agreed with the customer by phone; moving an agreed one asks why (what the customer was told). */
export function AppointmentDialog({ call, onClose, onSaved }: AppointmentDialogProps) {
  const { t } = useT();
  const ctx = useDeskContext();
  const { timeZone } = ctx.session;
  const moving = call.appointment !== undefined;
  const form = useForm({ visitAt: call.appointment ? toLocalInput(call.appointment.visitAt, timeZone) : '', reason: '' }, async (f) => {
    const saved = await setAppointment(ctx, call.id, { visitAt: fromLocalInput(f.visitAt, timeZone), reason: f.reason });
    onSaved(t('service.appointment.saved', { number: saved.number, at: saved.appointment ? serviceTimeText(saved.appointment.visitAt, timeZone) : '' }));
    onClose();
  });
  return (
    <Dialog title={t(moving ? 'service.appointment.titleMove' : 'service.appointment.titleSet', { number: call.number })} onClose={onClose}>
      <form className="form" onSubmit={form.onSubmit} noValidate>
        {call.appointment && <p className="muted">{t('service.appointment.current', { at: serviceTimeText(call.appointment.visitAt, timeZone) })}</p>}
        <Field label={t('service.field.newVisitAt')} type="datetime-local" {...form.bind('visitAt')} />
        {moving && <Field label={t('service.field.reason')} autoComplete="off" {...form.bind('reason')} />}
        <FormError code={form.errors.form?.code} params={form.errors.form?.params} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={form.pending}>
            {t('action.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
