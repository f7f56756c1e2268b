import { useRef, useState } from 'react';
import type { CharityEvent } from '../../../shared/domain/charity/types';
import { formatYuan } from '../../../shared/domain/money';
import { charityHandOutInput } from '../../../shared/schema/charity';
import { useDeskContext } from '../../app/useDeskContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field, FormError } from '../../components/Field';
import { nextFieldOnEnter } from '../../components/nextFieldOnEnter';
import { useForm } from '../../components/useForm';
import { checkCharityHandOutNow, handOutCharity } from '../../db/charity/events';
import { useT } from '../../i18n';
import { givenText } from './charityText';

interface HandOutFormProps {
  readonly event: CharityEvent;
  /** Called inside the submit, so the slip prints before the form is free again. */
  readonly onHandedOut: (event: CharityEvent) => Promise<void>;
  readonly onCancel: () => void;
}

/**
 * The hand-over: the recipient's representative, a phone if given, and how
 * much of what was approved (prefilled). Checked first (within the approval,
 * goods on the shelf), then confirmed, as it cannot be undone.
 */
export function HandOutForm({ event, onHandedOut, onCancel }: HandOutFormProps) {
  const { t } = useT();
  const ctx = useDeskContext();
  const confirmed = useRef(false);
  const [confirming, setConfirming] = useState<{ representative: string; given: string }>();
  const initial = {
    representative: '',
    phone: '',
    quantity: event.goods ? String(event.goods.quantity) : '',
    money: event.moneyFen ? formatYuan(event.moneyFen) : '',
  };
  const { bind, onSubmit, submit, pending, errors } = useForm(initial, async (f) => {
    if (!confirmed.current) {
      const input = charityHandOutInput.parse(f);
      await checkCharityHandOutNow(ctx, event.id, f);
      setConfirming({ representative: input.representative, given: givenText(t, event.goods, input.quantity, input.money) });
      return;
    }
    confirmed.current = false;
    await onHandedOut(await handOutCharity(ctx, event.id, f));
  });
  return (
    <>
      <form className="form panel" onSubmit={onSubmit} aria-labelledby={`hand-${event.id}`}>
        <h2 id={`hand-${event.id}`}>{t('charity.handOut.title', { number: event.number, name: event.name })}</h2>
        <p className="muted">{t('charity.handOut.pledged', { given: givenText(t, event.goods, event.goods?.quantity ?? 0, event.moneyFen ?? 0) })}</p>
        <div className="row">
          <Field label={t('charity.field.representative')} {...bind('representative')} onKeyDown={nextFieldOnEnter} autoFocus />
          <Field label={t('charity.field.phone')} inputMode="tel" {...bind('phone')} onKeyDown={nextFieldOnEnter} />
        </div>
        <div className="row">
          {event.goods && <Field label={t('charity.field.handQuantity')} inputMode="numeric" {...bind('quantity')} onKeyDown={event.moneyFen ? nextFieldOnEnter : undefined} />}
          {event.moneyFen !== undefined && <Field label={t('charity.field.handMoney')} inputMode="decimal" {...bind('money')} />}
        </div>
        <FormError code={errors.form?.code} params={errors.form?.params} />
        <div className="actions">
          <button type="button" onClick={onCancel}>
            {t('charity.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t('charity.handOut.save')}
          </button>
        </div>
      </form>
      {confirming && (
        <ConfirmDialog
          title={t('charity.handOut.confirmTitle')}
          onConfirm={() => {
            confirmed.current = true;
            void submit();
          }}
          onClose={() => setConfirming(undefined)}
        >
          <p>{t('charity.handOut.confirm', { given: confirming.given, recipient: event.recipient, representative: confirming.representative })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
