import type { Entry } from '../../shared/domain/entry';
import type { PulledRow } from '../../shared/schema/sync';
import type { SyncTransport } from '../../renderer/db/sync/transport';

/** The sync server as a list held in memory: the rows after the cursor, for pulls without PostgreSQL. */
export function memoryServer(entries: readonly Entry[]): SyncTransport {
  const rows: PulledRow[] = entries.map((entry, i) => ({ order: i + 1, entry }));
  return {
    push: () => Promise.reject(new Error('pull only')),
    pull: (after, max) => Promise.resolve(rows.filter((r) => r.order > after).slice(0, max)),
  };
}
