import { useLiveQuery } from 'dexie-react-hooks';
import { campaignStatus } from '../../../shared/domain/gifts/rules';
import { useServices } from '../../app/services';
import { RecordList } from '../../components/RecordList';
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
    <RecordList
      titleId="campaign-list-title"
      title={t('gifts.campaigns.list')}
      empty={t('gifts.campaigns.empty')}
      numberHeading={t('gifts.col.number')}
      columns={[t('gifts.col.campaign'), t('gifts.campaigns.periodTitle'), t('gifts.col.status')]}
      records={campaigns}
      cells={(c) => [c.name, periodText(c, timeZone), t(`gifts.status.${campaignStatus(c, now)}`)]}
      selectedId={selectedId}
      onOpen={onSelect}
      openText={() => t('gifts.campaigns.open')}
      openLabel={(c) => t('gifts.campaigns.view', { name: c.name })}
    />
  );
}
