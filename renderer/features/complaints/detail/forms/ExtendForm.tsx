import { useState } from 'react';
import { formatInZone } from '../../../../../shared/domain/clock';
import { extendableDeadlines } from '../../../../../shared/domain/complaints/deadlines';
import type { DeadlineKind } from '../../../../../shared/domain/complaints/policy';
import { Field, SelectField } from '../../../../components/Field';
import { DeskError } from '../../../../db/errors';
import { useT } from '../../../../i18n';
import { deadlineKindText, storeTimeText } from '../../words';
import { CheckField, TextAreaField, useTextFields } from './fields';
import { StepForm, type StepFormProps } from './StepForm';
import { parseStoreDateTime, STORE_DATE_TIME_PATTERN } from './storeDateTime';

const DAY = 86_400_000;

/** A limit moved out: which one, to when (store time), why, and the customer agreed. */
export function ExtendForm(props: StepFormProps) {
  const { t } = useT();
  const { timeZone } = props;
  const open = extendableDeadlines(props.deadlines);
  const [kind, setKind] = useState<DeadlineKind | ''>(open[0]?.kind ?? '');
  const limit = open.find((d) => d.kind === kind);
  const [consent, setConsent] = useState(false);
  const { values, set, text } = useTextFields(() => ({ newDueAt: open[0] ? formatInZone(open[0].dueAt + DAY, STORE_DATE_TIME_PATTERN, timeZone) : '', reason: '' }));
  const { fields } = props.errors;
  const build = () => {
    const newDueAt = parseStoreDateTime(values.newDueAt, timeZone);
    if (newDueAt === undefined) throw new DeskError('complaints.step.extended.badTime', 'newDueAt');
    if (limit && newDueAt <= limit.dueAt) throw new DeskError('complaints.step.extended.notLater', 'newDueAt');
    return { kind, newDueAt, reason: values.reason, customerConsent: consent };
  };
  const pick = (next: string) => {
    const chosen = open.find((d) => d.kind === next);
    if (!chosen) return;
    setKind(chosen.kind);
    set('newDueAt', formatInZone(chosen.dueAt + DAY, STORE_DATE_TIME_PATTERN, timeZone));
  };
  return (
    <StepForm form={props} build={build}>
      <SelectField
        label={t('complaints.step.extended.kind')}
        name="kind"
        value={kind}
        onChange={pick}
        options={open.map((d) => ({ value: d.kind, label: t('complaints.step.extended.option', { kind: deadlineKindText(d.kind, t), due: storeTimeText(d.dueAt, timeZone) }) }))}
        error={fields.kind}
      />
      <Field label={t('complaints.step.extended.newDueAt')} hint={t('complaints.step.extended.newDueAtHint')} {...text('newDueAt')} error={fields.newDueAt} autoFocus />
      <TextAreaField label={t('complaints.step.extended.reason')} {...text('reason')} error={fields.reason} />
      <CheckField label={t('complaints.step.extended.consent')} checked={consent} onChange={setConsent} error={fields.customerConsent} />
    </StepForm>
  );
}
