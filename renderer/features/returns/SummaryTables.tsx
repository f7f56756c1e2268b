import { formatYuan } from '../../../shared/domain/money';
import type { MonthlySummary, SummaryRow } from '../../../shared/domain/returns/summary';
import { useT } from '../../i18n';

interface SummaryTablesProps {
  readonly summary: MonthlySummary;
  readonly name: (section: 'reason' | 'category' | 'band', key: string) => string;
}

function Table({ title, rows, name }: { readonly title: string; readonly rows: readonly SummaryRow[]; readonly name: (key: string) => string }) {
  const { t } = useT();
  return (
    <section className="panel" aria-label={title}>
      <h3>{title}</h3>
      <table>
        <thead>
          <tr>
            <th>{t('returns.report.col.key')}</th>
            <th>{t('returns.report.col.returns')}</th>
            <th>{t('returns.report.col.units')}</th>
            <th>{t('returns.report.col.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <td>{name(r.key)}</td>
              <td>{r.returns}</td>
              <td>{r.units}</td>
              <td>{formatYuan(r.amountFen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The month by reason, category and amount band, and the batch returns flagged for the product department. */
export function SummaryTables({ summary: s, name }: SummaryTablesProps) {
  const { t } = useT();
  return (
    <>
      <p className="notice notice--ok" role="status">
        {t('returns.report.totals', { month: s.month, returns: s.returns, units: s.units, total: formatYuan(s.totalFen), refund: formatYuan(s.refundFen) })}
      </p>
      <p>{t('returns.report.outcomes', { ...s.byOutcome, reversed: s.reversed })}</p>
      <div className="row">
        <Table title={t('returns.report.byReason')} rows={s.byReason} name={(k) => name('reason', k)} />
        <Table title={t('returns.report.byBand')} rows={s.byBand} name={(k) => name('band', k)} />
      </div>
      <Table title={t('returns.report.byCategory')} rows={s.byCategory} name={(k) => name('category', k)} />
      <section className="panel" aria-labelledby="returns-batches-title">
        <h3 id="returns-batches-title">{t('returns.report.batches')}</h3>
        <p className="muted">{t('returns.report.batchRule', { skuUnits: s.rule.skuUnits, returnUnits: s.rule.returnUnits })}</p>
        {s.batches.length === 0 ? (
          <p>{t('returns.report.noBatches')}</p>
        ) : (
          <ul>
            {s.batches.map((b) =>
              b.kind === 'sku' ? (
                <li key={`sku-${b.sku}`} className="notice notice--warn">
                  {t('returns.report.batchSku', { name: b.name, sku: b.sku, returns: b.returns, units: b.units, amount: formatYuan(b.amountFen) })}
                </li>
              ) : (
                <li key={`ret-${b.number}`} className="notice notice--warn">
                  {t('returns.report.batchReturn', { number: b.number, units: b.units, amount: formatYuan(b.amountFen), reason: name('reason', b.reason) })}
                </li>
              ),
            )}
          </ul>
        )}
      </section>
    </>
  );
}
