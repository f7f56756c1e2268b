import { useState } from 'react';
import { SATISFIED_FROM, UNSATISFIED_OUTCOMES, type UnsatisfiedOutcome } from '../../../../../shared/domain/complaints/types';
import { useT } from '../../../../i18n';
import { ChoiceField, TextAreaField, useTextFields } from './fields';
import { StepForm, type StepFormProps } from './StepForm';

const RATINGS = ['1', '2', '3', '4', '5'] as const;
type Rating = (typeof RATINGS)[number];

/** Step 9 (回访): satisfaction 1–5; an unsatisfied customer's complaint goes back to the department or up a level. */
export function FollowUpForm(props: StepFormProps) {
  const { t } = useT();
  const [rating, setRating] = useState<Rating | ''>('');
  const [outcome, setOutcome] = useState<UnsatisfiedOutcome | ''>('');
  const { values, text } = useTextFields({ comment: '' });
  const { fields } = props.errors;
  const unsatisfied = rating !== '' && Number(rating) < SATISFIED_FROM;
  return (
    <StepForm form={props} build={() => ({ rating, comment: values.comment, outcome: unsatisfied && outcome ? outcome : undefined })}>
      <ChoiceField
        legend={t('complaints.step.followedUp.rating')}
        name="rating"
        value={rating}
        onChange={setRating}
        options={RATINGS.map((r) => ({ value: r, label: t(`complaints.rating.${r}`) }))}
        error={fields.rating}
        autoFocus
      />
      {unsatisfied && (
        <ChoiceField
          legend={t('complaints.step.followedUp.outcome')}
          name="outcome"
          value={outcome}
          onChange={setOutcome}
          options={UNSATISFIED_OUTCOMES.map((o) => ({ value: o, label: t(`complaints.outcome.${o}`) }))}
          error={fields.outcome}
        />
      )}
      <TextAreaField label={t('complaints.step.followedUp.comment')} {...text('comment')} error={fields.comment} />
    </StepForm>
  );
}
