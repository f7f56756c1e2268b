import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../../app/services';
import { useSession } from '../../../app/session';
import type { ServiceCallRow } from '../../../db/database';
import { useT } from '../../../i18n';
import { DEFAULT_TIME_ZONE } from '../../../../shared/domain/clock';
import { visitText } from '../words';

/** The call the voucher belongs to, to check it is the right one before recording. */
export function CallFacts({ call }: { readonly call: ServiceCallRow }) {
  const { t } = useT();
  const { db } = useServices();
  const timeZone = useSession((s) => s.profile?.timeZone) ?? DEFAULT_TIME_ZONE;
  const technician = useLiveQuery(async () => (call.dispatch ? (await db.staff.get(call.dispatch.technician))?.name : undefined), [db, call.dispatch]);
  return (
    <dl className="svc-job" data-testid="service-call-facts">
      <dt>{t('service.col.number')}</dt>
      <dd>
        <span className="svc-number">{call.number}</span> · {t(`service.status.${call.status}`)}
      </dd>
      <dt>{t('service.field.customerName')}</dt>
      <dd>
        {call.customer.name} · {call.customer.phone} · {call.customer.address}
      </dd>
      <dt>{t('service.field.productName')}</dt>
      <dd>
        {call.product.name} · {call.problem}
      </dd>
      <dt>{t('service.visit.technician')}</dt>
      <dd>{call.dispatch ? `${technician ?? ''} (${call.dispatch.technician})` : '—'}</dd>
      <dt>{t('service.col.visit')}</dt>
      <dd>{visitText(call.appointment?.visitAt, timeZone, t)}</dd>
    </dl>
  );
}
