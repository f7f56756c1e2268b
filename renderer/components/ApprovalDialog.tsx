import { useState, type FormEvent } from 'react';
import type { Role } from '../../shared/domain/staff';
import type { Approval } from '../db/approval';
import { useT } from '../i18n';
import { Dialog } from './Dialog';
import { Field, FormError } from './Field';
import { useSubmit } from './useSubmit';
import { WholeNumbers } from './WholeNumbers';

interface ApprovalDialogProps {
  /** What is being approved, in the clerk's language. */
  readonly action: string;
  /** Runs the action with the supervisor's number + PIN; a refusal shows in the dialog. */
  readonly onApprove: (approval: Approval) => Promise<unknown>;
  readonly onClose: () => void;
  /** The least role that may approve, when it is not simply a supervisor (complaint steps: a desk lead, or the store manager). */
  readonly approver?: Role | undefined;
}

/** A supervisor (or the role named) approves one action at a clerk's session without signing in. */
export function ApprovalDialog({ action, onApprove, onClose, approver }: ApprovalDialogProps) {
  const { t } = useT();
  const role = approver && t(`role.${approver}`);
  const [staffNo, setStaffNo] = useState('');
  const [pin, setPin] = useState('');
  const { submit, pending, errors } = useSubmit(async () => {
    await onApprove({ staffNo, pin });
    onClose();
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit();
  };
  return (
    <Dialog title={role ? t('approval.titleBy', { role }) : t('approval.title')} onClose={onClose}>
      <form onSubmit={onSubmit} className="form">
        <p>
          <WholeNumbers text={role ? t('approval.bodyBy', { action, role }) : t('approval.body', { action })} />
        </p>
        <Field label={role ? t('approval.staffNoBy') : t('approval.staffNo')} value={staffNo} onChange={(e) => setStaffNo(e.target.value)} autoComplete="off" name="approverNo" />
        <Field
          label={role ? t('approval.pinBy') : t('approval.pin')}
          type="password"
          inputMode="numeric"
          value={pin}
          onChange={(e) => setPin(e.target.value)}
          autoComplete="off"
          name="approverPin"
          error={errors.fields.approverPin}
          errorParams={errors.params}
        />
        <FormError code={errors.form?.code} params={errors.form?.params} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t('approval.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
