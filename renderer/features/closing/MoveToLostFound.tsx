import { useState, type FormEvent } from 'react';
import type { LostItem } from '../../../shared/domain/storage/lostFound';
import type { StorageItem } from '../../../shared/domain/storage/types';
import { moveToLostFoundInput } from '../../../shared/schema/storage';
import { useDeskContext } from '../../app/useDeskContext';
import { ApprovalDialog } from '../../components/ApprovalDialog';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import type { Approval } from '../../db/approval';
import { moveToLostFound } from '../../db/storage/lostFound';
import { useT } from '../../i18n';

interface MoveProps {
  readonly item: StorageItem;
  readonly onMoved: (lost: LostItem) => void;
  readonly onClose: () => void;
}

/** An overdue item goes to lost and found: the reason first, then a supervisor approves. */
export function MoveToLostFound({ item, onMoved, onClose }: MoveProps) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [reason, setReason] = useState(() => t('closing.move.reasonDefault'));
  const [approving, setApproving] = useState(false);
  const raw = { itemId: item.id, reason };
  const check = useSubmit(() => {
    moveToLostFoundInput.parse(raw);
    setApproving(true);
    return Promise.resolve();
  });
  const move = async (approval: Approval) => {
    onMoved(await moveToLostFound(ctx, raw, approval));
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void check.submit();
  };
  if (approving) {
    return <ApprovalDialog action={t('closing.move.approvalAction', { number: item.number, description: item.description })} onApprove={move} onClose={onClose} />;
  }
  return (
    <Dialog title={t('closing.move.title', { number: item.number })} onClose={onClose}>
      <form className="form" onSubmit={onSubmit}>
        <p>{t('closing.move.intro', { description: item.description, count: item.count })}</p>
        <Field label={t('closing.move.reason')} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} error={check.errors.fields.reason} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={check.pending}>
            {t('closing.move.next')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
