import { useState } from 'react';
import { adjustmentNeedsApproval } from '../../../shared/domain/gifts/rules';
import type { Campaign } from '../../../shared/domain/gifts/types';
import { stockAdjustmentInput } from '../../../shared/schema/gifts';
import { useDeskContext } from '../../app/useDeskContext';
import { ApprovalDialog } from '../../components/ApprovalDialog';
import { Field } from '../../components/Field';
import { useForm } from '../../components/useForm';
import type { Approval } from '../../db/approval';
import { adjustStock, checkStockAdjustment } from '../../db/gifts/stock';
import { useT } from '../../i18n';
import { onlyGiftId, StockMovementForm } from './StockMovementForm';

/**
 * A correction after a stock-take: + found, − lost or damaged, with the
 * reason. Taking gifts off the books asks a supervisor's PIN first.
 */
export function AdjustStockForm({ campaign }: { readonly campaign: Campaign }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [done, setDone] = useState<string>();
  const [approving, setApproving] = useState<{ quantity: number; raw: Record<string, string> }>();
  const blank = { giftId: onlyGiftId(campaign), quantity: '', reason: '' };
  const giftName = (giftId: string) => campaign.gifts.find((g) => g.giftId === giftId)?.name ?? giftId;

  const apply = async (raw: Record<string, string>, approval?: Approval) => {
    const stock = await adjustStock(ctx, raw, approval);
    setDone(t('gifts.stock.adjust.done', { gift: giftName(raw.giftId ?? ''), quantity: raw.quantity?.trim() ?? '', remaining: stock.remaining }));
  };
  const { form, setForm, bind, onSubmit, pending, errors, reset } = useForm(blank, async (f, controls) => {
    setDone(undefined);
    const raw = { campaignId: campaign.id, ...f };
    const input = stockAdjustmentInput.parse(raw);
    await checkStockAdjustment(ctx, raw);
    if (adjustmentNeedsApproval(input.quantity)) setApproving({ quantity: input.quantity, raw });
    else {
      await apply(raw);
      controls.reset();
    }
  });
  return (
    <>
      <StockMovementForm
        id={`adjust-${campaign.id}`}
        title={t('gifts.stock.adjust')}
        campaign={campaign}
        giftLabel={t('gifts.stock.adjustGift')}
        giftId={form.giftId}
        onGiftChange={(giftId) => setForm((f) => ({ ...f, giftId }))}
        submitLabel={t('gifts.stock.adjustSubmit')}
        done={done}
        errors={errors}
        pending={pending}
        onSubmit={onSubmit}
      >
        <Field label={t('gifts.stock.adjustQuantity')} {...bind('quantity')} inputMode="numeric" />
        <Field label={t('gifts.stock.adjustReason')} {...bind('reason')} />
      </StockMovementForm>
      {approving && (
        <ApprovalDialog
          action={t('gifts.stock.adjustApproval', { gift: giftName(approving.raw.giftId ?? ''), quantity: approving.quantity, reason: approving.raw.reason ?? '' })}
          onApprove={async (approval) => {
            await apply(approving.raw, approval);
            reset();
          }}
          onClose={() => setApproving(undefined)}
        />
      )}
    </>
  );
}
