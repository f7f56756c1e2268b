import type { FormEvent } from 'react';
import { DEFAULT_TIME_ZONE } from '../../../../shared/domain/clock';
import { REQUEST_TYPES, SERVICE_TYPES, SKILLS } from '../../../../shared/domain/service/types';
import { DEFAULT_WARRANTY_MONTHS } from '../../../../shared/domain/service/warranty';
import { useServices } from '../../../app/services';
import { useSession } from '../../../app/session';
import { Field, FormError, SelectField } from '../../../components/Field';
import { nextFieldOnEnter } from '../../../components/nextFieldOnEnter';
import type { SubmitErrors } from '../../../components/useSubmit';
import { useT, type MessageKey } from '../../../i18n';
import { TextAreaField } from '../../complaints/intake/TextAreaField';
import { CustomerFields } from '../CustomerFields';
import { warrantyOf, type RegisterFields } from './registerDraft';

interface RegisterFormProps {
  readonly fields: RegisterFields;
  readonly set: (name: keyof RegisterFields, value: string) => void;
  readonly errors: SubmitErrors;
  readonly pending: boolean;
  readonly onSubmit: () => void;
}

/** The call in the order the clerk asks: who and where, what product, what is wrong and what kind of service, when. */
export function RegisterForm({ fields, set, errors, pending, onSubmit }: RegisterFormProps) {
  const { t } = useT();
  const { clock } = useServices();
  const timeZone = useSession((s) => s.profile?.timeZone) ?? DEFAULT_TIME_ZONE;
  const text = (name: keyof RegisterFields) => ({
    name,
    value: fields[name],
    onChange: (e: { target: { value: string } }) => set(name, e.target.value),
    error: errors.fields[name],
  });
  const choice = <V extends string>(name: keyof RegisterFields, label: MessageKey, values: readonly V[], word: (v: V) => string) => (
    <SelectField
      label={t(label)}
      name={name}
      value={fields[name]}
      onChange={(v) => set(name, v)}
      options={[{ value: '', label: t('service.pick') }, ...values.map((v) => ({ value: v, label: word(v) }))]}
      error={errors.fields[name]}
    />
  );
  const warranty = warrantyOf(fields, clock.now(), timeZone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form className="panel form" onSubmit={submit} aria-labelledby="service-register-title" noValidate>
      <h1 id="service-register-title">{t('service.register.title')}</h1>
      <CustomerFields legend={t('service.register.section.customer')} values={fields} change={set} errors={errors} />
      <fieldset>
        <legend>{t('service.register.section.product')}</legend>
        <div className="row">
          {choice('productKind', 'service.field.productKind', SKILLS, (v) => t(`service.skill.${v}`))}
          <Field label={t('service.field.productName')} autoComplete="off" {...text('productName')} />
        </div>
        <div className="row">
          <Field label={t('service.field.model')} autoComplete="off" spellCheck={false} onKeyDown={nextFieldOnEnter} {...text('model')} />
          <Field label={t('service.field.serial')} autoComplete="off" spellCheck={false} onKeyDown={nextFieldOnEnter} {...text('serial')} />
          <Field label={t('service.field.purchaseDate')} type="date" hint={t('service.warranty.hint', { months: DEFAULT_WARRANTY_MONTHS })} {...text('purchaseDate')} />
        </div>
        <p role="status" data-testid="service-warranty" className={warranty === 'outOfWarranty' ? 'svc-tag' : 'muted'}>
          {t('service.warranty.label', { status: t(`service.warranty.${warranty}`) })}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('service.register.section.call')}</legend>
        <TextAreaField label={t('service.field.problem')} {...text('problem')} />
        <div className="row">
          {choice('requestType', 'service.field.requestType', REQUEST_TYPES, (v) => t(`service.requestType.${v}`))}
          {choice('serviceType', 'service.field.serviceType', SERVICE_TYPES, (v) => t(`service.serviceType.${v}`))}
        </div>
        <div className="row">
          <Field label={t('service.field.receivedAt')} type="datetime-local" hint={t('service.field.receivedAtHint')} {...text('receivedAt')} />
          <Field label={t('service.field.visitAt')} type="datetime-local" hint={t('service.field.visitAtHint')} {...text('visitAt')} />
        </div>
      </fieldset>
      <FormError code={errors.form?.code} params={errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {t('service.register.save')}
        </button>
      </div>
    </form>
  );
}
