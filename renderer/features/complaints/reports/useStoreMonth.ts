import { useState } from 'react';
import { formatInZone } from '../../../../shared/domain/clock';
import { monthInput } from '../../../../shared/schema/returns';
import { useServices } from '../../../app/services';
import { useDeskContext } from '../../../app/useDeskContext';

/** A month picker's state, starting at this store month (the store's zone, not the PC's). */
export function useStoreMonth() {
  const { clock } = useServices();
  const { timeZone } = useDeskContext().session;
  const [month, setMonth] = useState(() => formatInZone(clock.now(), 'yyyy-MM', timeZone));
  return { month, setMonth, valid: monthInput.safeParse(month).success, timeZone };
}
