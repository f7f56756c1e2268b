import type { ServiceCallRow } from '../../../db/database';
import { useT } from '../../../i18n';

/** 约定上门 for a call with no agreed visit, 改约 for one that has: both open the appointment dialog. */
export function AppointmentButton({ call, onAppointment }: { readonly call: ServiceCallRow; readonly onAppointment: (call: ServiceCallRow) => void }) {
  const { t } = useT();
  return (
    <button type="button" onClick={() => onAppointment(call)} aria-label={t(call.appointment ? 'service.appointment.moveFor' : 'service.appointment.setFor', { number: call.number })}>
      {t(call.appointment ? 'service.appointment.move' : 'service.appointment.set')}
    </button>
  );
}
