import { useLiveQuery } from 'dexie-react-hooks';
import { reconciliationCsv } from '../../../shared/domain/gifts/reconciliation';
import type { Campaign } from '../../../shared/domain/gifts/types';
import { useServices } from '../../app/services';
import { campaignReconciliation } from '../../db/gifts/queries';
import { useT } from '../../i18n';
import { PrintButtons } from '../printing/PrintButtons';
import { downloadText } from '../../components/download';
import { yuan } from './giftText';

/** End-of-campaign reconciliation per gift: the identity, whether it balances, print (A4) and CSV. */
export function ReconciliationPanel({ campaign }: { readonly campaign: Campaign }) {
  const { t } = useT();
  const { db } = useServices();
  const rec = useLiveQuery(() => campaignReconciliation(db, campaign), [db, campaign]);
  if (!rec) return null;
  return (
    <section aria-labelledby={`rec-${campaign.id}`}>
      <h3 id={`rec-${campaign.id}`}>{t('gifts.rec.title')}</h3>
      <p className="muted">{t('gifts.rec.identity')}</p>
      <p className={`notice ${rec.balances ? 'notice--ok' : 'notice--danger'}`} data-testid="rec-result">
        {rec.balances ? t('gifts.rec.balanced') : t('gifts.rec.unbalanced')}
      </p>
      <table aria-label={t('gifts.rec.title')}>
        <thead>
          <tr>
            <th>{t('gifts.stock.gift')}</th>
            <th>{t('gifts.stock.received')}</th>
            <th>{t('gifts.stock.issued')}</th>
            <th>{t('gifts.stock.returned')}</th>
            <th>{t('gifts.rec.netIssued')}</th>
            <th>{t('charity.rec.column')}</th>
            <th>{t('gifts.stock.adjusted')}</th>
            <th>{t('gifts.stock.remaining')}</th>
            <th>{t('gifts.rec.accounted')}</th>
            <th>{t('gifts.rec.handouts')}</th>
            <th>{t('gifts.rec.reversed')}</th>
            <th>{t('gifts.rec.value')}</th>
            <th>{t('gifts.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rec.rows.map((r) => (
            <tr key={r.giftId} className={r.balances ? undefined : 'unbalanced'}>
              <td>{r.name}</td>
              <td>{r.received}</td>
              <td>{r.issued}</td>
              <td>{r.returned}</td>
              <td>{r.netIssued}</td>
              <td>{r.charity}</td>
              <td>{r.adjusted}</td>
              <td>{r.remaining}</td>
              <td>{r.accountedFor}</td>
              <td>{r.handoutsIssued}</td>
              <td>{r.handoutsReturned}</td>
              <td>{yuan(r.netIssuedValueFen)}</td>
              <td>{r.balances ? t('gifts.rec.ok') : t('gifts.rec.notOk')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" onClick={() => downloadText(`${campaign.number}-对账.csv`, reconciliationCsv(rec))}>
          {t('gifts.rec.csv')}
        </button>
      </div>
      <PrintButtons
        request={{ kind: 'reconciliation', input: { campaign, reconciliation: rec }, record: { type: 'campaign', id: campaign.id, printCount: campaign.printCount } }}
        label={t('gifts.rec.print')}
      />
    </section>
  );
}
