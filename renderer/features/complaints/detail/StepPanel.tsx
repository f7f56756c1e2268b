import { useId, useState } from 'react';
import type { Complaint } from '../../../../shared/domain/complaints/state';
import { checkComplaintStep } from '../../../../shared/domain/complaints/workflow';
import type { Role } from '../../../../shared/domain/staff';
import { useDeskContext } from '../../../app/useDeskContext';
import { ApprovalDialog } from '../../../components/ApprovalDialog';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useSubmit } from '../../../components/useSubmit';
import type { Approval } from '../../../db/approval';
import type { ComplaintStepType } from '../../../../shared/domain/complaints/entries';
import { complaintStepData, takeComplaintStep } from '../../../db/complaints/steps';
import { useT } from '../../../i18n';
import type { StepFormProps } from './forms/StepForm';
import { STEP_FORMS } from './forms/stepForms';
import type { OfferedStep } from '../../../../shared/domain/complaints/offered';

export type StepInfo = Pick<StepFormProps, 'complaint' | 'deadlines' | 'escalation' | 'timeZone'>;

const APPROVER_ROLES: readonly Role[] = ['lead', 'supervisor', 'storeManager'];

/** The least role that may take the step now: who to call over. */
function approverRole(c: Complaint, type: ComplaintStepType): Role {
  return APPROVER_ROLES.find((r) => checkComplaintStep(c, type, r).ok) ?? 'storeManager';
}

/** Steps that cannot be undone: closing, and judging a complaint invalid (which closes it). */
function irreversible(type: ComplaintStepType, data: ReturnType<typeof complaintStepData>): boolean {
  return type === 'closed' || (type === 'validityJudged' && 'valid' in data && !data.valid);
}

interface StepPanelProps {
  readonly offered: OfferedStep;
  readonly info: StepInfo;
  readonly onDone: (type: ComplaintStepType) => void;
  readonly onCancel: () => void;
}

type Held = { readonly raw: unknown; readonly ask: 'confirm' | 'approve' };

/**
 * One step's form, and what stands between it and the entry: the input is
 * checked first (errors at the fields), then a confirmation for what
 * cannot be undone, then an approval when only a higher role may take it.
 */
export function StepPanel({ offered, info, onDone, onCancel }: StepPanelProps) {
  const { t } = useT();
  const titleId = useId();
  const ctx = useDeskContext();
  const { type, viaApproval } = offered;
  const { complaint } = info;
  const [held, setHeld] = useState<Held>();
  const take = async (raw: unknown, approval?: Approval) => {
    await takeComplaintStep(ctx, complaint.id, type, raw, approval);
    onDone(type);
  };
  const { submit, pending, errors } = useSubmit(async (build: () => unknown, confirmed: boolean) => {
    const raw = build();
    const data = complaintStepData(type, raw, complaint);
    if (!confirmed && irreversible(type, data)) return setHeld({ raw, ask: 'confirm' });
    if (viaApproval) return setHeld({ raw, ask: 'approve' });
    return take(raw);
  });
  const Form = STEP_FORMS[type];
  const step = t(`complaints.step.${type}`);
  return (
    <section className="panel cd-step" aria-labelledby={titleId}>
      <h3 id={titleId}>{viaApproval ? t('complaints.detail.needsApproval', { step }) : step}</h3>
      {viaApproval && <p className="muted">{t('complaints.detail.approvalHint', { role: t(`role.${approverRole(complaint, type)}`) })}</p>}
      <Form {...info} submit={(build) => void submit(build, false)} errors={errors} pending={pending} onCancel={onCancel} />
      {held?.ask === 'confirm' && (
        <ConfirmDialog
          title={t('complaints.detail.confirmTitle', { step })}
          confirmLabel={step}
          onConfirm={() => void submit(() => held.raw, true)}
          // Confirming may have moved on to the approval: only the confirmation itself closes here.
          onClose={() => setHeld((h) => (h?.ask === 'confirm' ? undefined : h))}
        >
          <p>{t(type === 'closed' ? 'complaints.detail.confirmClose' : 'complaints.detail.confirmInvalid', { number: complaint.number })}</p>
        </ConfirmDialog>
      )}
      {held?.ask === 'approve' && (
        <ApprovalDialog
          action={t('complaints.detail.approvalAction', { step, number: complaint.number })}
          onApprove={(approval) => take(held.raw, approval)}
          onClose={() => setHeld(undefined)}
          approver={approverRole(complaint, type)}
        />
      )}
    </section>
  );
}
