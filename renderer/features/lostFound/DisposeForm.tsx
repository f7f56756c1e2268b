import { useState, type FormEvent } from 'react';
import { DISPOSAL_METHODS, type LostItem } from '../../../shared/domain/storage/lostFound';
import { lostItemDisposeInput } from '../../../shared/schema/storage';
import { useDeskContext } from '../../app/useDeskContext';
import { ApprovalDialog } from '../../components/ApprovalDialog';
import { Field, SelectField } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import type { Approval } from '../../db/approval';
import { disposeLostItem } from '../../db/storage/lostFound';
import { useT } from '../../i18n';

/** Disposal of an item past its keeping period: method and reason, then a supervisor approves. */
export function DisposeForm({ item }: { readonly item: LostItem }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [method, setMethod] = useState('');
  const [reason, setReason] = useState('');
  const [approving, setApproving] = useState(false);
  const raw = { itemId: item.id, method, reason };
  const chosen = DISPOSAL_METHODS.find((m) => m === method);
  // The fields are checked before the supervisor is called over, so the dialog only asks for the PIN.
  const check = useSubmit(() => {
    lostItemDisposeInput.parse(raw);
    setApproving(true);
    return Promise.resolve();
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void check.submit();
  };

  return (
    <>
      <form className="form" onSubmit={onSubmit} aria-labelledby="lost-dispose-title">
        <h3 id="lost-dispose-title">{t('lostFound.dispose.title')}</h3>
        <div className="row">
          <SelectField
            label={t('lostFound.dispose.method')}
            name="method"
            value={method}
            onChange={setMethod}
            error={check.errors.fields.method}
            options={[{ value: '', label: t('lostFound.dispose.choose') }, ...DISPOSAL_METHODS.map((m) => ({ value: m, label: t(`lostFound.method.${m}`) }))]}
          />
          <Field label={t('lostFound.dispose.reason')} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} error={check.errors.fields.reason} />
        </div>
        <div className="actions">
          <button type="submit" className="danger" disabled={check.pending}>
            {t('lostFound.dispose.submit')}
          </button>
        </div>
      </form>
      {approving && (
        <ApprovalDialog
          action={t('lostFound.dispose.approvalAction', { number: item.number, method: chosen ? t(`lostFound.method.${chosen}`) : '' })}
          onApprove={(approval: Approval) => disposeLostItem(ctx, raw, approval)}
          onClose={() => setApproving(false)}
        />
      )}
    </>
  );
}
