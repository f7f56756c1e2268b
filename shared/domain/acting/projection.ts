import { ACTING_SCHEMA_VERSION, type ActingEntry, type ActingWindow } from './types';

/**
 * Applies one acting-window entry in the shared order. A window is named
 * once; the first end counts (a second one, from another counter while
 * offline, changes nothing: it stays in the log).
 */
export function applyActingEntry(window: ActingWindow | undefined, e: ActingEntry): ActingWindow | undefined {
  if (e.schemaVersion > ACTING_SCHEMA_VERSION) return window;
  const stamp = { by: e.by, at: e.at, counter: e.counter };
  if (e.type === 'named') return window ?? { id: e.recordId, ...e.data, named: stamp };
  if (!window || window.ended) return window;
  return { ...window, ended: { ...stamp, reason: e.data.reason } };
}
