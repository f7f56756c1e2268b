import { ITEM_CONDITIONS, REFUND_METHODS, RETURN_OUTCOMES, RETURN_REASONS } from '../../../shared/domain/returns/types';
import { Field, SelectField } from '../../components/Field';
import type { SubmitErrors } from '../../components/useSubmit';
import { useT, type MessageKey } from '../../i18n';
import type { ReturnFields } from './draft';

interface OutcomeFieldsProps {
  readonly fields: ReturnFields;
  readonly set: (name: keyof ReturnFields, value: string) => void;
  readonly errors: SubmitErrors;
  readonly noReceipt: boolean;
}

/** Reason, condition, outcome and what the outcome needs: refund method, exchange item, refusal reason. */
export function OutcomeFields({ fields, set, errors, noReceipt }: OutcomeFieldsProps) {
  const { t } = useT();
  const choose = { value: '', label: t('returns.field.choose') };
  const options = (values: readonly string[], prefix: string) => [choose, ...values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as MessageKey) }))];
  const text = (name: keyof ReturnFields, path: string = name) => ({
    name,
    value: fields[name],
    onChange: (e: { target: { value: string } }) => set(name, e.target.value),
    error: errors.fields[path],
    errorParams: errors.params,
  });
  // Without a receipt the only refund is store credit.
  const methods = noReceipt ? (['storeCredit'] as const) : REFUND_METHODS;
  return (
    <>
      <div className="row">
        <SelectField label={t('returns.field.reason')} name="reason" value={fields.reason} onChange={(v) => set('reason', v)} options={options(RETURN_REASONS, 'returns.reason')} error={errors.fields.reason} />
        <SelectField label={t('returns.field.condition')} name="condition" value={fields.condition} onChange={(v) => set('condition', v)} options={options(ITEM_CONDITIONS, 'returns.condition')} error={errors.fields.condition} />
        <SelectField label={t('returns.field.outcome')} name="outcome" value={fields.outcome} onChange={(v) => set('outcome', v)} options={options(RETURN_OUTCOMES, 'returns.outcome')} error={errors.fields.outcome} />
      </div>
      {fields.reason === 'other' && <Field label={t('returns.field.reasonText')} {...text('reasonText')} />}
      {fields.outcome === 'refund' && (
        <SelectField label={t('returns.field.refundMethod')} name="refundMethod" value={fields.refundMethod} onChange={(v) => set('refundMethod', v)} options={options(methods, 'returns.refundMethod')} error={errors.fields.refundMethod} />
      )}
      {fields.outcome === 'exchange' && (
        <fieldset className="row" aria-label={t('returns.exchange.title')}>
          <legend>{t('returns.exchange.title')}</legend>
          <Field label={t('returns.exchange.sku')} autoComplete="off" {...text('exSku', 'exchangeItem.sku')} />
          <Field label={t('returns.exchange.name')} {...text('exName', 'exchangeItem.name')} />
          <Field label={t('returns.exchange.quantity')} inputMode="numeric" {...text('exQuantity', 'exchangeItem.quantity')} />
          <Field label={t('returns.exchange.unitPrice')} inputMode="decimal" {...text('exUnitPrice', 'exchangeItem.unitPrice')} />
        </fieldset>
      )}
      {fields.outcome === 'refused' && <Field label={t('returns.field.refusalReason')} {...text('refusalReason')} />}
      <Field label={t('returns.field.phone')} inputMode="tel" autoComplete="off" {...text('phone')} />
    </>
  );
}
