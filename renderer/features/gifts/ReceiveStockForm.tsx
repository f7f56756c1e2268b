import { useState } from 'react';
import type { Campaign } from '../../../shared/domain/gifts/types';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError, SelectField } from '../../components/Field';
import { useForm } from '../../components/useForm';
import { receiveStock } from '../../db/gifts/stock';
import { useT } from '../../i18n';

/** A delivery of gifts: which gift, how many, a note such as the delivery note number. */
export function ReceiveStockForm({ campaign }: { readonly campaign: Campaign }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [done, setDone] = useState<string>();
  const blank = { giftId: campaign.gifts.length === 1 ? campaign.gifts[0]!.giftId : '', quantity: '', note: '' };
  const { form, setForm, bind, onSubmit, pending, errors } = useForm(blank, async (f, { reset }) => {
    setDone(undefined);
    const stock = await receiveStock(ctx, { campaignId: campaign.id, ...f });
    const gift = campaign.gifts.find((g) => g.giftId === f.giftId)?.name ?? f.giftId;
    setDone(t('gifts.stock.received.done', { gift, quantity: f.quantity.trim(), remaining: stock.remaining }));
    reset();
  });
  return (
    <form className="form" onSubmit={onSubmit} aria-labelledby={`receive-${campaign.id}`}>
      <h3 id={`receive-${campaign.id}`}>{t('gifts.stock.receive')}</h3>
      {done && (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      <div className="row">
        <SelectField
          label={t('gifts.stock.receiveGift')}
          name="giftId"
          value={form.giftId}
          onChange={(giftId) => setForm((f) => ({ ...f, giftId }))}
          error={errors.fields.giftId}
          options={[{ value: '', label: t('gifts.stock.chooseGift') }, ...campaign.gifts.map((g) => ({ value: g.giftId, label: g.name }))]}
        />
        <Field label={t('gifts.stock.receiveQuantity')} {...bind('quantity')} inputMode="numeric" />
        <Field label={t('gifts.stock.receiveNote')} {...bind('note')} maxLength={200} />
      </div>
      <FormError code={errors.form?.code} params={errors.form?.params} />
      <div className="actions">
        <button type="submit" disabled={pending}>
          {t('gifts.stock.receiveSubmit')}
        </button>
      </div>
    </form>
  );
}
