import { useSession } from '../../app/session';
import { DEFAULT_TIME_ZONE } from '../../../shared/domain/clock';

/** The store's time zone for showing times (the session's, or Shanghai before set-up). */
export function useStoreTimeZone(): string {
  return useSession((s) => s.profile?.timeZone) ?? DEFAULT_TIME_ZONE;
}
