import type { MarkerUpdate } from '../../../shared/schema/marker';
import type { DeskDatabase } from '../database';

/**
 * Where a write reports the numbers it handed out: the shell registers the
 * main process's marker for its database; data code and tests that register
 * nothing report nowhere. A reporter never throws (the write is already
 * committed): it shows its own failure.
 */
export type MarksReporter = (update: MarkerUpdate) => Promise<void>;

const reporters = new WeakMap<DeskDatabase, MarksReporter>();

export function reportMarksTo(db: DeskDatabase, reporter: MarksReporter): () => void {
  reporters.set(db, reporter);
  return () => {
    if (reporters.get(db) === reporter) reporters.delete(db);
  };
}

export async function reportMarks(db: DeskDatabase, update: MarkerUpdate): Promise<void> {
  try {
    await reporters.get(db)?.(update);
  } catch {
    // The write is done and must not look failed (it would be made twice); the reporter shows the failure itself.
  }
}
