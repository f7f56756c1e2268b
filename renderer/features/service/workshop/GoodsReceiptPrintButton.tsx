import { useLiveQuery } from 'dexie-react-hooks';
import type { ServiceCall } from '../../../../shared/domain/service/types';
import { useServices } from '../../../app/services';
import { useT } from '../../../i18n';
import { PrintButtons } from '../../printing/PrintButtons';

/**
 * Print the goods receipt (客户商品领取收据) of a call whose goods came in,
 * or reprint it (补打): the print is counted on the call first. Read live,
 * so the label follows the count; a voided receipt is not printed again.
 */
export function GoodsReceiptPrintButton({ call }: { readonly call: ServiceCall }) {
  const { t } = useT();
  const { db } = useServices();
  const current = useLiveQuery(() => db.serviceCalls.get(call.id), [db, call.id]) ?? call;
  const workshop = current.workshop;
  if (!workshop) return null;
  if (workshop.returned) return <p className="muted">{t('workshop.receipt.voided')}</p>;
  return (
    <PrintButtons
      request={{
        kind: 'goodsReceipt',
        input: { call: current, receipt: workshop.receipt },
        record: { type: 'serviceCall', id: current.id, printCount: workshop.receiptPrintCount },
      }}
      label={workshop.receiptPrintCount > 0 ? undefined : t('workshop.receipt.print')}
    />
  );
}
