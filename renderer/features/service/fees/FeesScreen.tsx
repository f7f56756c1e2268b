import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { storeDay } from '../../../../shared/domain/clock';
import { formatYuan } from '../../../../shared/domain/money';
import { useServices } from '../../../app/services';
import { useDeskContext } from '../../../app/useDeskContext';
import { downloadText } from '../../../components/download';
import { Field } from '../../../components/Field';
import { readDayFees } from '../../../db/service/aftercareQueries';
import { useT } from '../../../i18n';
import { feesCsv } from './feesCsv';
import { FeesTables } from './FeesTables';
import '../service.css';
import './fees.css';

/** 今日收费: a store day's service fees with their invoice numbers, totalled per technician and overall, for handing the money over. */
export function FeesScreen() {
  const { t } = useT();
  const { db, clock } = useServices();
  const { timeZone } = useDeskContext().session;
  const [day, setDay] = useState(() => storeDay(clock.now(), timeZone));
  // undefined while reading; null for a day the picker cannot hold (cleared or half typed).
  const fees = useLiveQuery(async () => (await readDayFees(db, day, timeZone)) ?? null, [db, day, timeZone]);
  const download = () => {
    if (!fees) return;
    const csv = feesCsv(fees, timeZone, {
      header: [t('service.fees.col.at'), t('service.col.number'), t('service.fees.col.kind'), t('admin.staff.staffNo'), t('service.col.technician'), t('service.fees.col.invoiceNo'), t('service.fees.col.amount')],
      kind: (kind) => t(`service.fees.kind.${kind}`),
      total: t('service.fees.total'),
    });
    downloadText(`service-fees-${day}.csv`, csv);
  };
  return (
    <section className="panel" aria-labelledby="service-fees-title">
      <h1 id="service-fees-title">{t('service.fees.title')}</h1>
      <p className="muted">{t('service.fees.hint')}</p>
      <div className="row">
        <Field label={t('service.fees.day')} type="date" name="day" value={day} onChange={(e) => setDay(e.target.value)} error={fees === null ? 'error.date' : undefined} />
      </div>
      {fees && (
        <>
          <p>
            <strong data-testid="service-fees-total">{t('service.fees.totalLine', { count: fees.lines.length, amount: formatYuan(fees.totalFen) })}</strong>
          </p>
          {fees.lines.length === 0 ? (
            <p className="muted">{t('service.fees.empty')}</p>
          ) : (
            <>
              <div className="actions">
                <button type="button" onClick={download}>
                  {t('service.fees.csv')}
                </button>
              </div>
              <FeesTables fees={fees} />
            </>
          )}
        </>
      )}
    </section>
  );
}
