import { useState } from 'react';
import type { Campaign } from '../../../shared/domain/gifts/types';
import { closeCampaignInput } from '../../../shared/schema/gifts';
import { useDeskContext } from '../../app/useDeskContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field, FormError } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { closeCampaign } from '../../db/gifts/campaigns';
import { useT } from '../../i18n';

/** Closing a campaign: a reason, then a confirmation (it cannot be undone). */
export function CloseCampaign({ campaign }: { readonly campaign: Campaign }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const check = useSubmit(() => {
    closeCampaignInput.parse({ campaignId: campaign.id, reason });
    setConfirming(true);
    return Promise.resolve();
  });
  const close = useSubmit(() => closeCampaign(ctx, { campaignId: campaign.id, reason }));
  if (campaign.closed) return <p className="notice notice--warn">{t('gifts.detail.closed')}</p>;
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        void check.submit();
      }}
    >
      <Field label={t('gifts.detail.closeReason')} name="closeReason" value={reason} onChange={(e) => setReason(e.target.value)} error={check.errors.fields.reason} />
      <FormError code={close.errors.form?.code} params={close.errors.form?.params} />
      <div className="actions">
        <button type="submit" className="danger">
          {t('gifts.detail.close')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog title={t('gifts.detail.closeTitle')} confirmLabel={t('gifts.detail.closeConfirm')} onConfirm={() => void close.submit()} onClose={() => setConfirming(false)}>
          <p>
            {campaign.number} {campaign.name}
          </p>
          <p>{t('gifts.detail.closeBody')}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
