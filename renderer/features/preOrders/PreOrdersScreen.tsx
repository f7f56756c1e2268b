import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { storeDay } from '../../../shared/domain/clock';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { Field } from '../../components/Field';
import { ScanInput } from '../../components/ScanInput';
import { useNow } from '../../components/useNow';
import { findPreOrderByNumber, PRE_ORDER_LISTS, readPreOrders } from '../../db/preOrders/queries';
import type { PreOrderRow } from '../../db/preOrders/row';
import { useT } from '../../i18n';
import { usePrintAction } from '../printing/usePrintAction';
import { PreOrderDetail } from './PreOrderDetail';
import { PreOrderTable } from './PreOrderTable';
import { pickupSlipRequest } from './slipRequest';
import { TakeDone } from './TakeDone';
import { TakeForm } from './TakeForm';
import { usePreOrdersView } from './view';
import './preOrders.css';

/**
 * 电话预约订货 · 团体购物: the lists (pickups today, overdue, still open, a
 * day's), a scan of the slip to open an order, a new order; an open order
 * shows the step its state allows next and its pickup slip.
 */
export function PreOrdersScreen() {
  const { t } = useT();
  const { db, clock } = useServices();
  const ctx = useDeskContext();
  const { timeZone } = ctx.session;
  const now = useNow(clock);
  const { view, list, show, showList } = usePreOrdersView();
  const [day, setDay] = useState(() => storeDay(clock.now(), timeZone));
  const [done, setDone] = useState<string>();
  const [notFound, setNotFound] = useState<string>();
  const slip = usePrintAction();
  const rows = useLiveQuery(() => readPreOrders(db, list, clock.now(), timeZone, day), [db, clock, list, day, timeZone, now]);

  const open = (id: string) => {
    setDone(undefined);
    show({ kind: 'order', id });
  };
  const scan = async (typed: string) => {
    const found = await findPreOrderByNumber(db, typed);
    setNotFound(found ? undefined : typed);
    if (found) open(found.id);
  };
  const taken = async (order: PreOrderRow) => {
    show({ kind: 'taken', id: order.id });
    await slip.print(pickupSlipRequest(order));
  };
  const newOrder = () => {
    slip.clearResult();
    setDone(undefined);
    show({ kind: 'take' });
  };
  const back = () => {
    setDone(undefined);
    show({ kind: 'list' });
  };

  return (
    <div>
      <section className="panel" aria-labelledby="po-title">
        <h1 id="po-title">{t('preOrders.title')}</h1>
        <div className="row po-top">
          <ScanInput label={t('preOrders.scan')} onScan={(text) => void scan(text)} error={notFound ? 'preOrders.notFound' : undefined} errorParams={{ number: notFound ?? '' }} />
          <div className="actions">
            <button type="button" className="primary" onClick={newOrder}>
              {t('preOrders.new')}
            </button>
          </div>
        </div>
        {done && (
          <p className="notice notice--ok" role="status">
            {done}
          </p>
        )}
      </section>
      {view.kind === 'take' && <TakeForm onTaken={(order) => void taken(order)} onBack={back} />}
      {view.kind === 'taken' && <TakeDone orderId={view.id} slip={slip} onOpen={() => open(view.id)} onNext={newOrder} />}
      {view.kind === 'order' && <PreOrderDetail key={view.id} orderId={view.id} now={now} timeZone={timeZone} onDone={setDone} onBack={back} />}
      {view.kind === 'list' && (
        <section className="panel" aria-label={t('preOrders.list.label')}>
          <div className="row po-lists" role="group" aria-label={t('preOrders.list.label')}>
            {PRE_ORDER_LISTS.map((l) => (
              <button key={l} type="button" className={l === list ? 'active' : undefined} aria-pressed={l === list} onClick={() => showList(l)}>
                {t(`preOrders.list.${l}`)}
              </button>
            ))}
            {list === 'day' && <Field label={t('preOrders.list.dayField')} type="date" name="day" value={day} onChange={(e) => setDay(e.target.value)} />}
          </div>
          {rows && rows.length === 0 && <p className="muted">{t('preOrders.list.empty')}</p>}
          {rows && rows.length > 0 && (
            <PreOrderTable rows={rows} caption={t(`preOrders.list.caption.${list}`, { day })} now={now} timeZone={timeZone} onOpen={open} />
          )}
        </section>
      )}
    </div>
  );
}
