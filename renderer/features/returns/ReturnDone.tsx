import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useServices } from '../../app/services';
import { RecordNumberNotice } from '../../components/RecordNumberNotice';
import { useT } from '../../i18n';
import { ReturnSlipButtons } from './ReturnSlipButtons';

/** The return just registered: its TH number, and the slip to reprint. */
export function ReturnDone({ returnId, onClose }: { readonly returnId: string; readonly onClose: () => void }) {
  const { t } = useT();
  const { db } = useServices();
  const record = useLiveQuery(() => db.returns.get(returnId), [db, returnId]);
  const panel = useRef<HTMLElement>(null);
  const shownId = record?.id;
  // Saved from the foot of a long form: bring the TH number into view; the scanner field keeps the focus for the next customer.
  useEffect(() => {
    if (shownId) panel.current?.scrollIntoView?.({ block: 'start' });
  }, [shownId]);
  if (!record) return null;
  return (
    <section className="panel" aria-live="polite" ref={panel}>
      <RecordNumberNotice done={t('returns.done')} number={record.number} testId="return-number" />
      <ReturnSlipButtons returnId={record.id}>
        <button type="button" onClick={onClose}>
          {t('returns.next')}
        </button>
      </ReturnSlipButtons>
    </section>
  );
}
