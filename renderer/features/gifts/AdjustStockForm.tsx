import { useState } from 'react';
import { adjustmentNeedsApproval } from '../../../shared/domain/gifts/rules';
import type { Campaign } from '../../../shared/domain/gifts/types';
import { stockAdjustmentInput } from '../../../shared/schema/gifts';
import { useDeskContext } from '../../app/useDeskContext';
import { ApprovalDialog } from '../../components/ApprovalDialog';
import { Field, FormError, SelectField } from '../../components/Field';
import { useForm } from '../../components/useForm';
import type { Approval } from '../../db/approval';
import { adjustStock, checkStockAdjustment } from '../../db/gifts/stock';
import { useT } from '../../i18n';

/**
 * A correction after a stock-take: + found, − lost or damaged, with the
 * reason. Taking gifts off the books asks a supervisor's PIN first.
 */
export function AdjustStockForm({ campaign }: { readonly campaign: Campaign }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [done, setDone] = useState<string>();
  const [approving, setApproving] = useState<{ quantity: number; raw: Record<string, string> }>();
  const blank = { giftId: campaign.gifts.length === 1 ? campaign.gifts[0]!.giftId : '', quantity: '', reason: '' };
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
      <form className="form" onSubmit={onSubmit} aria-labelledby={`adjust-${campaign.id}`}>
        <h3 id={`adjust-${campaign.id}`}>{t('gifts.stock.adjust')}</h3>
        {done && (
          <p className="notice notice--ok" role="status">
            {done}
          </p>
        )}
        <div className="row">
          <SelectField
            label={t('gifts.stock.adjustGift')}
            name="giftId"
            value={form.giftId}
            onChange={(giftId) => setForm((f) => ({ ...f, giftId }))}
            error={errors.fields.giftId}
            options={[{ value: '', label: t('gifts.stock.chooseGift') }, ...campaign.gifts.map((g) => ({ value: g.giftId, label: g.name }))]}
          />
          <Field label={t('gifts.stock.adjustQuantity')} {...bind('quantity')} inputMode="numeric" />
          <Field label={t('gifts.stock.adjustReason')} {...bind('reason')} maxLength={200} />
        </div>
        <FormError code={errors.form?.code} params={errors.form?.params} />
        <div className="actions">
          <button type="submit" disabled={pending}>
            {t('gifts.stock.adjustSubmit')}
          </button>
        </div>
      </form>
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
