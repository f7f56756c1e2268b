import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { useT } from '../../i18n';
import { ReturnSlipButtons } from './ReturnSlipButtons';

/** The return just registered: its TH number, and the slip to reprint. */
export function ReturnDone({ returnId, onClose }: { readonly returnId: string; readonly onClose: () => void }) {
  const { t } = useT();
  const { db } = useServices();
  const record = useLiveQuery(() => db.returns.get(returnId), [db, returnId]);
  if (!record) return null;
  return (
    <section className="panel" aria-live="polite">
      <p className="notice notice--ok" role="status">
        {t('returns.done')}{' '}
        <span className="big-number" data-testid="return-number">
          {record.number}
        </span>
      </p>
      <ReturnSlipButtons returnId={record.id} />
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('returns.next')}
        </button>
      </div>
    </section>
  );
}
