import { useState, type FormEvent } from 'react';
import type { LockerDoor } from '../../../shared/domain/storage/lockers';
import { assistedOpeningInput } from '../../../shared/schema/storage';
import { useDeskContext } from '../../app/useDeskContext';
import { ApprovalDialog } from '../../components/ApprovalDialog';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import type { Approval } from '../../db/approval';
import { openLockerAssisted } from '../../db/storage/lockers';
import { useT } from '../../i18n';
import type { LockerResult } from './result';

const EMPTY = { reason: '', contents: '', phone: '', note: '' };
type OpeningFields = typeof EMPTY;

/**
 * The customer lost the locker slip: why, and the identity check (what is
 * inside, phone, ID seen); a supervisor approves before the door is opened.
 */
export function AssistedOpeningForm({ door, onOpened }: { readonly door: LockerDoor; readonly onOpened: (result: LockerResult) => void }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [form, setForm] = useState<OpeningFields>(EMPTY);
  const [approving, setApproving] = useState(false);
  const raw = { doorId: door.id, reason: form.reason, identity: { contents: form.contents, phone: form.phone, note: form.note } };
  const check = useSubmit(() => {
    assistedOpeningInput.parse(raw);
    setApproving(true);
    return Promise.resolve();
  });
  const open = async (approval: Approval) => {
    const opened = await openLockerAssisted(ctx, raw, approval);
    onOpened({ kind: 'opened', doorId: opened.id, number: opened.lastOpening?.number ?? '' });
  };
  const bind = (name: keyof OpeningFields, path: string) => ({
    name,
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value })),
    error: check.errors.fields[path],
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void check.submit();
  };
  return (
    <>
      <form className="form" onSubmit={onSubmit} aria-labelledby="door-open-title">
        <h3 id="door-open-title">{t('lockers.open.title')}</h3>
        <Field label={t('lockers.open.reason')} {...bind('reason', 'reason')} autoFocus />
        <Field label={t('lockers.open.contents')} hint={t('lockers.open.contentsHint')} {...bind('contents', 'identity.contents')} />
        <div className="row">
          <Field label={t('lockers.open.phone')} type="tel" inputMode="tel" {...bind('phone', 'identity.phone')} />
          <Field label={t('lockers.open.note')} hint={t('lockers.open.noteHint')} {...bind('note', 'identity.note')} />
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={check.pending}>
            {t('lockers.open.submit')}
          </button>
        </div>
      </form>
      {approving && <ApprovalDialog action={t('lockers.open.approvalAction', { door: door.id })} onApprove={open} onClose={() => setApproving(false)} />}
    </>
  );
}
