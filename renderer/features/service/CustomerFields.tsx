import { SERVICE_AREAS } from '../../../shared/domain/service/types';
import { Field, SelectField } from '../../components/Field';
import type { SubmitErrors } from '../../components/useSubmit';
import { useT } from '../../i18n';

/** Who the customer is and where they live, as typed: a service call and a maintenance contract ask the same. */
export interface CustomerValues {
  readonly customerName: string;
  readonly phone: string;
  readonly address: string;
  readonly area: string;
}

interface CustomerFieldsProps {
  readonly legend: string;
  readonly values: CustomerValues;
  readonly change: (name: keyof CustomerValues, value: string) => void;
  readonly errors: SubmitErrors;
}

/** The customer's fieldset, first in the form (it takes the focus): name and phone, address and its area. */
export function CustomerFields({ legend, values, change, errors }: CustomerFieldsProps) {
  const { t } = useT();
  const text = (name: keyof CustomerValues) => ({
    name,
    value: values[name],
    onChange: (e: { target: { value: string } }) => change(name, e.target.value),
    error: errors.fields[name],
  });
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="row">
        <Field label={t('service.field.customerName')} autoFocus autoComplete="off" {...text('customerName')} />
        <Field label={t('service.field.phone')} type="tel" inputMode="tel" autoComplete="off" {...text('phone')} />
      </div>
      <div className="row">
        <Field label={t('service.field.address')} autoComplete="off" {...text('address')} />
        <SelectField
          label={t('service.field.area')}
          name="area"
          value={values.area}
          onChange={(v) => change('area', v)}
          options={[{ value: '', label: t('service.pick') }, ...SERVICE_AREAS.map((a) => ({ value: a, label: t(`service.area.${a}`) }))]}
          error={errors.fields.area}
        />
      </div>
    </fieldset>
  );
}
