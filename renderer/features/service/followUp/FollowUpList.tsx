import { FOLLOW_UP_LIST_DAYS, type FollowUpDue } from '../../../db/service/aftercareQueries';
import { useDeskContext } from '../../../app/useDeskContext';
import { useT } from '../../../i18n';
import { serviceTimeText } from '../words';

/** The calls to phone, oldest job first: 待回访 (24–72 h), 已超时 (past 72 h), 未到时间 (under 24 h). */
export function FollowUpList({ due, onPick }: { readonly due: readonly FollowUpDue[] | undefined; readonly onPick: (callId: string) => void }) {
  const { t } = useT();
  const { timeZone } = useDeskContext().session;
  if (!due) return <p className="muted">{t('app.loading')}</p>;
  if (due.length === 0) return <p className="muted">{t('service.followUp.empty')}</p>;
  return (
    <table className="svc-table">
      <caption>{t('service.followUp.list', { days: FOLLOW_UP_LIST_DAYS })}</caption>
      <thead>
        <tr>
          <th>{t('service.col.number')}</th>
          <th>{t('service.field.customerName')}</th>
          <th>{t('service.followUp.col.doneAt')}</th>
          <th>{t('service.followUp.col.state')}</th>
          <th>{t('service.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {due.map(({ call, doneAt, state }) => (
          <tr key={call.id}>
            <td className="svc-number">{call.number}</td>
            <td>
              {call.customer.name} · {call.customer.phone}
            </td>
            <td>{serviceTimeText(doneAt, timeZone)}</td>
            <td className={state === 'late' ? 'svc-overdue' : state === 'notYet' ? 'muted' : undefined}>{t(`service.followUp.state.${state}`)}</td>
            <td>
              <button type="button" onClick={() => onPick(call.id)} aria-label={t('service.followUp.openFor', { number: call.number })}>
                {t('service.followUp.open')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
