import type { ReactNode } from 'react';
import type { ComplaintDeadline } from '../../../../../shared/domain/complaints/deadlines';
import type { EscalationSuggestion } from '../../../../../shared/domain/complaints/escalation';
import type { Complaint } from '../../../../../shared/domain/complaints/state';
import { FormError } from '../../../../components/Field';
import type { SubmitErrors } from '../../../../components/useSubmit';
import { useT } from '../../../../i18n';

/** What every step form gets: the complaint as it stands, and how to hand in what was typed. */
export interface StepFormProps {
  readonly complaint: Complaint;
  readonly deadlines: readonly ComplaintDeadline[];
  readonly escalation?: EscalationSuggestion | undefined;
  readonly timeZone: string;
  /**
   * Takes the step with what `build` returns; `build` runs inside the
   * submission, so a check it makes (a date-time it cannot read) shows at
   * its field like a schema error.
   */
  readonly submit: (build: () => unknown) => void;
  readonly errors: SubmitErrors;
  readonly pending: boolean;
  readonly onCancel: () => void;
}

/** The form around a step's fields: Enter submits, the whole-form error, cancel and submit. */
export function StepForm({ form, build, children }: { readonly form: StepFormProps; readonly build: () => unknown; readonly children: ReactNode }) {
  const { t } = useT();
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.submit(build);
      }}
    >
      {children}
      <FormError code={form.errors.form?.code} params={form.errors.form?.params} />
      <div className="actions">
        <button type="button" onClick={form.onCancel}>
          {t('action.cancel')}
        </button>
        <button type="submit" className="primary" disabled={form.pending}>
          {t('complaints.detail.submit')}
        </button>
      </div>
    </form>
  );
}
