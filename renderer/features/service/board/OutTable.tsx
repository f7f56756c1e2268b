import type { TechnicianProfile } from '../../../../shared/domain/service/suggestion';
import type { ServiceCallRow } from '../../../db/database';
import { AppointmentButton } from './AppointmentButton';
import { useT } from '../../../i18n';
import { ShowMoreButton, useShownRows } from '../../../components/ShownRows';
import { serviceTimeText, targetText, visitText } from '../words';

interface OutTableProps {
  readonly rows: readonly { readonly call: ServiceCallRow; readonly deadline: number }[];
  readonly team: readonly TechnicianProfile[];
  readonly now: number;
  readonly timeZone: string;
  readonly onAppointment: (call: ServiceCallRow) => void;
}

/** The jobs out: who has each, whether they accepted it, the agreed visit and the arrival target. */
export function OutTable({ rows, team, now, timeZone, onAppointment }: OutTableProps) {
  const { t } = useT();
  const { shown, hidden, more } = useShownRows(rows);
  const nameOf = (staffNo: string) => team.find((m) => m.staffNo === staffNo)?.name ?? staffNo;
  return (
    <>
      <table className="svc-table" aria-label={t('service.board.outTable')}>
        <thead>
          <tr>
            <th>{t('service.col.number')}</th>
            <th>{t('service.col.customer')}</th>
            <th>{t('service.col.technician')}</th>
            <th>{t('service.col.accepted')}</th>
            <th>{t('service.col.visit')}</th>
            <th>{t('service.col.target')}</th>
            <th>{t('service.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(({ call, deadline }) => (
            <tr key={call.id} data-call={call.number}>
              <td>
                <span className="svc-number">{call.number}</span>
              </td>
              <td>
                {call.customer.name} · {call.customer.phone}
                <div className="muted">
                  {t(`service.area.${call.customer.area}`)} · {call.customer.address}
                </div>
              </td>
              <td>{call.dispatch ? nameOf(call.dispatch.technician) : ''}</td>
              <td>{call.accepted ? `${t('service.board.accepted')} ${serviceTimeText(call.accepted.at, timeZone)}` : t('service.board.notAccepted')}</td>
              <td>{visitText(call.appointment?.visitAt, timeZone, t)}</td>
              <td className={deadline < now ? 'svc-overdue' : undefined}>{targetText(deadline, now, timeZone, t)}</td>
              <td>
                <AppointmentButton call={call} onAppointment={onAppointment} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMoreButton hidden={hidden} onMore={more} />
    </>
  );
}
