import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { storeDay } from '../../../shared/domain/clock';
import { newId } from '../../../shared/domain/ids';
import { parseYuan } from '../../../shared/domain/money';
import { giftsForAmount } from '../../../shared/domain/gifts/rules';
import type { Campaign, Handout } from '../../../shared/domain/gifts/types';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError } from '../../components/Field';
import { ScanInput } from '../../components/ScanInput';
import { useForm } from '../../components/useForm';
import { useSubmit } from '../../components/useSubmit';
import { checkReceiptForCampaign, handOutGift } from '../../db/gifts/handout';
import { campaignStocks } from '../../db/gifts/queries';
import { useT } from '../../i18n';
import { CampaignPicker } from './CampaignPicker';
import { GiftChoice } from './GiftChoice';
import { periodText } from './giftText';
import { TierHint } from './TierHint';
import { useStoreTimeZone } from './useGiftContext';

interface HandoutFields {
  readonly campaignId: string;
  readonly receiptNo: string;
  readonly purchaseDate: string;
  readonly amount: string;
  readonly phone: string;
  readonly giftId: string;
  readonly quantity: string;
}

interface HandoutFormProps {
  readonly campaigns: readonly Campaign[];
  /** Called inside the submit, so the slip prints before the form is free again. */
  readonly onHandedOut: (handout: Handout, campaign: Campaign) => Promise<void>;
}

/**
 * One customer at the desk: scan the receipt (checked at once: campaign
 * running, receipt not used), type its purchase date and amount (the tier
 * shows live), an optional phone, pick the gift, hand it out. Every rule is
 * checked again by the command inside its transaction.
 */
export function HandoutForm({ campaigns, onHandedOut }: HandoutFormProps) {
  const { t } = useT();
  const { db, clock } = useServices();
  const ctx = useDeskContext();
  const timeZone = useStoreTimeZone();
  const afterScan = useRef<HTMLDivElement>(null);
  // Made once per customer: a double click or a scanner bounce hands out once.
  const [draftId] = useState(() => newId());
  const initial: HandoutFields = { campaignId: campaigns.length === 1 ? campaigns[0]!.id : '', receiptNo: '', purchaseDate: '', amount: '', phone: '', giftId: '', quantity: '1' };
  const campaignOf = (id: string) => campaigns.find((c) => c.id === id);

  const handout = useForm(initial, async (form) => {
    const campaign = campaignOf(form.campaignId);
    const done = await handOutGift(ctx, draftId, { ...form, giftId: chosenGift(form) });
    if (campaign) await onHandedOut(done, campaign);
  });
  const { form, setForm, bind, onSubmit, pending, errors } = handout;
  const campaign = campaignOf(form.campaignId);
  const stocks = useLiveQuery(() => (campaign ? campaignStocks(db, campaign.id) : []), [db, campaign]);
  const remaining = new Map((stocks ?? []).map((s) => [s.giftId, s.remaining]));
  const amountFen = parseYuan(form.amount);
  const choices = campaign && amountFen !== undefined ? giftsForAmount(campaign, amountFen) : [];
  /** The gift picked, or the only one of the tier (no click needed then). */
  function chosenGift(f: HandoutFields): string {
    if (choices.some((g) => g.giftId === f.giftId)) return f.giftId;
    return choices.length === 1 ? choices[0]!.giftId : '';
  }

  // A new receipt starts over: nothing typed for the last one (nor its tier and gift) stays on screen.
  const scan = useSubmit(async (text: string) => {
    setForm((f) => ({ ...f, receiptNo: '', purchaseDate: '', amount: '', giftId: '', quantity: '1' }));
    handout.clearErrors();
    const receiptNo = await checkReceiptForCampaign(ctx, form.campaignId, text);
    setForm((f) => ({ ...f, receiptNo }));
    afterScan.current?.querySelector('input')?.focus();
  });

  const fieldError = (name: keyof HandoutFields) => errors.fields[name];
  const params = errors.params;
  const receiptError = scan.errors.fields.receiptNo ?? fieldError('receiptNo');
  const receiptParams = scan.errors.fields.receiptNo ? scan.errors.params : params;
  const campaignError = scan.errors.fields.campaignId ?? fieldError('campaignId');
  const campaignParams = scan.errors.fields.campaignId ? scan.errors.params : params;
  /** Tier, gift and the button only for a receipt that passed the scan check. */
  const receiptAccepted = form.receiptNo !== '' && !receiptError;

  return (
    <form className="card form" onSubmit={onSubmit} aria-labelledby="handout-title">
      <h1 id="handout-title">{t('gifts.handout.title')}</h1>
      <CampaignPicker
        label={t('gifts.handout.campaign')}
        campaigns={campaigns}
        value={form.campaignId}
        onChange={(campaignId) => setForm((f) => ({ ...f, campaignId, receiptNo: '', giftId: '' }))}
        emptyLabel={t('gifts.handout.chooseCampaign')}
        error={campaignError}
        errorParams={campaignParams}
      />
      {campaign && (
        <p className="muted">
          {t('gifts.handout.rules', {
            period: periodText(campaign, timeZone),
            perReceipt: campaign.perReceiptLimit,
            perCustomer: campaign.perCustomerLimit ? t('gifts.handout.perCustomer', { limit: campaign.perCustomerLimit }) : '',
          })}
        </p>
      )}
      <ScanInput
        label={t('gifts.handout.receipt')}
        placeholder="2611250123456"
        onScan={(text) => void scan.submit(text)}
        busy={scan.pending}
        error={receiptError}
        errorParams={receiptParams}
      />
      {receiptAccepted && (
        <p className="notice notice--ok" role="status">
          {t('gifts.handout.receiptOk', { receiptNo: form.receiptNo })}
        </p>
      )}
      <div className="row" ref={afterScan}>
        <Field label={t('gifts.handout.purchaseDate')} type="date" max={storeDay(clock.now(), timeZone)} {...bind('purchaseDate')} />
        <Field label={t('gifts.handout.amount')} {...bind('amount')} inputMode="decimal" autoComplete="off" />
        <Field
          label={campaign?.perCustomerLimit ? t('gifts.handout.phoneNeeded') : t('gifts.handout.phone')}
          {...bind('phone')}
          inputMode="tel"
          autoComplete="off"
        />
        {campaign && campaign.perReceiptLimit > 1 && (
          <Field label={t('gifts.handout.quantity', { limit: campaign.perReceiptLimit })} {...bind('quantity')} inputMode="numeric" />
        )}
      </div>
      {campaign && receiptAccepted && <TierHint campaign={campaign} amount={form.amount} />}
      {receiptAccepted && choices.length > 0 && (
        <GiftChoice
          gifts={choices}
          remaining={remaining}
          value={chosenGift(form)}
          onChange={(giftId) => setForm((f) => ({ ...f, giftId }))}
          error={fieldError('giftId')}
          errorParams={params}
        />
      )}
      {choices.length === 0 && fieldError('giftId') && <FormError code={fieldError('giftId')} params={params} />}
      {fieldError('quantity') && campaign && campaign.perReceiptLimit <= 1 && <FormError code={fieldError('quantity')} params={params} />}
      <FormError code={errors.form?.code} params={errors.form?.params} />
      {scan.errors.form && <FormError code={scan.errors.form.code} params={scan.errors.form.params} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={pending || !receiptAccepted}>
          {t('gifts.handout.submit')}
        </button>
      </div>
    </form>
  );
}
