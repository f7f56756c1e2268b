import { useState, type FormEvent } from 'react';
import type { ReturnRecord } from '../../../shared/domain/returns/types';
import { reverseReturnInput } from '../../../shared/schema/returns';
import { useDeskContext } from '../../app/useDeskContext';
import { ApprovalDialog } from '../../components/ApprovalDialog';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import type { Approval } from '../../db/approval';
import { reverseReturn } from '../../db/returns/reverse';
import { useT } from '../../i18n';

/** A return registered by mistake is reversed by a new entry, with a reason and a supervisor's approval. */
export function ReverseReturnForm({ record }: { readonly record: ReturnRecord }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [reason, setReason] = useState('');
  const [approving, setApproving] = useState(false);
  const raw = { returnId: record.id, reason };
  // The reason is checked before the supervisor is called over: the dialog only asks for the PIN.
  const check = useSubmit(() => {
    reverseReturnInput.parse(raw);
    setApproving(true);
    return Promise.resolve();
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void check.submit();
  };
  return (
    <>
      <form className="form" onSubmit={onSubmit} aria-labelledby="returns-reverse-title">
        <h3 id="returns-reverse-title">{t('returns.reverse.title')}</h3>
        <Field label={t('returns.reverse.reason')} name="reverseReason" value={reason} onChange={(e) => setReason(e.target.value)} error={check.errors.fields.reason} />
        <div className="actions">
          <button type="submit" className="danger" disabled={check.pending}>
            {t('returns.reverse.submit')}
          </button>
        </div>
      </form>
      {approving && (
        <ApprovalDialog
          action={t('returns.reverse.approvalAction', { number: record.number })}
          onApprove={(approval: Approval) => reverseReturn(ctx, raw, approval)}
          onClose={() => setApproving(false)}
        />
      )}
    </>
  );
}
