import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { checkServiceStep } from '../../../../shared/domain/service/steps';
import { useServices } from '../../../app/services';
import { useSession } from '../../../app/session';
import { ScanInput } from '../../../components/ScanInput';
import { useSubmit } from '../../../components/useSubmit';
import { DeskError } from '../../../db/errors';
import { findServiceCall } from '../../../db/service/queries';
import { useT } from '../../../i18n';
import { CallFacts } from '../visit/CallFacts';
import { GoodsInForm } from './GoodsInForm';
import { GoodsReceiptPrintButton } from './GoodsReceiptPrintButton';

/**
 * 收货: the technician brings back goods taken for repair; scan or type the
 * call's number, write what came in, save: the goods receipt's number is
 * given and the receipt printed for the customer.
 */
export function GoodsIn() {
  const { t, tc } = useT();
  const { db } = useServices();
  const staffNo = useSession((s) => s.staff?.staffNo) ?? '';
  const [callId, setCallId] = useState<string>();
  const [received, setReceived] = useState(false);
  const call = useLiveQuery(async () => (callId ? ((await db.serviceCalls.get(callId)) ?? null) : null), [db, callId]);
  const find = useSubmit(async (typed: string) => {
    setCallId(undefined);
    setReceived(false);
    const found = await findServiceCall(db, typed);
    if (!found) throw new DeskError('error.serviceCallNotFound', 'scan');
    setCallId(found.id);
  });
  // The rule the write path applies: only a call taken back, and only once.
  const check = call && !received ? checkServiceStep(call, { type: 'goodsReceived', by: staffNo, data: { receiptNo: '', goods: '', accessories: '', condition: '' } }) : undefined;
  return (
    <>
      <ScanInput label={t('workshop.in.scan')} onScan={(text) => void find.submit(text)} error={find.errors.fields.scan ?? find.errors.form?.code} busy={find.pending} />
      {call && (
        <>
          <CallFacts call={call} />
          {received && call.workshop ? (
            <>
              <p className="notice notice--ok" role="status">
                {t('workshop.in.done', { number: call.number, receiptNo: call.workshop.receipt.receiptNo })}
              </p>
              <p className="big-number" data-testid="goods-receipt-number">
                {call.workshop.receipt.receiptNo}
              </p>
              <GoodsReceiptPrintButton call={call} />
            </>
          ) : check && !check.ok ? (
            <p className="notice notice--warn" role="status">
              {t('workshop.in.cannot', { why: tc(`error.serviceStep.${check.reason}`) })}
            </p>
          ) : (
            <GoodsInForm key={call.id} call={call} onReceived={() => setReceived(true)} />
          )}
        </>
      )}
    </>
  );
}
