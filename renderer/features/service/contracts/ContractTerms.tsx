import { formatInZone } from '../../../../shared/domain/clock';
import type { TermVisits } from '../../../../shared/domain/service/contractVisits';
import { formatYuan } from '../../../../shared/domain/money';
import { useT } from '../../../i18n';

/** Each term (the signing, then every renewal) with visits used of those included, its fee, and who kept it when. */
export function ContractTerms({ terms, who, timeZone }: { readonly terms: readonly TermVisits[]; readonly who: (staffNo: string) => string; readonly timeZone: string }) {
  const { t } = useT();
  return (
    <table className="svc-table" aria-label={t('contracts.terms.title')}>
      <thead>
        <tr>
          <th>{t('contracts.terms.term')}</th>
          <th>{t('contracts.col.period')}</th>
          <th>{t('contracts.terms.visits')}</th>
          <th>{t('contracts.terms.fee')}</th>
          <th>{t('contracts.terms.by')}</th>
        </tr>
      </thead>
      <tbody>
        {terms.map(({ term, used }, i) => (
          <tr key={term.start}>
            <td>{i === 0 ? t('contracts.terms.first') : t('contracts.terms.renewal', { n: i })}</td>
            <td>{t('contracts.period', { start: term.start, end: term.end })}</td>
            <td className={used > term.visits ? 'svc-overdue' : undefined}>{t('contracts.terms.used', { used, visits: term.visits })}</td>
            <td>{formatYuan(term.feeFen)}</td>
            <td>
              {who(term.by)} · {formatInZone(term.at, 'yyyy-MM-dd HH:mm', timeZone)} · {term.counter}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
