import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_TIME_ZONE } from '../../../../shared/domain/clock';
import { useServices } from '../../../app/services';
import { useSession } from '../../../app/session';
import { useNow } from '../../../components/useNow';
import { LAPSED_DAYS_SHOWN, readExpiryList } from '../../../db/service/contractQueries';
import { useT } from '../../../i18n';
import { ContractList } from './ContractList';

/** 即将到期: contracts in their last month, to phone about renewal; those lapsed in the last 30 days apart, below. */
export function ExpiryList({ onOpen }: { readonly onOpen: (id: string) => void }) {
  const { t } = useT();
  const { db, clock } = useServices();
  const tick = useNow(clock, 60_000);
  const timeZone = useSession((s) => s.profile?.timeZone) ?? DEFAULT_TIME_ZONE;
  const list = useLiveQuery(() => readExpiryList(db, clock.now(), timeZone), [db, clock, timeZone, tick]);
  if (!list) return <p className="muted">{t('app.loading')}</p>;
  return (
    <div>
      <h2>{t('contracts.expiring.title', { count: list.expiring.length })}</h2>
      <p className="muted">{t('contracts.expiring.hint')}</p>
      {list.expiring.length === 0 ? (
        <p className="muted">{t('contracts.expiring.none')}</p>
      ) : (
        <ContractList label={t('contracts.expiring.table')} rows={list.expiring.map((r) => r.contract)} today={list.today} onOpen={onOpen} />
      )}
      {list.lapsed.length > 0 && (
        <>
          <h2>{t('contracts.lapsed.title', { days: LAPSED_DAYS_SHOWN, count: list.lapsed.length })}</h2>
          <ContractList label={t('contracts.lapsed.table')} rows={list.lapsed.map((r) => r.contract)} today={list.today} onOpen={onOpen} />
        </>
      )}
    </div>
  );
}
