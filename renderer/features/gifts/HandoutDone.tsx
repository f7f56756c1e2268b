import { useLiveQuery } from 'dexie-react-hooks';
import { giftOf } from '../../../shared/domain/gifts/rules';
import type { Campaign, Handout } from '../../../shared/domain/gifts/types';
import { useServices } from '../../app/services';
import { RecordNumberNotice } from '../../components/RecordNumberNotice';
import { useT } from '../../i18n';
import { PrintButtons } from '../printing/PrintButtons';
import type { usePrintAction } from '../printing/usePrintAction';
import { yuan } from './giftText';
import { handoutSlipRequest } from './useHandoutSlip';

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
      <PrintButtons request={request} action={slip}>
        <button type="button" className="primary" onClick={onNext} autoFocus>
          {t('gifts.handout.next')}
        </button>
      </PrintButtons>
    </div>
  );
}
