import { useLiveQuery } from 'dexie-react-hooks';
import type { ServiceCall } from '../../../../shared/domain/service/types';
import { useServices } from '../../../app/services';
import { useSession } from '../../../app/session';
import { mayPrintVoucher } from '../../../db/service/voucher';
import { useT } from '../../../i18n';
import { PrintButtons } from '../../printing/PrintButtons';

/**
 * Preview and print the service voucher (服务凭证) of a call, or reprint it
 * (补打), through the one print path: the print is recorded on the call
 * (markVoucherPrinted) before the printout is made. The call is read live,
 * so the button and the printout follow its latest print count and dispatch
 * even when the screen hands over an older copy. A technician sees it only
 * on calls sent to them.
 */
export function VoucherPrintButton({ call }: { readonly call: ServiceCall }) {
  const { t } = useT();
  const { db } = useServices();
  const staff = useSession((s) => s.staff);
  const current = useLiveQuery(() => db.serviceCalls.get(call.id), [db, call.id]) ?? call;
  if (!staff || !mayPrintVoucher(staff.role, staff.staffNo, current)) {
    return <p className="muted">{t('service.voucher.notYourJob')}</p>;
  }
  return (
    <PrintButtons
      request={{
        kind: 'serviceVoucher',
        input: { call: current },
        record: { type: 'serviceCall', id: current.id, printCount: current.printCount },
      }}
      label={current.printCount > 0 ? undefined : t('service.voucher.print')}
    />
  );
}
