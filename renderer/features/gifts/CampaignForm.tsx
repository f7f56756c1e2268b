import { useId, useState, type FormEvent } from 'react';
import { newId } from '../../../shared/domain/ids';
import type { Campaign } from '../../../shared/domain/gifts/types';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { defineCampaign } from '../../db/gifts/campaigns';
import { useT } from '../../i18n';
import { addGift, addTier, blankCampaign, campaignRequest, removeGift, removeTier, toggleTierGift, updateGift, updateTier, type CampaignDraft } from './campaignDraft';
import { storeDayAfter } from './giftText';
import { useStoreTimeZone } from './useGiftContext';

interface CampaignFormProps {
  readonly onDefined: (campaign: Campaign) => void;
  readonly onCancel: () => void;
}

/** A tier's gifts as checkboxes, with the tier's error under them. */
function TierGifts(props: {
  readonly index: number;
  readonly draft: CampaignDraft;
  readonly tierKey: string;
  readonly chosen: readonly string[];
  readonly onToggle: (giftId: string) => void;
  readonly error: string | undefined;
}) {
  const { t, tc } = useT();
  const { index, draft, chosen, onToggle, error } = props;
  return (
    <fieldset className={`field${error ? ' field--error' : ''}`}>
      <legend>{t('gifts.form.tierGifts', { index })}</legend>
      {draft.gifts.map((g, gi) => (
        <label key={g.giftId} className="choice">
          <input type="checkbox" checked={chosen.includes(g.giftId)} onChange={() => onToggle(g.giftId)} /> {g.name || t('gifts.form.unnamedGift', { index: gi + 1 })}
        </label>
      ))}
      {error && (
        <small className="field__error" role="alert">
          {tc(error)}
        </small>
      )}
    </fieldset>
  );
}

/**
 * A new campaign: name, whole store days, gifts with their value, spend
 * tiers on one receipt (each lists the gifts the clerk may pick) and the
 * limits. Every mistake shows at its field; nothing is saved until all is right.
 */
export function CampaignForm({ onDefined, onCancel }: CampaignFormProps) {
  const { t, tc } = useT();
  const { clock } = useServices();
  const ctx = useDeskContext();
  const timeZone = useStoreTimeZone();
  const titleId = useId();
  const [draftId] = useState(() => newId());
  const [draft, setDraft] = useState<CampaignDraft>(() => blankCampaign(storeDayAfter(clock.now(), 0, timeZone), storeDayAfter(clock.now(), 6, timeZone)));
  const { submit, pending, errors } = useSubmit(async () => onDefined(await defineCampaign(ctx, draftId, campaignRequest(draft))));
  const err = (path: string) => errors.fields[path];
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit();
  };
  const text = (name: 'name' | 'startDay' | 'endDay' | 'perReceiptLimit' | 'perCustomerLimit') => ({
    name,
    value: draft[name],
    onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [name]: e.target.value })),
    error: err(name),
  });

  return (
    <form className="panel form" onSubmit={onSubmit} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('gifts.form.title')}</h2>
      <Field label={t('gifts.form.name')} {...text('name')} autoFocus />
      <div className="row">
        <Field label={t('gifts.form.startDay')} type="date" {...text('startDay')} />
        <Field label={t('gifts.form.endDay')} type="date" {...text('endDay')} />
      </div>

      <h3>{t('gifts.form.gifts')}</h3>
      {draft.gifts.map((g, i) => (
        <div key={g.giftId} className="gift-row">
          <Field label={t('gifts.form.giftName', { index: i + 1 })} value={g.name} onChange={(e) => setDraft((d) => updateGift(d, g.giftId, { name: e.target.value }))} error={err(`gifts.${i}.name`)} />
          <Field
            label={t('gifts.form.giftValue', { index: i + 1 })}
            value={g.value}
            inputMode="decimal"
            onChange={(e) => setDraft((d) => updateGift(d, g.giftId, { value: e.target.value }))}
            error={err(`gifts.${i}.value`)}
          />
          <button type="button" className="link" onClick={() => setDraft((d) => removeGift(d, g.giftId))} disabled={draft.gifts.length === 1}>
            {t('gifts.form.removeGift', { index: i + 1 })}
          </button>
        </div>
      ))}
      {err('gifts') && <FormError code={err('gifts')} />}
      <div className="actions">
        <button type="button" onClick={() => setDraft(addGift)}>
          {t('gifts.form.addGift')}
        </button>
      </div>

      <h3>{t('gifts.form.tiers')}</h3>
      {draft.tiers.map((tier, i) => (
        <div key={tier.key} className="gift-row">
          <Field
            label={t('gifts.form.tierMin', { index: i + 1 })}
            value={tier.minSpend}
            inputMode="decimal"
            onChange={(e) => setDraft((d) => updateTier(d, tier.key, { minSpend: e.target.value }))}
            error={err(`tiers.${i}.minSpend`)}
          />
          <TierGifts
            index={i + 1}
            draft={draft}
            tierKey={tier.key}
            chosen={tier.giftIds}
            onToggle={(giftId) => setDraft((d) => toggleTierGift(d, tier.key, giftId))}
            error={err(`tiers.${i}.giftIds`)}
          />
          <button type="button" className="link" onClick={() => setDraft((d) => removeTier(d, tier.key))} disabled={draft.tiers.length === 1}>
            {t('gifts.form.removeTier', { index: i + 1 })}
          </button>
        </div>
      ))}
      {err('tiers') && <FormError code={err('tiers')} />}
      <div className="actions">
        <button type="button" onClick={() => setDraft(addTier)}>
          {t('gifts.form.addTier')}
        </button>
      </div>

      <div className="row">
        <Field label={t('gifts.form.perReceipt')} {...text('perReceiptLimit')} inputMode="numeric" />
        <Field label={t('gifts.form.perCustomer')} {...text('perCustomerLimit')} inputMode="numeric" />
      </div>
      {errors.form && <p className="form-error" role="alert">{tc(errors.form.code, errors.form.params)}</p>}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {t('gifts.form.cancel')}
        </button>
        <button type="submit" className="primary" disabled={pending}>
          {t('gifts.form.submit')}
        </button>
      </div>
    </form>
  );
}
