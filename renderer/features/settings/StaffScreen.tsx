import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { useT } from '../../i18n';
import { ActingPanel } from '../acting/ActingPanel';
import { AddStaffForm } from './AddStaffForm';
import { StaffTable } from './StaffTable';

/** 员工: who may sign in at this store's counters, and as what. Supervisors only (the db commands check too). */
export function StaffScreen() {
  const { t } = useT();
  const { db } = useServices();
  const staff = useLiveQuery(() => db.staff.orderBy('staffNo').toArray(), [db]);
  return (
    <div>
      <h1>{t('admin.staff.title')}</h1>
      <AddStaffForm />
      {staff && <StaffTable staff={staff} />}
      <ActingPanel />
    </div>
  );
}
