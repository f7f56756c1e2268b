import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatInZone, storeDay } from '../../../shared/domain/clock';
import { invoiceRegister, invoiceRegisterCsv, type InvoiceCsvLabels } from '../../../shared/domain/invoices/register';
import { formatYuan } from '../../../shared/domain/money';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { downloadText } from '../../components/download';
import { Field, SelectField } from '../../components/Field';
import { invoicesOfPeriod, type RegisterPeriod } from '../../db/invoices/queries';
import { useT } from '../../i18n';

/**
 * 发票登记: the requests of a day or a month, oldest first, with their
 * status and the totals (cancelled ones listed, counted in no amount), and
 * the same as CSV. A row opens the request to record its number or cancel it.
 */
export function RegisterPanel({ onOpen }: { readonly onOpen: (id: string) => void }) {
  const { t } = useT();
  const { db, clock } = useServices();
  const { timeZone } = useDeskContext().session;
  const [by, setBy] = useState<'day' | 'month'>('day');
  const [day, setDay] = useState(() => storeDay(clock.now(), timeZone));
  const [month, setMonth] = useState(() => day.slice(0, 7));
  const period: RegisterPeriod = by === 'day' ? { day } : { month };
  const register = useLiveQuery(async () => invoiceRegister(await invoicesOfPeriod(db, period, timeZone)), [db, by, day, month, timeZone]);
  const when = (ms: number) => formatInZone(ms, 'yyyy-MM-dd HH:mm', timeZone);
  const labels: InvoiceCsvLabels = {
    header: [
      t('invoices.col.number'),
      t('invoices.col.requestedAt'),
      t('invoices.col.receipts'),
      t('invoices.col.title'),
      t('invoices.col.buyer'),
      t('invoices.col.taxpayerNo'),
      t('invoices.col.kind'),
      t('invoices.col.medium'),
      t('invoices.col.amount'),
      t('invoices.col.status'),
      t('invoices.col.invoiceNo'),
      t('invoices.col.issuedBy'),
      t('invoices.col.issuedAt'),
      t('invoices.col.cancelReason'),
    ],
    buyer: (b) => t(`invoices.buyer.${b}`),
    kind: (k) => t(`invoices.kind.${k}`),
    medium: (m) => t(`invoices.medium.${m}`),
    status: (s) => t(`invoices.status.${s}`),
  };
  const periodText = by === 'day' ? day : month;
  return (
    <section className="panel" aria-labelledby="invoices-register-title">
      <h2 id="invoices-register-title">{t('invoices.register.title')}</h2>
      <div className="row">
        <SelectField
          label={t('invoices.register.by')}
          name="registerBy"
          value={by}
          onChange={(v) => setBy(v === 'month' ? 'month' : 'day')}
          options={[
            { value: 'day', label: t('invoices.register.byDay') },
            { value: 'month', label: t('invoices.register.byMonth') },
          ]}
        />
        {by === 'day' ? (
          <Field label={t('invoices.register.day')} type="date" name="registerDay" value={day} onChange={(e) => setDay(e.target.value)} />
        ) : (
          <Field label={t('invoices.register.month')} type="month" name="registerMonth" value={month} onChange={(e) => setMonth(e.target.value)} />
        )}
      </div>
      {register && (
        <>
          <p data-testid="invoice-register-totals">
            {t('invoices.register.totals', {
              count: register.rows.length,
              requested: register.requested,
              issued: register.issued,
              cancelled: register.cancelled,
              amount: formatYuan(register.amountFen),
              issuedAmount: formatYuan(register.issuedFen),
            })}
          </p>
          {register.rows.length === 0 ? (
            <p className="muted">{t('invoices.register.empty')}</p>
          ) : (
            <>
              <div className="actions">
                <button type="button" onClick={() => downloadText(`invoices-${periodText}.csv`, invoiceRegisterCsv(register, labels, timeZone))}>
                  {t('invoices.register.csv')}
                </button>
              </div>
              <table aria-labelledby="invoices-register-title">
                <thead>
                  <tr>
                    <th>{t('invoices.col.number')}</th>
                    <th>{t('invoices.col.requestedAt')}</th>
                    <th>{t('invoices.col.title')}</th>
                    <th>{t('invoices.col.kind')}</th>
                    <th>{t('invoices.col.amount')}</th>
                    <th>{t('invoices.col.status')}</th>
                    <th>{t('invoices.col.invoiceNo')}</th>
                    <th>{t('invoices.col.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {register.rows.map((i) => (
                    <tr key={i.id}>
                      <td>{i.number}</td>
                      <td>{when(i.requested.at)}</td>
                      <td>{i.title}</td>
                      <td>
                        {t(`invoices.kind.${i.kind}`)} · {t(`invoices.medium.${i.medium}`)}
                      </td>
                      <td>{formatYuan(i.amountFen)}</td>
                      <td>{t(`invoices.status.${i.status}`)}</td>
                      <td>{i.issued?.invoiceNo ?? ''}</td>
                      <td>
                        <button type="button" onClick={() => onOpen(i.id)}>
                          {t('invoices.register.open', { number: i.number })}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </section>
  );
}
