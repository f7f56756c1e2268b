import { formatInZone, storeDay } from '../../../shared/domain/clock';
import { useServices } from '../../app/services';
import { useSession } from '../../app/session';
import { useT } from '../../i18n';
import { useActingWindow } from './useActingWindow';

/** 代理主管至 18:00: the assistant sees while they act as supervisor, and until when. */
export function ActingStatus() {
  const { t } = useT();
  const { clock } = useServices();
  const timeZone = useSession((s) => s.profile?.timeZone);
  const acting = useActingWindow();
  if (!acting) return null;
  // A window ending on a later day says which day.
  const sameDay = storeDay(acting.until, timeZone) === storeDay(clock.now(), timeZone);
  const until = formatInZone(acting.until, sameDay ? 'HH:mm' : 'MM-dd HH:mm', timeZone);
  return <span>{t('acting.status', { until })}</span>;
}
