import { Field } from '../../../components/Field';
import { useT } from '../../../i18n';

export interface ReturnValues {
  readonly fee: string;
  readonly invoiceNo: string;
  readonly customerSigned: boolean;
}

export const BLANK_RETURN: ReturnValues = { fee: '', invoiceNo: '', customerSigned: false };

interface ReturnFieldsProps {
  readonly values: ReturnValues;
  readonly onChange: (values: ReturnValues) => void;
  readonly errors: Readonly<Record<string, string>>;
}

/** What goods going back need: the fee for paid work with its invoice, and the customer's signature for the goods. */
export function ReturnFields({ values, onChange, errors }: ReturnFieldsProps) {
  const { t, tc } = useT();
  return (
    <>
      <div className="row">
        <Field label={t('service.field.fee')} name="fee" inputMode="decimal" autoComplete="off" value={values.fee} onChange={(e) => onChange({ ...values, fee: e.target.value })} error={errors.fee} />
        <Field label={t('service.field.invoiceNo')} name="invoiceNo" autoComplete="off" value={values.invoiceNo} onChange={(e) => onChange({ ...values, invoiceNo: e.target.value })} error={errors.invoiceNo} />
      </div>
      <div className={`field${errors.customerSigned ? ' field--error' : ''}`}>
        <label>
          <input type="checkbox" name="customerSigned" checked={values.customerSigned} onChange={(e) => onChange({ ...values, customerSigned: e.target.checked })} />
          {t('workshop.out.signed')}
        </label>
        {errors.customerSigned && (
          <small className="field__error" role="alert">
            {tc(errors.customerSigned)}
          </small>
        )}
      </div>
    </>
  );
}
