import type { FormEvent, ReactNode } from 'react';
import type { Campaign } from '../../../shared/domain/gifts/types';
import { FormError, SelectField } from '../../components/Field';
import type { SubmitErrors } from '../../components/useSubmit';
import { useT } from '../../i18n';

interface StockMovementFormProps {
  readonly id: string;
  readonly title: string;
  readonly campaign: Campaign;
  readonly giftLabel: string;
  readonly giftId: string;
  readonly onGiftChange: (giftId: string) => void;
  readonly submitLabel: string;
  readonly done?: string | undefined;
  readonly errors: SubmitErrors;
  readonly pending: boolean;
  readonly onSubmit: (e: FormEvent) => void;
  /** The quantity and the text that goes with it (a delivery note, a reason). */
  readonly children: ReactNode;
}

/** A stock movement of one of the campaign's gifts: which gift, then the movement's own fields. */
export function StockMovementForm({ id, title, campaign, giftLabel, giftId, onGiftChange, submitLabel, done, errors, pending, onSubmit, children }: StockMovementFormProps) {
  const { t } = useT();
  return (
    <form className="form" onSubmit={onSubmit} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {done && (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      <div className="row">
        <SelectField
          label={giftLabel}
          name="giftId"
          value={giftId}
          onChange={onGiftChange}
          error={errors.fields.giftId}
          options={[{ value: '', label: t('gifts.stock.chooseGift') }, ...campaign.gifts.map((g) => ({ value: g.giftId, label: g.name }))]}
        />
        {children}
      </div>
      <FormError code={errors.form?.code} params={errors.form?.params} />
      <div className="actions">
        <button type="submit" disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

/** The gift preselected when the campaign has only one. */
export function onlyGiftId(campaign: Campaign): string {
  return campaign.gifts.length === 1 ? campaign.gifts[0]!.giftId : '';
}
