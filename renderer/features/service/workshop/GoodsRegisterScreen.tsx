import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { dayRange, storeDay } from '../../../../shared/domain/clock';
import { useServices } from '../../../app/services';
import { useDeskContext } from '../../../app/useDeskContext';
import { downloadText } from '../../../components/download';
import { Field } from '../../../components/Field';
import { useStaffNames } from '../../../components/useStaffNames';
import { readGoodsRegister } from '../../../db/service/workshopQueries';
import { useT } from '../../../i18n';
import { serviceTimeText } from '../words';
import { goodsRegisterCsv } from './goodsRegisterCsv';
import { checkText } from './words';
import '../service.css';

/** The range asked for, or why it cannot be read: a message at the field. */
function rangeOf(from: string, to: string, timeZone: string) {
  const start = dayRange(from, timeZone);
  const end = dayRange(to, timeZone);
  if (!start) return { error: { field: 'from', code: 'error.date' } } as const;
  if (!end) return { error: { field: 'to', code: 'error.date' } } as const;
  if (to < from) return { error: { field: 'to', code: 'error.dateRangeOrder' } } as const;
  return { from: start.from, to: end.to } as const;
}

/**
 * 客户商品进出登记簿: every call whose goods came into the workshop or went
 * back to the customer on the days chosen — receipt, call, customer, goods,
 * in, repair card, check, out and who — on screen and as CSV.
 */
export function GoodsRegisterScreen() {
  const { t } = useT();
  const { db, clock } = useServices();
  const { timeZone } = useDeskContext().session;
  const who = useStaffNames();
  const today = storeDay(clock.now(), timeZone);
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const range = rangeOf(from, to, timeZone);
  const rows = useLiveQuery(async () => ('error' in range ? undefined : readGoodsRegister(db, range.from, range.to)), [db, from, to, timeZone]);
  const error = 'error' in range ? range.error : undefined;
  return (
    <section className="panel" aria-labelledby="goods-register-title">
      <h1 id="goods-register-title">{t('goodsRegister.title')}</h1>
      <div className="row">
        <Field label={t('goodsRegister.from')} type="date" name="from" value={from} onChange={(e) => setFrom(e.target.value)} error={error?.field === 'from' ? error.code : undefined} />
        <Field label={t('goodsRegister.to')} type="date" name="to" value={to} onChange={(e) => setTo(e.target.value)} error={error?.field === 'to' ? error.code : undefined} />
      </div>
      {rows && rows.length === 0 && <p className="muted">{t('goodsRegister.empty')}</p>}
      {rows && rows.length > 0 && (
        <>
          <div className="actions" style={{ justifyContent: 'flex-start' }}>
            <button type="button" onClick={() => downloadText(`goods-register-${from}-${to}.csv`, goodsRegisterCsv(rows, t, timeZone, who))}>
              {t('goodsRegister.csv')}
            </button>
          </div>
          <table className="svc-table" aria-label={t('goodsRegister.table', { from, to })}>
            <thead>
              <tr>
                <th>{t('goodsRegister.col.receipt')}</th>
                <th>{t('goodsRegister.col.call')}</th>
                <th>{t('goodsRegister.col.customer')}</th>
                <th>{t('goodsRegister.col.goods')}</th>
                <th>{t('goodsRegister.col.in')}</th>
                <th>{t('goodsRegister.col.repairs')}</th>
                <th>{t('goodsRegister.col.check')}</th>
                <th>{t('goodsRegister.col.out')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ id, number, customer, workshop }) => (
                <tr key={id}>
                  <td className="svc-number">{workshop.receipt.receiptNo}</td>
                  <td className="svc-number">{number}</td>
                  <td>
                    {customer.name} · {customer.phone}
                  </td>
                  <td>
                    {workshop.receipt.goods} / {workshop.receipt.accessories || t('workshop.detail.none')} / {workshop.receipt.condition}
                  </td>
                  <td>
                    {serviceTimeText(workshop.receipt.at, timeZone)} · {who(workshop.receipt.by)}
                  </td>
                  <td>
                    {workshop.repairs.map((r) => (
                      <div key={`${r.at}-${r.counter}`}>
                        {who(r.technician)} · {t('goodsRegister.minutes', { minutes: r.minutes })} · {r.workDone}
                      </div>
                    ))}
                  </td>
                  <td>{checkText(workshop.check, t)}</td>
                  <td>
                    {workshop.returned
                      ? `${serviceTimeText(workshop.returned.at, timeZone)} · ${who(workshop.returned.by)} · ${
                          workshop.returned.mode === 'receipt' ? t('goodsRegister.byReceipt') : t('goodsRegister.lostReceipt', { approver: who(workshop.returned.approvedBy) })
                        }`
                      : t('goodsRegister.stillIn')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
