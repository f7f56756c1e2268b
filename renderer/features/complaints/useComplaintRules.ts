import { useLiveQuery } from 'dexie-react-hooks';
import type { ComplaintRules } from '../../../shared/domain/complaints/rules';
import { useServices } from '../../app/services';
import { readComplaintRules } from '../../db/complaints/rules';

/** The store's complaint rules, live (a change here or from another counter applies at once); undefined while loading. */
export function useComplaintRules(): ComplaintRules | undefined {
  const { db } = useServices();
  return useLiveQuery(() => readComplaintRules(db), [db]);
}
