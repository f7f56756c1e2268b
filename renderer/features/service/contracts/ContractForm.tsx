import type { FormEvent } from 'react';
import { MAX_CONTRACT_YEARS } from '../../../../shared/domain/service/contract';
import { Field, FormError } from '../../../components/Field';
import type { SubmitErrors } from '../../../components/useSubmit';
import { useT } from '../../../i18n';
import type { ContractFields } from './contractDraft';
import { CustomerFields } from '../CustomerFields';
import { ProductRows } from './ProductRows';

type TextField = Exclude<keyof ContractFields, 'products' | 'area'>;

interface ContractFormProps {
  readonly fields: ContractFields;
  readonly change: (patch: Partial<ContractFields>) => void;
  readonly errors: SubmitErrors;
  readonly pending: boolean;
  readonly onSubmit: () => void;
}

/** 新签合同 in the order it is written on paper: the customer, the products, the term, visits and fee. */
export function ContractForm({ fields, change, errors, pending, onSubmit }: ContractFormProps) {
  const { t } = useT();
  const text = (name: TextField) => ({
    name,
    value: fields[name],
    onChange: (e: { target: { value: string } }) => change({ [name]: e.target.value }),
    error: errors.fields[name],
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('contracts.new.title')} noValidate>
      <CustomerFields legend={t('contracts.section.customer')} values={fields} change={(name, value) => change({ [name]: value })} errors={errors} />
      <ProductRows products={fields.products} onChange={(products) => change({ products })} errors={errors.fields} />
      <fieldset>
        <legend>{t('contracts.section.term')}</legend>
        <div className="row">
          <Field label={t('contracts.field.start')} type="date" {...text('start')} />
          <Field label={t('contracts.field.end')} type="date" hint={t('contracts.field.endHint', { years: MAX_CONTRACT_YEARS })} {...text('end')} />
        </div>
        <div className="row">
          <Field label={t('contracts.field.visits')} inputMode="numeric" autoComplete="off" {...text('visits')} />
          <Field label={t('contracts.field.fee')} inputMode="decimal" autoComplete="off" {...text('fee')} />
        </div>
      </fieldset>
      <FormError code={errors.form?.code} params={errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {t('contracts.new.save')}
        </button>
      </div>
    </form>
  );
}
