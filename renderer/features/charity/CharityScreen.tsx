import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { CharityEvent } from '../../../shared/domain/charity/types';
import { useServices } from '../../app/services';
import { allCharityEvents } from '../../db/charity/queries';
import { useT } from '../../i18n';
import { PrintResultNotice } from '../printing/PrintResultNotice';
import { usePrintAction } from '../printing/usePrintAction';
import { CharityEventForm } from './CharityEventForm';
import { CharityEventList } from './CharityEventList';
import { charitySlipRequest } from './charitySlip';
import { HandOutForm } from './HandOutForm';

/** 公益赞助: the events, a new one (approved by a supervisor), the hand-over with its slip, and a reprint (补打). */
export function CharityScreen() {
  const { t } = useT();
  const { db } = useServices();
  const events = useLiveQuery(() => allCharityEvents(db), [db]);
  const slip = usePrintAction();
  const [creating, setCreating] = useState(false);
  const [handing, setHanding] = useState<CharityEvent>();
  const [done, setDone] = useState<string>();
  const start = (next: () => void) => {
    setDone(undefined);
    slip.clearResult();
    next();
  };
  const onHandedOut = async (event: CharityEvent) => {
    setHanding(undefined);
    setDone(t('charity.handOut.done', { number: event.number }));
    await slip.print(charitySlipRequest(event));
  };
  return (
    <div className="card">
      <h1>{t('charity.title')}</h1>
      <p className="muted">{t('charity.hint')}</p>
      {done && (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      <PrintResultNotice result={slip.result} />
      {creating ? (
        <CharityEventForm
          onSaved={(event) => {
            setCreating(false);
            setDone(t('charity.saved', { number: event.number }));
          }}
          onCancel={() => setCreating(false)}
        />
      ) : (
        !handing && (
          <div className="actions">
            <button type="button" className="primary" onClick={() => start(() => setCreating(true))}>
              {t('charity.new')}
            </button>
          </div>
        )
      )}
      {handing && <HandOutForm key={handing.id} event={handing} onHandedOut={onHandedOut} onCancel={() => setHanding(undefined)} />}
      <h2>{t('charity.list')}</h2>
      {events && (
        <CharityEventList
          events={events}
          onHandOut={(event) => start(() => setHanding(event))}
          onReprint={(event) => start(() => void slip.print(charitySlipRequest(event)))}
        />
      )}
    </div>
  );
}
