import { useState } from 'react';
import { ESCALATION_REASONS, type EscalationReason } from '../../../../../shared/domain/complaints/entries';
import type { EscalationLevel } from '../../../../../shared/domain/complaints/types';
import { useT } from '../../../../i18n';
import { deadlineKindText, durationText, levelText } from '../../words';
import { ChoiceField, TextAreaField, useTextFields } from './fields';
import { StepForm, type StepFormProps } from './StepForm';

/** Raises the complaint one level; an overdue limit not raised yet is suggested as the reason. */
export function EscalateForm(props: StepFormProps) {
  const { t } = useT();
  const { complaint, escalation } = props;
  const [reason, setReason] = useState<EscalationReason | ''>(escalation ? 'overdue' : '');
  const { values, text } = useTextFields({ note: '' });
  const { fields } = props.errors;
  const toLevel = (complaint.escalationLevel + 1) as EscalationLevel;
  // The missed limit is named only when it is the reason: it then counts as raised.
  const deadlineKind = reason === 'overdue' ? escalation?.kind : undefined;
  return (
    <StepForm form={props} build={() => ({ reason, deadlineKind, note: values.note })}>
      <p>{t('complaints.step.escalated.toLevel', { from: levelText(complaint.escalationLevel, t), to: levelText(toLevel, t) })}</p>
      {escalation && (
        <p className="notice notice--warn">
          {t('complaints.detail.escalationDue', { kind: deadlineKindText(escalation.kind, t), overdue: durationText(escalation.overdueMs, t), level: levelText(escalation.toLevel, t) })}
        </p>
      )}
      <ChoiceField
        legend={t('complaints.step.escalated.reason')}
        name="reason"
        value={reason}
        onChange={setReason}
        options={ESCALATION_REASONS.map((r) => ({ value: r, label: t(`complaints.escalationReason.${r}`) }))}
        error={fields.reason}
        autoFocus
      />
      <TextAreaField label={t('complaints.detail.note')} {...text('note')} error={fields.note} />
    </StepForm>
  );
}
