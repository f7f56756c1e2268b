import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import { KeptQueue } from '../../../shared/domain/complaints/keptQueue';
import type { QueueComplaint } from '../../../shared/domain/complaints/queue';
import type { DeskDatabase } from '../database';

/** The queue of a database someone is watching, and what was written to it since it was last read. */
interface Watched {
  readonly queue: KeptQueue<QueueComplaint>;
  /** Queue rows written since the last read; 'all' before the first read, or after a write that named no rows (a clear, a bulk load). */
  changed: Set<string> | 'all';
  readonly listeners: Set<() => void>;
  /** The reads one after another: each picks up what the one before it left. */
  reading: Promise<unknown>;
  /** A read queued behind the running one: later writes join it rather than queue another. */
  waiting: Promise<KeptQueue<QueueComplaint>> | undefined;
  readonly onMutated: (parts: ObservabilitySet) => void;
}

const watchedQueues = new Map<DeskDatabase, Watched>();

/** The complaintQueue rows a committed write named, or 'all' when it wrote a range. */
function namedRows(tree: ObservabilitySet[string]): string[] | 'all' {
  const ids: string[] = [];
  for (const { from, to } of RangeSet(tree)) {
    if (typeof from !== 'string' || from !== to) return 'all';
    ids.push(from);
  }
  return ids;
}

function startWatching(db: DeskDatabase): Watched {
  const part = `idb://${db.name}/complaintQueue/`;
  const w: Watched = {
    queue: new KeptQueue<QueueComplaint>(),
    changed: 'all',
    listeners: new Set(),
    reading: Promise.resolve(),
    waiting: undefined,
    // Dexie tells every committed write (here, from sync, from another window) with the keys it wrote, before the writer's await returns.
    onMutated: (parts) => {
      const tree = parts[part];
      if (!tree) return;
      const ids = w.changed === 'all' ? 'all' : namedRows(tree);
      if (ids === 'all') w.changed = 'all';
      else for (const id of ids) (w.changed as Set<string>).add(id);
      for (const listener of w.listeners) listener();
    },
  };
  Dexie.on('storagemutated', w.onMutated);
  watchedQueues.set(db, w);
  return w;
}

/**
 * Keeps the database's open-complaints queue in memory while someone
 * watches it (the desk's queue provider): `onChange` runs after each
 * committed write to the queue rows, and the next catch-up reads only the
 * rows written. Returns the unwatch; with no one watching, the rows are let
 * go and the next read is a whole one.
 */
export function watchComplaintQueue(db: DeskDatabase, onChange: () => void): () => void {
  const w = watchedQueues.get(db) ?? startWatching(db);
  w.listeners.add(onChange);
  return () => {
    w.listeners.delete(onChange);
    if (w.listeners.size > 0) return;
    Dexie.on.storagemutated.unsubscribe(w.onMutated);
    watchedQueues.delete(db);
  };
}

/** Reads into the kept queue the rows written since the last read, or every row. */
async function readChanges(db: DeskDatabase, w: Watched): Promise<void> {
  // Taken before reading: a write committed while reading is named again and read next time.
  const changed = w.changed;
  w.changed = new Set();
  if (changed === 'all') {
    w.queue.replaceAll(await db.complaintQueue.toArray());
    return;
  }
  if (changed.size === 0) return;
  const ids = [...changed];
  const rows = await db.complaintQueue.bulkGet(ids);
  ids.forEach((id, i) => {
    const row = rows[i];
    if (row) w.queue.put(row);
    else w.queue.remove(id);
  });
}

/**
 * The watched database's queue with every write committed so far read in
 * (only the rows written since the last catch-up); undefined when no one
 * watches it. Its rows(rules, now) then computes only what changed or fell due.
 */
export function catchUpComplaintQueue(db: DeskDatabase): Promise<KeptQueue<QueueComplaint>> | undefined {
  const w = watchedQueues.get(db);
  if (!w) return undefined;
  if (w.waiting) return w.waiting;
  const read = w.reading.then(() => {
    w.waiting = undefined;
    return readChanges(db, w);
  });
  w.waiting = read.then(() => w.queue);
  w.reading = read.catch(() => {
    // A failed read leaves the queue unknown: read all of it next time.
    w.changed = 'all';
  });
  return w.waiting;
}
