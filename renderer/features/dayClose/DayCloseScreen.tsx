import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isIsoDate } from '../../../shared/domain/calendar/days';
import { storeDay } from '../../../shared/domain/clock';
import { useDeskContext } from '../../app/useDeskContext';
import { Field } from '../../components/Field';
import { unclosedDays } from '../../db/dayClose/close';
import { useT } from '../../i18n';
import { ClosedDay } from './ClosedDay';
import { OpenDay } from './OpenDay';
import { UnclosedDays } from './UnclosedDays';

/** 日结: the supervisor reviews each counter's day and signs it; a signed day is locked and can be checked. */
export function DayCloseScreen() {
  const { t } = useT();
  const { db, clock, session } = useDeskContext();
  const today = storeDay(clock.now(), session.timeZone);
  const open = useLiveQuery(() => unclosedDays(db, today), [db, today]);
  const [picked, setPicked] = useState<string | undefined>();
  // Until the supervisor picks a day: the oldest day left unclosed, else today (a day just signed stays shown).
  const day = picked ?? open?.[0] ?? today;
  const valid = isIsoDate(day);
  const close = useLiveQuery(async () => ({ day, close: valid ? await db.dayCloses.get(day) : undefined }), [db, day, valid]);
  return (
    <div>
      <h1>{t('dayClose.title')}</h1>
      {open && <UnclosedDays days={open} onPick={setPicked} />}
      <div className="row">
        <Field label={t('dayClose.field.day')} type="date" name="day" value={day} onChange={(e) => setPicked(e.target.value)} error={valid ? undefined : 'error.date'} autoFocus />
      </div>
      {valid && close?.day === day && (close.close ? <ClosedDay close={close.close} /> : <OpenDay day={day} future={day > today} onSigned={setPicked} />)}
    </div>
  );
}
