import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { checkServiceStep } from '../../../../shared/domain/service/steps';
import { goodsReceiptNo } from '../../../../shared/schema/serviceWorkshop';
import { useServices } from '../../../app/services';
import { useSession } from '../../../app/session';
import { useDeskContext } from '../../../app/useDeskContext';
import { ScanInput } from '../../../components/ScanInput';
import { useSubmit } from '../../../components/useSubmit';
import { DeskError } from '../../../db/errors';
import { voidedReceipt } from '../../../db/service/workshop';
import { findGoodsReceipt, type WorkshopCall } from '../../../db/service/workshopQueries';
import { useT } from '../../../i18n';
import { serviceTimeText } from '../words';
import { LostReceiptDialog } from './LostReceiptDialog';
import { ReturnForm } from './ReturnForm';
import { stageText } from './words';

/**
 * 交还顾客: the customer brings the goods receipt; scan it, see the goods
 * and their stage, take the fee if any, the customer signs, the receipt is
 * voided. A receipt already voided says when it went back. A customer
 * without the receipt: identity check and a supervisor's approval.
 */
export function GoodsOut({ onDone }: { readonly onDone: (text: string) => void }) {
  const { t, tc } = useT();
  const { db } = useServices();
  const { timeZone } = useDeskContext().session;
  const staffNo = useSession((s) => s.staff?.staffNo) ?? '';
  const [callId, setCallId] = useState<string>();
  const [lost, setLost] = useState(false);
  const call = useLiveQuery(async () => (callId ? ((await db.serviceCalls.get(callId)) ?? null) : null), [db, callId]);
  const find = useSubmit(async (typed: string) => {
    setCallId(undefined);
    const parsed = goodsReceiptNo.safeParse(typed);
    if (!parsed.success) throw new DeskError('error.goodsReceiptFormat', 'scan');
    const found = await findGoodsReceipt(db, parsed.data);
    if (!found) throw new DeskError('error.goodsReceiptUnknown', 'scan', { number: parsed.data });
    if (found.returned) throw voidedReceipt(parsed.data, found.returned.at, timeZone, 'scan');
    setCallId(found.call.id);
  });
  const done = (text: string) => {
    setCallId(undefined);
    onDone(text);
  };
  const workshop = call?.workshop;
  const shown = call && workshop && !workshop.returned ? ({ ...call, workshop } satisfies WorkshopCall) : undefined;
  // The rule the write path applies: the goods go back once the check passed.
  const check = shown ? checkServiceStep(shown, { type: 'goodsReturned', by: staffNo, data: { feeFen: 0 } }) : undefined;
  return (
    <>
      <ScanInput label={t('workshop.out.scan')} onScan={(text) => void find.submit(text)} error={find.errors.fields.scan ?? find.errors.form?.code} errorParams={find.errors.params} busy={find.pending} />
      <div className="actions" style={{ justifyContent: 'flex-start' }}>
        <button type="button" onClick={() => setLost(true)}>
          {t('workshop.out.lost')}
        </button>
      </div>
      {shown && (
        <>
          <dl className="svc-job" data-testid="goods-out-facts">
            <dt>{t('workshop.col.receipt')}</dt>
            <dd>
              <span className="svc-number">{shown.workshop.receipt.receiptNo}</span> · <span className="svc-number">{shown.number}</span>
            </dd>
            <dt>{t('workshop.col.customer')}</dt>
            <dd>
              {shown.customer.name} · {shown.customer.phone}
            </dd>
            <dt>{t('workshop.col.goods')}</dt>
            <dd>
              {shown.workshop.receipt.goods} · {shown.workshop.receipt.accessories || t('workshop.detail.none')} · {shown.workshop.receipt.condition}
            </dd>
            <dt>{t('workshop.col.inAt')}</dt>
            <dd>{serviceTimeText(shown.workshop.receipt.at, timeZone)}</dd>
            <dt>{t('workshop.col.stage')}</dt>
            <dd>{stageText(shown.workshop, t)}</dd>
          </dl>
          {check && !check.ok ? (
            <p className="notice notice--warn" role="status">
              {t('workshop.out.cannot', { why: tc(`error.serviceStep.${check.reason}`) })}
            </p>
          ) : (
            <ReturnForm key={shown.id} call={shown} onDone={done} />
          )}
        </>
      )}
      {lost && <LostReceiptDialog onClose={() => setLost(false)} onDone={done} />}
    </>
  );
}
