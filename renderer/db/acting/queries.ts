import Dexie from 'dexie';
import type { ActingWindow } from '../../../shared/domain/acting/types';
import type { DeskDatabase } from '../database';

/**
 * The windows of `staffNo` not over by `until` at `now`: one index range
 * read, a handful of rows (the write path reads it inside its transaction,
 * only when the actor's own role does not allow the command).
 */
export function actingWindowsOf(db: DeskDatabase, staffNo: string, now: number): Promise<ActingWindow[]> {
  return db.actingWindows.where('[assistant+until]').between([staffNo, now], [staffNo, Dexie.maxKey], false, true).toArray();
}

/** Every window, the latest named first: the staff screen's list (a store names a few a month). */
export async function listActingWindows(db: DeskDatabase): Promise<ActingWindow[]> {
  return (await db.actingWindows.toArray()).sort((a, b) => b.named.at - a.named.at || (a.id < b.id ? 1 : -1));
}
