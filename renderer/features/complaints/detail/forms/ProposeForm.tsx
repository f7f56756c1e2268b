import { useState } from 'react';
import { MONEY_RESOLUTIONS, RESOLUTION_KINDS, type ResolutionKind } from '../../../../../shared/domain/complaints/types';
import { formatYuan } from '../../../../../shared/domain/money';
import { Field } from '../../../../components/Field';
import { useT } from '../../../../i18n';
import { CheckField, TextAreaField, useTextFields } from './fields';
import { StepForm, type StepFormProps } from './StepForm';

/** Step 6: one or more resolutions; a refund, cash compensation or coupon says how much, in yuan. A refused proposal is offered again to mend. */
export function ProposeForm(props: StepFormProps) {
  const { t, tc } = useT();
  const last = props.complaint.proposal?.items ?? [];
  const [chosen, setChosen] = useState<readonly ResolutionKind[]>(() => last.map((i) => i.kind));
  const [amounts, setAmounts] = useState<Partial<Record<ResolutionKind, string>>>(() =>
    Object.fromEntries(last.flatMap((i) => (i.amountFen === undefined ? [] : [[i.kind, formatYuan(i.amountFen)]]))),
  );
  const { values, text } = useTextFields({ note: '' });
  const { fields } = props.errors;
  // Kept in the table's order, so an error at items.N points at the N-th chosen one.
  const items = RESOLUTION_KINDS.filter((k) => chosen.includes(k));
  const toggle = (kind: ResolutionKind, on: boolean) => setChosen((c) => (on ? [...c, kind] : c.filter((k) => k !== kind)));
  const build = () => ({ items: items.map((kind) => ({ kind, amount: MONEY_RESOLUTIONS.includes(kind) ? (amounts[kind] ?? '') : undefined })), note: values.note });
  return (
    <StepForm form={props} build={build}>
      <fieldset className={`field cd-choices${fields.items ? ' field--error' : ''}`}>
        <legend>{t('complaints.step.resolutionProposed.items')}</legend>
        {RESOLUTION_KINDS.map((kind, i) => {
          const index = items.indexOf(kind);
          return (
            <div key={kind} className="cd-resolution">
              <CheckField label={t(`complaints.resolution.${kind}`)} checked={index >= 0} onChange={(on) => toggle(kind, on)} autoFocus={i === 0} />
              {index >= 0 && MONEY_RESOLUTIONS.includes(kind) && (
                <Field
                  label={t('complaints.step.resolutionProposed.amount', { kind: t(`complaints.resolution.${kind}`) })}
                  name={`amount-${kind}`}
                  inputMode="decimal"
                  value={amounts[kind] ?? ''}
                  onChange={(e) => setAmounts((a) => ({ ...a, [kind]: e.target.value }))}
                  error={fields[`items.${index}.amount`]}
                />
              )}
            </div>
          );
        })}
        {fields.items && (
          <small className="field__error" role="alert">
            {tc(fields.items)}
          </small>
        )}
      </fieldset>
      <TextAreaField label={t('complaints.detail.note')} {...text('note')} error={fields.note} />
    </StepForm>
  );
}
