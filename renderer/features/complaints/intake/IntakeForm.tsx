import type { FormEvent } from 'react';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES } from '../../../../shared/domain/complaints/types';
import type { AttachmentFile } from '../../../../shared/schema/complaints';
import { Field, FormError, SelectField } from '../../../components/Field';
import { useT } from '../../../i18n';
import { AttachmentsField } from './AttachmentsField';
import { oneOf, type IntakeErrorField, type IntakeFields, type IntakeTextField, type SetIntake } from './intakeDraft';
import { TargetFields } from './TargetFields';
import { TextAreaField } from './TextAreaField';

interface IntakeFormProps {
  readonly fields: IntakeFields;
  readonly set: SetIntake;
  readonly files: readonly AttachmentFile[];
  readonly onAddFiles: (files: readonly AttachmentFile[]) => void;
  readonly onRemoveFile: (index: number) => void;
  readonly errors: Partial<Record<IntakeErrorField, string>>;
  readonly formError?: { readonly code: string; readonly params?: Readonly<Record<string, string | number>> | undefined } | undefined;
  readonly pending: boolean;
  readonly onSubmit: () => void;
}

/** The intake as the customer tells it, in the order a clerk asks: how and when, who, about what, what happened, what they want. */
export function IntakeForm(props: IntakeFormProps) {
  const { fields, set, errors } = props;
  const { t, tc } = useT();
  const text = (name: IntakeTextField) => ({
    name,
    value: fields[name],
    onChange: (e: { target: { value: string } }) => set(name, e.target.value),
    error: errors[name],
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit();
  };
  return (
    <form className="panel form" onSubmit={submit} aria-labelledby="complaint-intake-title" noValidate>
      <h2 id="complaint-intake-title">{t('complaints.intake.title')}</h2>
      <div className="row">
        <SelectField
          label={t('complaints.intake.field.channel')}
          name="channel"
          value={fields.channel}
          onChange={(v) => set('channel', oneOf(COMPLAINT_CHANNELS, v) ?? fields.channel)}
          options={COMPLAINT_CHANNELS.map((c) => ({ value: c, label: t(`complaints.channel.${c}`) }))}
          error={errors.channel}
        />
        <Field label={t('complaints.intake.field.receivedAt')} type="datetime-local" hint={t('complaints.intake.field.receivedAtHint')} {...text('receivedAt')} />
      </div>
      <fieldset>
        <legend>{t('complaints.intake.section.complainant')}</legend>
        <div className="row">
          <Field label={t('complaints.intake.field.name')} autoFocus autoComplete="off" {...text('name')} />
          <Field label={t('complaints.intake.field.phone')} type="tel" inputMode="tel" autoComplete="off" {...text('phone')} />
          <Field label={t('complaints.intake.field.email')} type="email" autoComplete="off" {...text('email')} />
          <Field label={t('complaints.intake.field.other')} autoComplete="off" {...text('other')} />
        </div>
        <label>
          <input type="checkbox" name="replyWanted" checked={fields.replyWanted} onChange={(e) => set('replyWanted', e.target.checked)} /> {t('complaints.intake.field.replyWanted')}
        </label>
        {errors.contact && (
          <p className="field__error" role="alert">
            {tc(errors.contact)}
          </p>
        )}
      </fieldset>
      <TargetFields fields={fields} set={set} errors={errors} />
      <TextAreaField label={t('complaints.intake.field.description')} {...text('description')} />
      <TextAreaField label={t('complaints.intake.field.request')} rows={2} {...text('request')} />
      <div className="row">
        <SelectField
          label={t('complaints.intake.field.category')}
          name="category"
          value={fields.category}
          onChange={(v) => set('category', v)}
          options={[{ value: '', label: t('complaints.intake.pick') }, ...COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: t(`complaints.category.${c}`) }))]}
          error={errors.category}
        />
        <SelectField
          label={t('complaints.intake.field.severity')}
          name="severity"
          value={fields.severity}
          onChange={(v) => set('severity', oneOf(COMPLAINT_SEVERITIES, v) ?? fields.severity)}
          options={COMPLAINT_SEVERITIES.map((s) => ({ value: s, label: t(`complaints.severity.${s}`) }))}
          error={errors.severity}
        />
      </div>
      <AttachmentsField files={props.files} onAdd={props.onAddFiles} onRemove={props.onRemoveFile} error={errors.attachments} />
      <FormError code={props.formError?.code} params={props.formError?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={props.pending}>
          {t('complaints.intake.readBackAction')}
        </button>
      </div>
    </form>
  );
}
