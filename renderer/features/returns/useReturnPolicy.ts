import { useLiveQuery } from 'dexie-react-hooks';
import { returnPolicyOf } from '../../../shared/domain/store';
import type { ReturnPolicy } from '../../../shared/domain/returns/types';
import { useServices } from '../../app/services';
import { readStoreProfile } from '../../db/staff';

/** The store's return policy, live: a change in settings (or from another counter) applies at once. */
export function useReturnPolicy(): ReturnPolicy {
  const { db } = useServices();
  const profile = useLiveQuery(() => readStoreProfile(db), [db]);
  return returnPolicyOf(profile);
}
