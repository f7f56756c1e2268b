import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_TIME_ZONE, storeDay } from '../../../shared/domain/clock';
import { useServices } from '../../app/services';
import { useSession } from '../../app/session';
import { useNow } from '../../components/useNow';
import { unclosedDays } from '../../db/dayClose/close';
import { useT } from '../../i18n';

/** The status bar's count of worked days before today not closed yet (raised from the next morning); a click opens 日结. */
export function UnclosedDaysStatus() {
  const { t } = useT();
  const { db, clock } = useServices();
  const tick = useNow(clock, 60_000);
  const timeZone = useSession((s) => s.profile?.timeZone) ?? DEFAULT_TIME_ZONE;
  const go = useSession((s) => s.go);
  const today = storeDay(tick, timeZone);
  const count = useLiveQuery(async () => (await unclosedDays(db, today)).length, [db, today]) ?? 0;
  if (count === 0) return null;
  return (
    <button type="button" className="status__warn" onClick={() => go('dayClose')}>
      {t('dayClose.status', { count })}
    </button>
  );
}
