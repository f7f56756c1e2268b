import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_TIME_ZONE } from '../../../../shared/domain/clock';
import { useServices } from '../../../app/services';
import { useSession } from '../../../app/session';
import { useNow } from '../../../components/useNow';
import { countExpiringContracts } from '../../../db/service/contractQueries';
import { useT } from '../../../i18n';
import { useContractsStore } from './contractsStore';

/** The status bar's count of maintenance contracts in their last month; a click opens the 即将到期 list. */
export function ContractExpiryStatus() {
  const { t } = useT();
  const { db, clock } = useServices();
  const tick = useNow(clock, 60_000);
  const timeZone = useSession((s) => s.profile?.timeZone) ?? DEFAULT_TIME_ZONE;
  const go = useSession((s) => s.go);
  const show = useContractsStore((s) => s.show);
  const count = useLiveQuery(() => countExpiringContracts(db, clock.now(), timeZone), [db, clock, timeZone, tick]) ?? 0;
  if (count === 0) return null;
  return (
    <button
      type="button"
      className="status__warn"
      onClick={() => {
        show('expiring');
        go('serviceContracts');
      }}
    >
      {t('contracts.status', { count })}
    </button>
  );
}
