import { useState } from 'react';
import type { Campaign } from '../../../shared/domain/gifts/types';
import { useDeskContext } from '../../app/useDeskContext';
import { Field } from '../../components/Field';
import { useForm } from '../../components/useForm';
import { receiveStock } from '../../db/gifts/stock';
import { useT } from '../../i18n';
import { onlyGiftId, StockMovementForm } from './StockMovementForm';

/** A delivery of gifts: which gift, how many, a note such as the delivery note number. */
export function ReceiveStockForm({ campaign }: { readonly campaign: Campaign }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [done, setDone] = useState<string>();
  const blank = { giftId: onlyGiftId(campaign), quantity: '', note: '' };
  const { form, setForm, bind, onSubmit, pending, errors } = useForm(blank, async (f, { reset }) => {
    setDone(undefined);
    const stock = await receiveStock(ctx, { campaignId: campaign.id, ...f });
    const gift = campaign.gifts.find((g) => g.giftId === f.giftId)?.name ?? f.giftId;
    setDone(t('gifts.stock.received.done', { gift, quantity: f.quantity.trim(), remaining: stock.remaining }));
    reset();
  });
  return (
    <StockMovementForm
      id={`receive-${campaign.id}`}
      title={t('gifts.stock.receive')}
      campaign={campaign}
      giftLabel={t('gifts.stock.receiveGift')}
      giftId={form.giftId}
      onGiftChange={(giftId) => setForm((f) => ({ ...f, giftId }))}
      submitLabel={t('gifts.stock.receiveSubmit')}
      done={done}
      errors={errors}
      pending={pending}
      onSubmit={onSubmit}
    >
      <Field label={t('gifts.stock.receiveQuantity')} {...bind('quantity')} inputMode="numeric" />
      <Field label={t('gifts.stock.receiveNote')} {...bind('note')} />
    </StockMovementForm>
  );
}
