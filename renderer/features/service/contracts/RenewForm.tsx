import { addYears, format, parseISO } from 'date-fns';
import { useState, type FormEvent } from 'react';
import { addDays } from '../../../../shared/domain/calendar/days';
import { formatYuan } from '../../../../shared/domain/money';
import { renewalInput, type RenewalInput } from '../../../../shared/schema/contract';
import { useDeskContext } from '../../../app/useDeskContext';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Field, FormError } from '../../../components/Field';
import { useSubmit } from '../../../components/useSubmit';
import type { MaintenanceContractRow } from '../../../db/database';
import { checkRenewal, renewContract } from '../../../db/service/contracts';
import { useT } from '../../../i18n';

interface RenewFields {
  readonly end: string;
  readonly visits: string;
  readonly fee: string;
}

/** The usual renewal: one more year after the current end, as many visits as the last term. */
function blankRenewal(contract: MaintenanceContractRow): RenewFields {
  const last = contract.terms[contract.terms.length - 1];
  return { end: format(addYears(parseISO(contract.end), 1), 'yyyy-MM-dd'), visits: String(last?.visits ?? ''), fee: '' };
}

/**
 * 续签: the new end, visits and fee are checked first (a message at the field,
 * nothing written), then a confirmation shows the new term before it is kept.
 */
export function RenewForm({ contract, onDone, onCancel }: { readonly contract: MaintenanceContractRow; readonly onDone: (text: string) => void; readonly onCancel: () => void }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [fields, setFields] = useState(() => blankRenewal(contract));
  const [asking, setAsking] = useState<RenewalInput>();
  // Checked before asking: a wrong end is a message at its field, not a question.
  const review = useSubmit((): Promise<void> => {
    const input = renewalInput.parse(fields);
    checkRenewal(contract, input);
    setAsking(input);
    return Promise.resolve();
  });
  const save = useSubmit(async () => {
    const renewed = await renewContract(ctx, contract.id, fields);
    onDone(t('contracts.renew.done', { number: renewed.number, end: renewed.end }));
  });
  const errors = { ...review.errors.fields, ...save.errors.fields };
  const params = save.errors.params ?? review.errors.params;
  const formError = save.errors.form ?? review.errors.form;
  const text = (name: keyof RenewFields) => ({
    name,
    value: fields[name],
    onChange: (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value })),
    error: errors[name],
    errorParams: params,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.clearErrors();
    void review.submit();
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('contracts.renew.title')} noValidate>
      <h2>{t('contracts.renew.title')}</h2>
      <p className="muted">{t('contracts.renew.from', { start: addDays(contract.end, 1) })}</p>
      <div className="row">
        <Field label={t('contracts.field.newEnd')} type="date" autoFocus {...text('end')} />
        <Field label={t('contracts.field.visits')} inputMode="numeric" autoComplete="off" {...text('visits')} />
        <Field label={t('contracts.field.fee')} inputMode="decimal" autoComplete="off" {...text('fee')} />
      </div>
      <FormError code={formError?.code} params={formError?.params} />
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
        <button type="submit" className="primary" disabled={review.pending || save.pending}>
          {t('contracts.renew.save')}
        </button>
      </div>
      {asking && (
        <ConfirmDialog title={t('contracts.renew.confirmTitle', { number: contract.number })} confirmLabel={t('contracts.renew.confirm')} onConfirm={() => void save.submit()} onClose={() => setAsking(undefined)}>
          <p>{t('contracts.renew.confirmEnd', { from: contract.end, end: asking.end })}</p>
          <p>{t('contracts.renew.confirmTerms', { visits: asking.visits, fee: formatYuan(asking.fee) })}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
