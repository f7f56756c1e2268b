import { useState, type FormEvent } from 'react';
import type { StorageItem } from '../../../shared/domain/storage/types';
import { identityCheck } from '../../../shared/schema/storage';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { ApprovalDialog } from '../../components/ApprovalDialog';
import { Dialog } from '../../components/Dialog';
import { Field, FormError } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { releaseWithLostTicket } from '../../db/storage/bulky';
import { searchStorage } from '../../db/storage/queries';
import { useT } from '../../i18n';
import { StorageResults } from './StorageResults';

interface LostTicketDialogProps {
  readonly onClose: () => void;
  readonly onReleased: (number: string, itemId: string) => void;
}

const EMPTY_IDENTITY = { contents: '', phone: '', note: '' };

/** Lost claim ticket: find the item, check identity, a supervisor approves the release. */
export function LostTicketDialog({ onClose, onReleased }: LostTicketDialogProps) {
  const { t } = useT();
  const { db } = useServices();
  const ctx = useDeskContext();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<StorageItem[]>();
  const [item, setItem] = useState<StorageItem>();
  const [identity, setIdentity] = useState(EMPTY_IDENTITY);
  const [approving, setApproving] = useState(false);
  const find = useSubmit(async () => setResults((await searchStorage(db, { text: query })).filter((i) => i.status === 'held')));
  // The identity fields are checked before the supervisor is called over.
  const check = useSubmit(() => {
    identityCheck.parse(identity);
    setApproving(true);
    return Promise.resolve();
  });
  const onFind = (e: FormEvent) => {
    e.preventDefault();
    void find.submit();
  };
  const onCheck = (e: FormEvent) => {
    e.preventDefault();
    void check.submit();
  };
  const bind = (name: keyof typeof EMPTY_IDENTITY) => ({
    name,
    value: identity[name],
    onChange: (e: { target: { value: string } }) => setIdentity((v) => ({ ...v, [name]: e.target.value })),
    error: check.errors.fields[name],
  });
  return (
    <Dialog title={t('storage.lostTicket.title')} onClose={onClose} wide>
      {!item ? (
        <form className="form" onSubmit={onFind}>
          <Field label={t('storage.lostTicket.find')} name="lostTicketQuery" value={query} onChange={(e) => setQuery(e.target.value)} />
          <div className="actions">
            <button type="button" onClick={onClose}>
              {t('action.cancel')}
            </button>
            <button type="submit" className="primary" disabled={find.pending}>
              {t('action.search')}
            </button>
          </div>
          {results && <StorageResults items={results} onPick={setItem} pickLabel={t('storage.lostTicket.pick')} />}
        </form>
      ) : (
        <form className="form" onSubmit={onCheck}>
          <p className="big-number">
            {item.number} · {item.description} ×{item.count}
          </p>
          <Field label={t('storage.lostTicket.contents')} {...bind('contents')} autoFocus />
          <Field label={t('storage.lostTicket.phone')} {...bind('phone')} inputMode="tel" />
          <Field label={t('storage.lostTicket.note')} {...bind('note')} />
          <FormError code={check.errors.form?.code} />
          <div className="actions">
            <button type="button" onClick={() => setItem(undefined)}>
              {t('action.back')}
            </button>
            <button type="submit" className="primary">
              {t('storage.lostTicket.submit')}
            </button>
          </div>
        </form>
      )}
      {approving && item && (
        <ApprovalDialog
          action={t('storage.lostTicket.action', { number: item.number })}
          onClose={() => setApproving(false)}
          onApprove={async (approval) => {
            const outcome = await releaseWithLostTicket(ctx, { itemId: item.id, identity }, approval);
            onReleased(outcome.item.number, outcome.item.id);
            onClose();
          }}
        />
      )}
    </Dialog>
  );
}
