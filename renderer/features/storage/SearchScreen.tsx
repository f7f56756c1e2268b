import { useState, type FormEvent } from 'react';
import { storeTimeOnDay } from '../../../shared/domain/clock';
import type { StorageItem } from '../../../shared/domain/storage/types';
import { useServices } from '../../app/services';
import { useSession } from '../../app/session';
import { Field, FormError } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { searchStorage } from '../../db/storage/queries';
import { useT } from '../../i18n';
import { PrintPreviewDialog } from '../printing/PrintPreviewDialog';
import { PrintResultNotice } from '../printing/PrintResultNotice';
import { StorageItemCard } from './StorageItemCard';
import { StorageResults } from './StorageResults';
import { useTicketPrint } from './useTicketPrint';

const DAY_MS = 86_400_000;

/** Search by number, phone, description and deposit date; reprint (补打) from the result. */
export function SearchScreen() {
  const { t } = useT();
  const { db } = useServices();
  const timeZone = useSession((s) => s.profile?.timeZone);
  const [text, setText] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [results, setResults] = useState<StorageItem[]>();
  const [selectedId, setSelectedId] = useState<string>();
  const ticket = useTicketPrint();
  // A date field is a store-local day: from its start to its end.
  const dayStart = (day: string) => (day ? storeTimeOnDay(Date.parse(`${day}T12:00:00Z`), '00:00', timeZone) : undefined);
  const search = useSubmit(async () => {
    const start = dayStart(from);
    const end = dayStart(to);
    setResults(await searchStorage(db, { text, from: start, to: end === undefined ? undefined : end + DAY_MS - 1 }));
  });
  const selected = results?.find((i) => i.id === selectedId);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void search.submit();
  };
  return (
    <div className="card form" style={{ width: '100%', maxWidth: '70rem' }}>
      <h1>{t('storage.search.title')}</h1>
      <form className="form" onSubmit={onSubmit} role="search">
        <div className="row">
          <Field label={t('storage.search.text')} name="searchText" value={text} onChange={(e) => setText(e.target.value)} autoFocus />
          <Field label={t('storage.search.from')} name="from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          <Field label={t('storage.search.to')} name="to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <FormError code={search.errors.form?.code} />
        <div className="actions">
          <button type="submit" className="primary" disabled={search.pending}>
            {t('action.search')}
          </button>
        </div>
      </form>
      {results && <StorageResults items={results} onPick={(i) => setSelectedId(i.id)} pickLabel={t('action.preview')} selectedId={selectedId} />}
      {selected && (
        <>
          <StorageItemCard item={selected} />
          <PrintResultNotice result={ticket.result} />
          <div className="actions">
            <button type="button" onClick={() => void ticket.previewTicket(selected)}>
              {t('action.preview')}
            </button>
            <button type="button" onClick={() => void ticket.printTicket(selected).then(() => search.submit())}>
              {t('action.reprint')}
            </button>
          </div>
        </>
      )}
      {ticket.previewHtml && <PrintPreviewDialog html={ticket.previewHtml} onClose={ticket.closePreview} />}
    </div>
  );
}
