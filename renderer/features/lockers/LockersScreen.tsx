import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { can } from '../../../shared/domain/staff';
import { useServices } from '../../app/services';
import { useSession } from '../../app/session';
import { useT } from '../../i18n';
import { AddBankForm } from './AddBankForm';
import { DoorDetail } from './DoorDetail';
import { LockerMap } from './LockerMap';
import type { LockerResult } from './result';
import { ResultNotice } from './ResultNotice';

/** 自动寄存柜: the map of doors, a door's details, assisted opening and clearing at closing. */
export function LockersScreen() {
  const { t } = useT();
  const { db } = useServices();
  const role = useSession((s) => s.staff?.role);
  const doors = useLiveQuery(() => db.lockerDoors.toArray(), [db]);
  const [selectedId, setSelectedId] = useState<string>();
  const [result, setResult] = useState<LockerResult>();
  const selected = doors?.find((d) => d.id === selectedId);
  const mayDefine = role !== undefined && can(role, 'settings.manage');
  const select = (id: string) => {
    setSelectedId(id);
    setResult(undefined);
  };

  return (
    <div>
      <h1>{t('lockers.title')}</h1>
      {doors && doors.length === 0 && <p className="notice notice--warn">{mayDefine ? t('lockers.map.emptySupervisor') : t('lockers.map.empty')}</p>}
      {result && <ResultNotice result={result} />}
      {selected && <DoorDetail key={selected.id} door={selected} onResult={setResult} onClose={() => setSelectedId(undefined)} />}
      {doors && <LockerMap doors={doors} selectedId={selectedId} onSelect={select} />}
      {mayDefine && <AddBankForm />}
    </div>
  );
}
