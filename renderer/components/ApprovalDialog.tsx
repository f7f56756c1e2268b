import { useState, type FormEvent } from 'react';
import type { Approval } from '../db/approval';
import { useT } from '../i18n';
import { Dialog } from './Dialog';
import { Field, FormError } from './Field';
import { useSubmit } from './useSubmit';

interface ApprovalDialogProps {
  /** What is being approved, in the clerk's language. */
  readonly action: string;
  /** Runs the action with the supervisor's number + PIN; a refusal shows in the dialog. */
  readonly onApprove: (approval: Approval) => Promise<unknown>;
  readonly onClose: () => void;
}

/** A supervisor approves one action at a clerk's session without signing in. */
export function ApprovalDialog({ action, onApprove, onClose }: ApprovalDialogProps) {
  const { t } = useT();
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
    <Dialog title={t('approval.title')} onClose={onClose}>
      <form onSubmit={onSubmit} className="form">
        <p>{t('approval.body', { action })}</p>
        <Field label={t('approval.staffNo')} value={staffNo} onChange={(e) => setStaffNo(e.target.value)} autoComplete="off" name="approverNo" />
        <Field
          label={t('approval.pin')}
          type="password"
          inputMode="numeric"
          value={pin}
          onChange={(e) => setPin(e.target.value)}
          autoComplete="off"
          name="approverPin"
          error={errors.fields.approverPin}
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
