import { useState } from 'react';
import { useT } from '../../i18n';
import { CampaignDetail } from './CampaignDetail';
import { CampaignForm } from './CampaignForm';
import { CampaignList } from './CampaignList';
import { StockAlarms } from './StockAlarms';
import './gifts.css';

/** 活动与库存 (supervisor, desk lead): stock alarms first, then new campaigns, the list and one campaign's stock. */
export function CampaignsScreen() {
  const { t } = useT();
  const [creating, setCreating] = useState(false);
  const [selectedId, setSelectedId] = useState<string>();
  const [created, setCreated] = useState<string>();
  return (
    <div className="wide">
      <h1>{t('gifts.campaigns.title')}</h1>
      <StockAlarms />
      {created && (
        <p className="notice notice--ok" role="status">
          {t('gifts.campaigns.created', { number: created })}
        </p>
      )}
      {creating ? (
        <CampaignForm
          onDefined={(c) => {
            setCreating(false);
            setCreated(c.number);
            setSelectedId(c.id);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              setCreated(undefined);
              setCreating(true);
            }}
          >
            {t('gifts.campaigns.new')}
          </button>
        </div>
      )}
      {selectedId && <CampaignDetail key={selectedId} campaignId={selectedId} />}
      <CampaignList selectedId={selectedId} onSelect={setSelectedId} />
    </div>
  );
}
