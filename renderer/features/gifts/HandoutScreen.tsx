import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Campaign, Handout } from '../../../shared/domain/gifts/types';
import { useServices } from '../../app/services';
import { runningCampaigns } from '../../db/gifts/queries';
import { useT } from '../../i18n';
import { usePrintAction } from '../printing/usePrintAction';
import { HandoutDone } from './HandoutDone';
import { HandoutForm } from './HandoutForm';
import { HandoutList } from './HandoutList';
import { ReversalPanel } from './ReversalPanel';
import { handoutSlipRequest } from './useHandoutSlip';
import './gifts.css';

/** 赠品发放: one customer at a time, the slip prints at once; reversals and the latest handouts below. */
export function HandoutScreen() {
  const { t } = useT();
  const { db, clock } = useServices();
  const campaigns = useLiveQuery(() => runningCampaigns(db, clock.now()), [db, clock]);
  const slip = usePrintAction();
  const [done, setDone] = useState<{ handout: Handout; campaign: Campaign }>();
  // A new key per customer: the form, its draft id and the scanned receipt start fresh.
  const [customer, setCustomer] = useState(0);
  const onHandedOut = async (handout: Handout, campaign: Campaign) => {
    setDone({ handout, campaign });
    await slip.print(handoutSlipRequest(handout, campaign));
  };
  const next = () => {
    setDone(undefined);
    slip.clearResult();
    setCustomer((n) => n + 1);
  };
  return (
    <div>
      {done ? (
        <HandoutDone handout={done.handout} campaign={done.campaign} slip={slip} onNext={next} />
      ) : campaigns === undefined ? null : campaigns.length === 0 ? (
        <div className="card">
          <h1>{t('gifts.handout.title')}</h1>
          <p className="notice notice--warn">{t('gifts.handout.noCampaign')}</p>
        </div>
      ) : (
        <HandoutForm key={customer} campaigns={campaigns} onHandedOut={onHandedOut} />
      )}
      <ReversalPanel />
      <HandoutList />
    </div>
  );
}
