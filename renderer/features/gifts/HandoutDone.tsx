import { useLiveQuery } from 'dexie-react-hooks';
import { giftOf } from '../../../shared/domain/gifts/rules';
import type { Campaign, Handout } from '../../../shared/domain/gifts/types';
import { useServices } from '../../app/services';
import { useT } from '../../i18n';
import { PrintPreviewDialog } from '../printing/PrintPreviewDialog';
import { PrintResultNotice } from '../printing/PrintResultNotice';
import type { usePrintAction } from '../printing/usePrintAction';
import { yuan } from './giftText';
import { handoutSlipRequest } from './useHandoutSlip';
import { RecordNumberNotice } from '../../components/RecordNumberNotice';

interface HandoutDoneProps {
  readonly handout: Handout;
  readonly campaign: Campaign;
  readonly slip: ReturnType<typeof usePrintAction>;
  readonly onNext: () => void;
}

/** After a handout: its number, what was given, the slip's print result, reprint and next customer. */
export function HandoutDone({ handout: first, campaign, slip, onNext }: HandoutDoneProps) {
  const { t } = useT();
  const { db } = useServices();
  // Live, so a reprint counts from the latest print count (补打 2, 3 …).
  const handout = useLiveQuery(() => db.handouts.get(first.id), [db, first.id]) ?? first;
  const gift = giftOf(campaign, handout.giftId);
  const request = handoutSlipRequest(handout, campaign);
  return (
    <div className="card">
      <h1>{t('gifts.handout.title')}</h1>
      <RecordNumberNotice done={t('gifts.handout.done')} number={handout.number} testId="handout-number" />
      <p>
        {t('gifts.handout.doneDetail', { gift: gift?.name ?? handout.giftId, quantity: handout.quantity, receiptNo: handout.receiptNo, amount: yuan(handout.receiptAmountFen) })}
      </p>
      <PrintResultNotice result={slip.result} />
      <div className="actions">
        <button type="button" onClick={() => void slip.preview(request)}>
          {t('action.preview')}
        </button>
        <button type="button" onClick={() => void slip.print(request)}>
          {t('action.reprint')}
        </button>
        <button type="button" className="primary" onClick={onNext} autoFocus>
          {t('gifts.handout.next')}
        </button>
      </div>
      {slip.previewHtml && <PrintPreviewDialog html={slip.previewHtml} onClose={slip.closePreview} />}
    </div>
  );
}
