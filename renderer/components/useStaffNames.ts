import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../app/services';

/** Staff number → "number name", so a line says who, not just a number. */
export function useStaffNames(): (staffNo: string | undefined) => string {
  const { db } = useServices();
  const staff = useLiveQuery(() => db.staff.toArray(), [db]);
  const names = new Map((staff ?? []).map((s) => [s.staffNo, s.name]));
  return (staffNo) => {
    if (!staffNo) return '-';
    const name = names.get(staffNo);
    return name ? `${staffNo} ${name}` : staffNo;
  };
}
