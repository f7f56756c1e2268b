import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { giftOf } from '../../../shared/domain/gifts/rules';
import { giftStockId } from '../../../shared/domain/gifts/projection';
import type { Handout } from '../../../shared/domain/gifts/types';
import { handoutReversalInput } from '../../../shared/schema/gifts';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { ApprovalDialog } from '../../components/ApprovalDialog';
import { Field } from '../../components/Field';
import { ScanInput } from '../../components/ScanInput';
import { useSubmit } from '../../components/useSubmit';
import type { Approval } from '../../db/approval';
import { findHandouts } from '../../db/gifts/queries';
import { reverseHandout } from '../../db/gifts/reverse';
import { useT } from '../../i18n';
import { dateTime, yuan } from './giftText';
import { useStoreTimeZone } from './useGiftContext';

/** One handout found: reversed already (when, why) or a reason and the supervisor's approval. */
function ReversibleHandout({ handout, onReversed }: { readonly handout: Handout; readonly onReversed: (h: Handout) => void }) {
  const { t } = useT();
  const { db } = useServices();
  const ctx = useDeskContext();
  const timeZone = useStoreTimeZone();
  const campaign = useLiveQuery(() => db.campaigns.get(handout.campaignId), [db, handout.campaignId]);
  const [reason, setReason] = useState('');
  const [approving, setApproving] = useState(false);
  const giftName = (campaign && giftOf(campaign, handout.giftId)?.name) ?? handout.giftId;
  // The reason is checked before the supervisor is called over.
  const check = useSubmit(() => {
    handoutReversalInput.parse({ handoutId: handout.id, reason });
    setApproving(true);
    return Promise.resolve();
  });
  return (
    <li className="panel">
      <p>
        <span className="big-number">{handout.number}</span> {campaign?.name} · {giftName} ×{handout.quantity} · {handout.receiptNo} ¥{yuan(handout.receiptAmountFen)} ·{' '}
        {dateTime(handout.handedOut.at, timeZone)}
      </p>
      {handout.status === 'reversed' ? (
        <p className="notice notice--warn">
          {t('gifts.reverse.already', { number: handout.number, at: dateTime(handout.reversed?.at ?? 0, timeZone), reason: handout.reversed?.reason ?? '' })}
        </p>
      ) : (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void check.submit();
          }}
        >
          <Field label={t('gifts.reverse.reason')} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} error={check.errors.fields.reason} />
          <div className="actions">
            <button type="submit" className="danger" disabled={check.pending}>
              {t('gifts.reverse.submit')}
            </button>
          </div>
        </form>
      )}
      {approving && (
        <ApprovalDialog
          action={t('gifts.reverse.approvalAction', { number: handout.number, gift: giftName, quantity: handout.quantity })}
          onApprove={async (approval: Approval) => onReversed(await reverseHandout(ctx, { handoutId: handout.id, reason }, approval))}
          onClose={() => setApproving(false)}
        />
      )}
    </li>
  );
}

/** Reversal: find the handout by its ZP number or the receipt, give the reason, a supervisor approves; the gift goes back into stock. */
export function ReversalPanel() {
  const { t } = useT();
  const { db } = useServices();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState<string>();
  const [done, setDone] = useState<{ handout: Handout; gift: string; remaining: number }>();
  const found = useLiveQuery(() => (text ? findHandouts(db, text) : undefined), [db, text]);
  const onReversed = async (h: Handout) => {
    const [campaign, stock] = await Promise.all([db.campaigns.get(h.campaignId), db.giftStocks.get(giftStockId(h.campaignId, h.giftId))]);
    setDone({ handout: h, gift: (campaign && giftOf(campaign, h.giftId)?.name) ?? h.giftId, remaining: stock?.remaining ?? 0 });
  };
  // Opened on demand: its scan field takes the focus, which belongs to the receipt scan otherwise.
  if (!open) {
    return (
      <div className="actions">
        <button type="button" onClick={() => setOpen(true)}>
          {t('gifts.reverse.open')}
        </button>
      </div>
    );
  }
  return (
    <section className="panel" aria-labelledby="handout-reverse-title">
      <h2 id="handout-reverse-title">{t('gifts.reverse.title')}</h2>
      <ScanInput
        label={t('gifts.reverse.find')}
        placeholder="ZP-…"
        onScan={(value) => {
          setDone(undefined);
          setText(value);
        }}
      />
      {done && (
        <p className="notice notice--ok" role="status">
          {t('gifts.reverse.done', { number: done.handout.number, gift: done.gift, remaining: done.remaining })}
        </p>
      )}
      {text && found && found.length === 0 && <p className="notice notice--warn">{t('gifts.reverse.none', { text })}</p>}
      <ul className="plain-list">
        {(found ?? []).map((h) => (
          <ReversibleHandout key={h.id} handout={h} onReversed={(r) => void onReversed(r)} />
        ))}
      </ul>
      <div className="actions">
        <button type="button" onClick={() => setOpen(false)}>
          {t('action.close')}
        </button>
      </div>
    </section>
  );
}
