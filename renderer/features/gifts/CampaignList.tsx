import { useLiveQuery } from 'dexie-react-hooks';
import { campaignStatus } from '../../../shared/domain/gifts/rules';
import { useServices } from '../../app/services';
import { allCampaigns } from '../../db/gifts/queries';
import { useT } from '../../i18n';
import { periodText } from './giftText';
import { useStoreTimeZone } from './useGiftContext';

interface CampaignListProps {
  readonly selectedId: string | undefined;
  readonly onSelect: (id: string) => void;
}

/** Every campaign, newest first, with its state today. */
export function CampaignList({ selectedId, onSelect }: CampaignListProps) {
  const { t } = useT();
  const { db, clock } = useServices();
  const timeZone = useStoreTimeZone();
  const campaigns = useLiveQuery(() => allCampaigns(db), [db]);
  const now = clock.now();
  return (
    <section className="panel" aria-labelledby="campaign-list-title">
      <h2 id="campaign-list-title">{t('gifts.campaigns.list')}</h2>
      {campaigns && campaigns.length === 0 ? (
        <p className="muted">{t('gifts.campaigns.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('gifts.col.number')}</th>
              <th>{t('gifts.col.campaign')}</th>
              <th>{t('gifts.campaigns.periodTitle')}</th>
              <th>{t('gifts.col.status')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {(campaigns ?? []).map((c) => (
              <tr key={c.id} className={c.id === selectedId ? 'selected' : undefined}>
                <td className="mono">{c.number}</td>
                <td>{c.name}</td>
                <td>{periodText(c, timeZone)}</td>
                <td>{t(`gifts.status.${campaignStatus(c, now)}`)}</td>
                <td>
                  <button type="button" onClick={() => onSelect(c.id)} aria-label={t('gifts.campaigns.view', { name: c.name })}>
                    {t('gifts.campaigns.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
