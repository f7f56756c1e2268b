import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { useStoragePolicy } from '../../app/useDeskContext';
import { PrintButtons } from '../printing/PrintButtons';
import type { LockerResult } from './result';

/**
 * The printout that goes with a locker action: the assisted-opening record
 * for signatures, or the claim ticket whose item tag goes on what was taken
 * out of the locker.
 */
export function ResultPrint({ result }: { readonly result: LockerResult }) {
  const { db } = useServices();
  const { overdueDays } = useStoragePolicy();
  const door = useLiveQuery(() => db.lockerDoors.get(result.doorId), [db, result.doorId]);
  const item = useLiveQuery(() => (result.kind === 'cleared' ? db.storageItems.where('number').equals(result.number).first() : undefined), [db, result]);
  if (result.kind === 'cleared') {
    return item ? <PrintButtons request={{ kind: 'storageTicket', input: { item, overdueDays }, record: { type: 'storage', id: item.id, printCount: item.printCount } }} /> : null;
  }
  const opening = door?.lastOpening;
  return door && opening?.number === result.number ? <PrintButtons request={{ kind: 'lockerOpeningSlip', input: { door, opening } }} /> : null;
}
