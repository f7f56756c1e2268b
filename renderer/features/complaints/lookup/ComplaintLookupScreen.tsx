import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type KeyboardEvent } from 'react';
import { COMPLAINT_STATUSES } from '../../../../shared/domain/complaints/state';
import { useServices } from '../../../app/services';
import { useDeskContext } from '../../../app/useDeskContext';
import { Field, SelectField } from '../../../components/Field';
import { findComplaints, lookUpComplaints, type ComplaintSearch } from '../../../db/complaints/lookup';
import { useT } from '../../../i18n';
import { useNow } from '../../../components/useNow';
import { dayRange } from '../../../../shared/domain/clock';
import { ComplaintDetail } from '../detail/ComplaintDetail';
import { oneOf } from '../intake/intakeDraft';
import { LookupResults } from './LookupResults';

/**
 * 投诉查询: a customer calling back is found by number (scanned or typed),
 * phone (or its last four digits), name, the day it came in or its state;
 * the results show at once with the state and the next deadline.
 */
export function ComplaintLookupScreen() {
  const { t } = useT();
  const { db, clock } = useServices();
  const { timeZone } = useDeskContext().session;
  // Time left is worked out again every half minute, and on every search.
  const tick = useNow(clock);
  const [text, setText] = useState('');
  const [day, setDay] = useState('');
  const [status, setStatus] = useState('');
  const [selectedId, setSelectedId] = useState<string>();
  const searchFor = (typed: string): ComplaintSearch => {
    const range = day ? dayRange(day, timeZone) : undefined;
    return { text: typed, receivedFrom: range?.from, receivedTo: range?.to, status: oneOf(COMPLAINT_STATUSES, status) };
  };
  const rows = useLiveQuery(() => lookUpComplaints(db, searchFor(text), clock.now()), [db, clock, text, day, status, timeZone, tick]);

  // A scanned number ends with Enter: the one complaint it finds opens at once (searched afresh, the list may lag a fast scanner).
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    void findComplaints(db, { ...searchFor(e.currentTarget.value), limit: 2 }).then((found) => {
      if (found.length === 1 && found[0]) setSelectedId(found[0].id);
    });
  };
  return (
    <>
      <section className="panel" aria-labelledby="complaint-lookup-title">
        <h2 id="complaint-lookup-title">{t('complaints.lookup.title')}</h2>
        <div className="form" role="search">
          <div className="row">
            <Field
              label={t('complaints.lookup.search')}
              hint={t('complaints.lookup.searchHint')}
              name="complaintSearch"
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={onKeyDown}
              autoFocus
              autoComplete="off"
              spellCheck={false}
            />
            <Field label={t('complaints.lookup.date')} type="date" name="receivedDay" value={day} onChange={(e) => setDay(e.target.value)} />
            <SelectField
              label={t('complaints.lookup.status')}
              name="status"
              value={status}
              onChange={setStatus}
              options={[{ value: '', label: t('complaints.lookup.anyStatus') }, ...COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`complaints.status.${s}`) }))]}
            />
          </div>
        </div>
        {rows && <LookupResults rows={rows} timeZone={timeZone} selectedId={selectedId} onOpen={setSelectedId} />}
      </section>
      {selectedId && <ComplaintDetail complaintId={selectedId} onClose={() => setSelectedId(undefined)} />}
    </>
  );
}
