import { useState } from 'react';
import { formatInZone } from '../../../shared/domain/clock';
import type { LockerDoor } from '../../../shared/domain/storage/lockers';
import { useStoragePolicy } from '../../app/useDeskContext';
import { useT } from '../../i18n';
import { AssistedOpeningForm } from './AssistedOpeningForm';
import { ClearOvernightForm } from './ClearOvernightForm';
import { DoorStateForm } from './DoorStateForm';
import type { LockerResult } from './result';

type Task = 'state' | 'open' | 'clear';

interface DoorDetailProps {
  readonly door: LockerDoor;
  readonly onResult: (result: LockerResult) => void;
  readonly onClose: () => void;
}

/** One door: its facts, and one task at a time (state, assisted opening, clearing at closing). */
export function DoorDetail({ door, onResult, onClose }: DoorDetailProps) {
  const { t } = useT();
  const { timeZone } = useStoragePolicy();
  const [task, setTask] = useState<Task>();
  const last = door.lastOpening;
  // Which tasks make sense for the door as it is now: a broken door is not opened, only a used one is cleared.
  const tasks: Task[] = ['state', ...(door.state !== 'outOfOrder' ? (['open'] as const) : []), ...(door.state === 'inUse' ? (['clear'] as const) : [])];
  const done = (result: LockerResult) => {
    setTask(undefined);
    onResult(result);
  };

  return (
    <section className="panel" aria-labelledby="door-title">
      <div className="card__top">
        <h2 id="door-title">{t('lockers.detail.title', { id: door.id })}</h2>
        <button type="button" onClick={onClose}>
          {t('action.close')}
        </button>
      </div>
      <dl className="facts">
        <dt>{t('lockers.detail.size')}</dt>
        <dd>{t(`lockers.size.${door.size}`)}</dd>
        <dt>{t('lockers.detail.state')}</dt>
        <dd>{t(`lockers.state.${door.state}`)}</dd>
        {door.note && (
          <>
            <dt>{t('lockers.detail.note')}</dt>
            <dd>{door.note}</dd>
          </>
        )}
        <dt>{t('lockers.detail.openings')}</dt>
        <dd>{door.openings}</dd>
        {last && (
          <>
            <dt>{t('lockers.detail.lastOpening')}</dt>
            <dd>
              {t('lockers.detail.lastOpeningText', {
                number: last.number,
                at: formatInZone(last.at, 'yyyy-MM-dd HH:mm', timeZone),
                by: last.by,
                approver: last.approvedBy ?? '-',
                reason: last.reason,
              })}
            </dd>
          </>
        )}
      </dl>
      <div className="actions" role="group" aria-label={t('lockers.detail.tasks')}>
        {tasks.map((k) => (
          <button key={k} type="button" aria-pressed={task === k} className={task === k ? 'primary' : undefined} onClick={() => setTask(task === k ? undefined : k)}>
            {t(`lockers.task.${k}`)}
          </button>
        ))}
      </div>
      {task === 'state' && <DoorStateForm door={door} onDone={() => setTask(undefined)} />}
      {task === 'open' && door.state !== 'outOfOrder' && <AssistedOpeningForm door={door} onOpened={done} />}
      {task === 'clear' && door.state === 'inUse' && <ClearOvernightForm door={door} onCleared={done} />}
    </section>
  );
}
