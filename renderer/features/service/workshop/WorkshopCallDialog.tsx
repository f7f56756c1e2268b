import { useLiveQuery } from 'dexie-react-hooks';
import { workshopStage } from '../../../../shared/domain/service/workshop';
import { can } from '../../../../shared/domain/staff';
import { useServices } from '../../../app/services';
import { useSession } from '../../../app/session';
import { useDeskContext } from '../../../app/useDeskContext';
import { Dialog } from '../../../components/Dialog';
import { useT } from '../../../i18n';
import { serviceTimeText } from '../words';
import { CheckForm } from './CheckForm';
import { GoodsReceiptPrintButton } from './GoodsReceiptPrintButton';
import { RepairCard } from './RepairCard';
import { RepairForm } from './RepairForm';
import { stageText } from './words';

/**
 * One call's goods in the workshop: what came in, the repair card with a
 * line to add, the supervisor's check (offered to the service supervisor
 * only; the write path refuses anyone else), and the receipt to reprint.
 */
export function WorkshopCallDialog({ callId, onClose, onSaved }: { readonly callId: string; readonly onClose: () => void; readonly onSaved: (text: string) => void }) {
  const { t } = useT();
  const { db } = useServices();
  const { timeZone } = useDeskContext().session;
  const role = useSession((s) => s.staff?.role);
  const call = useLiveQuery(() => db.serviceCalls.get(callId), [db, callId]);
  const workshop = call?.workshop;
  if (!call || !workshop) return null;
  const stage = workshopStage(workshop);
  const { receipt } = workshop;
  return (
    <Dialog title={t('workshop.detail.title', { receiptNo: receipt.receiptNo, goods: receipt.goods })} onClose={onClose} wide>
      <dl className="svc-job">
        <dt>{t('workshop.col.call')}</dt>
        <dd>
          <span className="svc-number">{call.number}</span> · {call.product.name} · {call.problem}
        </dd>
        <dt>{t('workshop.col.customer')}</dt>
        <dd>
          {call.customer.name} · {call.customer.phone}
        </dd>
        <dt>{t('workshop.detail.accessories')}</dt>
        <dd>{receipt.accessories || t('workshop.detail.none')}</dd>
        <dt>{t('workshop.field.condition')}</dt>
        <dd>{receipt.condition}</dd>
        <dt>{t('workshop.col.inAt')}</dt>
        <dd>{serviceTimeText(receipt.at, timeZone)}</dd>
        <dt>{t('workshop.col.stage')}</dt>
        <dd data-testid="workshop-stage">{stageText(workshop, t)}</dd>
      </dl>
      <h2>{t('workshop.card.title')}</h2>
      <RepairCard repairs={workshop.repairs} />
      {stage !== 'checked' && stage !== 'returned' && <RepairForm call={call} onSaved={onSaved} />}
      {stage === 'repaired' && role !== undefined && can(role, 'service.dispatch') && (
        <>
          <h2>{t('workshop.check.title')}</h2>
          <CheckForm call={call} onSaved={onSaved} />
        </>
      )}
      <GoodsReceiptPrintButton call={call} />
    </Dialog>
  );
}
