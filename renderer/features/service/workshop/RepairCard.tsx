import type { RepairCardLine } from '../../../../shared/domain/service/types';
import { useDeskContext } from '../../../app/useDeskContext';
import { useStaffNames } from '../../../components/useStaffNames';
import { useT } from '../../../i18n';
import { serviceTimeText } from '../words';

/** The repair card so far: each line's time, technician, minutes, work and parts. */
export function RepairCard({ repairs }: { readonly repairs: readonly RepairCardLine[] }) {
  const { t } = useT();
  const { timeZone } = useDeskContext().session;
  const who = useStaffNames();
  if (repairs.length === 0) return <p className="muted">{t('workshop.card.empty')}</p>;
  return (
    <table className="svc-table" aria-label={t('workshop.card.title')}>
      <thead>
        <tr>
          <th>{t('workshop.card.col.at')}</th>
          <th>{t('workshop.card.col.technician')}</th>
          <th>{t('workshop.card.col.minutes')}</th>
          <th>{t('workshop.card.col.work')}</th>
          <th>{t('workshop.card.col.parts')}</th>
        </tr>
      </thead>
      <tbody>
        {repairs.map((r) => (
          <tr key={`${r.at}-${r.counter}`}>
            <td>{serviceTimeText(r.at, timeZone)}</td>
            <td>{who(r.technician)}</td>
            <td>{r.minutes}</td>
            <td>{r.workDone}</td>
            <td>{r.parts.map((p) => `${p.name} ×${p.quantity}`).join('、')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
