import { useState } from 'react';
import { isIsoDate } from '../../../../shared/domain/calendar/days';
import { storeDay } from '../../../../shared/domain/clock';
import { useServices } from '../../../app/services';
import { useDeskContext } from '../../../app/useDeskContext';

/** A day picker's state, starting at today in the store's zone (not the PC's). */
export function useReportDay() {
  const { clock } = useServices();
  const { timeZone } = useDeskContext().session;
  const [day, setDay] = useState(() => storeDay(clock.now(), timeZone));
  return { day, setDay, valid: isIsoDate(day), timeZone };
}

export type ReportDay = ReturnType<typeof useReportDay>;
