import { useEffect, useRef, type FormEvent } from 'react';
import { formatYuan } from '../../../../shared/domain/money';
import { VISIT_OUTCOMES } from '../../../../shared/domain/service/types';
import { useServices } from '../../../app/services';
import { useDeskContext } from '../../../app/useDeskContext';
import { Field, FormError, SelectField } from '../../../components/Field';
import { fromLocalInput, toLocalInput } from '../../../components/storeTime';
import { useKeptDraft } from '../../../components/keptDraft';
import { useSubmit } from '../../../components/useSubmit';
import type { ServiceCallRow } from '../../../db/database';
import { recordVisit } from '../../../db/service/calls';
import { useT } from '../../../i18n';
import { PartsFieldset, type PartRow } from '../PartsFieldset';
import { TextAreaField } from '../../complaints/intake/TextAreaField';

interface VisitFields {
  readonly outcome: string;
  readonly arrivedAt: string;
  readonly minutesOnSite: string;
  readonly workDone: string;
  readonly parts: readonly PartRow[];
  readonly fee: string;
  readonly invoiceNo: string;
  readonly voucherReturned: boolean;
}

type TextField = 'outcome' | 'arrivedAt' | 'minutesOnSite' | 'workDone' | 'fee' | 'invoiceNo';

/** The visit as written on the voucher: the agreed visit stands as the arrival time until changed, when it has passed. */
function blankVisit(call: ServiceCallRow, now: number, timeZone: string): VisitFields {
  const agreed = call.appointment?.visitAt;
  return {
    outcome: '',
    arrivedAt: agreed !== undefined && agreed <= now ? toLocalInput(agreed, timeZone) : '',
    minutesOnSite: '',
    workDone: '',
    parts: [],
    fee: '',
    invoiceNo: '',
    voucherReturned: false,
  };
}

/** Paid work: the fee beside the quote it may not go above. */
function quoteHint(call: ServiceCallRow, t: ReturnType<typeof useT>['t']): string {
  return call.quote?.agreed ? t('service.quote.feeHint', { amount: formatYuan(call.quote.amountFen) }) : t('service.quote.feeHintNone');
}

/** How the visit ended → recordVisit; a message at each field wrong, nothing written. */
export function VisitForm({ call, onDone, focusOutcome = true }: { readonly call: ServiceCallRow; readonly onDone: (text: string) => void; readonly focusOutcome?: boolean }) {
  const { t } = useT();
  const { clock } = useServices();
  const ctx = useDeskContext();
  const { timeZone } = ctx.session;
  const [fields, setFields, clearFields] = useKeptDraft(`serviceVisit:${call.id}`, () => blankVisit(call, clock.now(), timeZone));
  const form = useRef<HTMLFormElement>(null);
  // The voucher found: the keyboard goes on to its outcome (paid work: once the customer agreed to a quote).
  useEffect(() => {
    if (focusOutcome) form.current?.querySelector('select')?.focus();
  }, [focusOutcome]);
  const save = useSubmit(async () => {
    const saved = await recordVisit(ctx, call.id, {
      outcome: fields.outcome,
      arrivedAt: fromLocalInput(fields.arrivedAt, timeZone),
      minutesOnSite: fields.minutesOnSite,
      workDone: fields.workDone,
      parts: fields.parts,
      fee: fields.fee,
      invoiceNo: fields.invoiceNo,
      voucherReturned: fields.voucherReturned,
    });
    const after = saved.status === 'waitingParts' || saved.status === 'takenBack' ? saved.status : 'closed';
    clearFields();
    onDone(t(`service.visit.done.${after}`, { number: saved.number }));
  });
  const { setErrors } = save;
  // A new quote answers the fee's refusal (none agreed, or above it): the message goes, the quote shows beside the fee.
  const quotedAt = call.quote?.at;
  useEffect(() => {
    if (quotedAt !== undefined) setErrors(({ fields: { fee: _, ...others }, ...rest }) => ({ ...rest, fields: others }));
  }, [quotedAt, setErrors]);
  const errors = save.errors.fields;
  const text = (name: TextField) => ({
    name,
    value: fields[name],
    onChange: (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value })),
    error: errors[name],
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.submit();
  };
  return (
    <form ref={form} className="form" onSubmit={submit} aria-label={t('service.visit.save')} noValidate>
      <div className="row">
        <SelectField
          label={t('service.field.outcome')}
          name="outcome"
          value={fields.outcome}
          onChange={(v) => setFields((f) => ({ ...f, outcome: v }))}
          options={[{ value: '', label: t('service.pick') }, ...VISIT_OUTCOMES.map((o) => ({ value: o, label: t(`service.outcome.${o}`) }))]}
          error={errors.outcome}
        />
        <Field label={t('service.field.arrivedAt')} type="datetime-local" {...text('arrivedAt')} />
        <Field label={t('service.field.minutesOnSite')} inputMode="numeric" autoComplete="off" {...text('minutesOnSite')} />
      </div>
      <TextAreaField label={t('service.field.workDone')} {...text('workDone')} />
      <PartsFieldset parts={fields.parts} onChange={(parts) => setFields((f) => ({ ...f, parts }))} errors={errors} />
      <div className="row">
        <Field label={t('service.field.fee')} inputMode="decimal" autoComplete="off" hint={call.serviceType === 'paid' ? quoteHint(call, t) : undefined} {...text('fee')} />
        <Field label={t('service.field.invoiceNo')} autoComplete="off" {...text('invoiceNo')} />
      </div>
      <label>
        <input type="checkbox" name="voucherReturned" checked={fields.voucherReturned} onChange={(e) => setFields((f) => ({ ...f, voucherReturned: e.target.checked }))} />
        {t('service.field.voucherReturned')}
      </label>
      <FormError code={save.errors.form?.code} params={save.errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.pending}>
          {t('service.visit.save')}
        </button>
      </div>
    </form>
  );
}
