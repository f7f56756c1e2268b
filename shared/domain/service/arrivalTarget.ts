import { arrivalDeadline, type WorkingRules } from './arrival';
import type { ArrivalTarget } from './reports';
import type { ServiceArea } from './types';

/** Arrival targets worked out once per distinct call: reports read many jobs of few calls. */
export function memoTarget(rules: WorkingRules): ArrivalTarget {
  // Keyed by area, then by the received instant: number keys, no string built per row.
  const known: Record<ServiceArea, Map<number, number>> = { inTown: new Map(), outOfTown: new Map() };
  return (receivedAt, area) => {
    const byArea = known[area];
    let deadline = byArea.get(receivedAt);
    if (deadline === undefined) {
      deadline = arrivalDeadline({ receivedAt, customer: { name: '', phone: '', address: '', area } }, rules);
      byArea.set(receivedAt, deadline);
    }
    return deadline;
  };
}
