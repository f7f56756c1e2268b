import type { DeskApi } from '../../../shared/ipc';
import type { CounterMarks, MarkerState } from '../../../shared/schema/marker';
import { deskValue } from '../../bridge/deskValue';
import type { CounterIdentity } from '../staff';

/** What the main process knows of this PC's set-up; a marker it cannot answer for counts as unreadable (so as set up). */
export async function readMarker(desk: DeskApi): Promise<MarkerState> {
  try {
    return deskValue(await desk['marker:read'](undefined));
  } catch {
    return { state: 'unreadable' };
  }
}

/** The marker's marks when it is this counter's (a marker of another counter says nothing about this one's numbers). */
export function marksOf(state: MarkerState, identity: CounterIdentity): CounterMarks | undefined {
  return state.state === 'setUp' && state.marker.store === identity.store && state.marker.counter === identity.counter ? state.marker : undefined;
}
