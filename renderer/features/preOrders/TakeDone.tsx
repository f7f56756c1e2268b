import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { RecordNumberNotice } from '../../components/RecordNumberNotice';
import { useT } from '../../i18n';
import { PrintButtons } from '../printing/PrintButtons';
import type { usePrintAction } from '../printing/usePrintAction';
import { pickupSlipRequest } from './slipRequest';

interface TakeDoneProps {
  readonly orderId: string;
  readonly slip: ReturnType<typeof usePrintAction>;
  readonly onOpen: () => void;
  readonly onNext: () => void;
}

/** The order just taken: its number large, to tell the customer on the phone; the slip's print result, reprint, the next order. */
export function TakeDone({ orderId, slip, onOpen, onNext }: TakeDoneProps) {
  const { t } = useT();
  const { db } = useServices();
  // Live, so a reprint counts from the latest print count (补打 2, 3 …).
  const order = useLiveQuery(() => db.preOrders.get(orderId), [db, orderId]);
  if (!order) return null;
  const request = pickupSlipRequest(order);
  return (
    <section className="panel" aria-live="polite" aria-labelledby="po-done-title">
      <h2 id="po-done-title">{t('preOrders.take.title')}</h2>
      <RecordNumberNotice done={t('preOrders.take.done')} number={order.number} testId="pre-order-number" />
      <p className="muted">{t('preOrders.take.doneHint')}</p>
      <PrintButtons request={request} action={slip}>
        <button type="button" onClick={onOpen}>
          {t('preOrders.take.openOrder')}
        </button>
        <button type="button" className="primary" onClick={onNext} autoFocus>
          {t('preOrders.take.next')}
        </button>
      </PrintButtons>
    </section>
  );
}
