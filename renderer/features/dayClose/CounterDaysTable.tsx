import type { DayClosedData } from '../../../shared/domain/dayClose/types';
import { isKnownRecordType } from '../../../shared/domain/entry';
import { formatYuan } from '../../../shared/domain/money';
import { isMessageKey, useT } from '../../i18n';

/** Each counter's day: entries, counts per area, money per method, corrections; the total below. */
export function CounterDaysTable({ close }: { readonly close: DayClosedData }) {
  const { t } = useT();
  const methodName = (m: string) => {
    const key = `returns.refundMethod.${m}`;
    return isMessageKey(key) ? t(key) : m;
  };
  if (close.counters.length === 0) return <p className="muted">{t('dayClose.noWork')}</p>;
  const areas = [...new Set(close.counters.flatMap((c) => Object.keys(c.areas)))].sort();
  const methods = [...new Set(close.counters.flatMap((c) => Object.keys(c.money.refundsFen)))].sort();
  type Row = { readonly key: string; readonly label: string; readonly value: (c: DayClosedData['counters'][number]) => number; readonly money?: boolean };
  const rows: Row[] = [
    { key: 'entries', label: t('dayClose.row.entries'), value: (c) => c.entries },
    ...areas.map((a) => ({ key: `area-${a}`, label: isKnownRecordType(a) ? t(`dayClose.area.${a}`) : a, value: (c: DayClosedData['counters'][number]) => c.areas[a] ?? 0 })),
    { key: 'corrections', label: t('dayClose.row.corrections'), value: (c) => c.corrections },
    ...methods.map((m) => ({ key: `refund-${m}`, label: t('dayClose.row.refund', { method: methodName(m) }), value: (c: DayClosedData['counters'][number]) => c.money.refundsFen[m] ?? 0, money: true })),
    { key: 'storeCredit', label: t('dayClose.row.storeCredit'), value: (c) => c.money.storeCreditFen, money: true },
    { key: 'serviceFees', label: t('dayClose.row.serviceFees'), value: (c) => c.money.serviceFeesFen, money: true },
    { key: 'giftValue', label: t('dayClose.row.giftValue'), value: (c) => c.money.giftValueFen, money: true },
  ];
  const show = (row: Row, n: number) => (row.money ? formatYuan(n) : String(n));
  return (
    <table aria-label={t('dayClose.counters')} data-testid="day-close-counters">
      <thead>
        <tr>
          <th>{t('dayClose.col.item')}</th>
          {close.counters.map((c) => (
            <th key={c.counter} className="num">
              {c.counter}
            </th>
          ))}
          <th className="num">{t('dayClose.col.total')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-row={row.key}>
            <th scope="row">{row.label}</th>
            {close.counters.map((c) => (
              <td key={c.counter} className="num">
                {show(row, row.value(c))}
              </td>
            ))}
            <td className="num">{show(row, close.counters.reduce((sum, c) => sum + row.value(c), 0))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
