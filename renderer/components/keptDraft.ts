import { useCallback, useState } from 'react';
import { create } from 'zustand';
import { useSession } from '../app/session';

interface KeptDrafts {
  readonly drafts: Readonly<Record<string, unknown>>;
}

const useKeptDrafts = create<KeptDrafts>(() => ({ drafts: {} }));

// A sign-in or sign-out ends what was being typed: nobody finds another session's form half filled.
useSession.subscribe((session, before) => {
  if (session.staff !== before.staff) useKeptDrafts.setState({ drafts: {} });
});

export type DraftUpdate<T> = T | ((previous: T) => T);

/**
 * A form's typed values kept outside the screen under `key` (one per form
 * and record, e.g. `serviceVisit:<call id>`): a clerk who jumps to another
 * area mid-form comes back to everything typed. `blank` gives the values
 * of a fresh form once per mount (key the component by its record).
 * `clear` after the save, so the next form starts blank.
 */
export function useKeptDraft<T>(key: string, blank: () => T): readonly [T, (update: DraftUpdate<T>) => void, () => void] {
  const [initial] = useState(blank);
  const kept = useKeptDrafts((s) => (Object.hasOwn(s.drafts, key) ? (s.drafts[key] as T) : initial));
  const set = useCallback(
    (update: DraftUpdate<T>) =>
      useKeptDrafts.setState((s) => {
        const previous = Object.hasOwn(s.drafts, key) ? (s.drafts[key] as T) : initial;
        return { drafts: { ...s.drafts, [key]: typeof update === 'function' ? (update as (p: T) => T)(previous) : update } };
      }),
    [key, initial],
  );
  const clear = useCallback(
    () =>
      useKeptDrafts.setState((s) => {
        const rest = { ...s.drafts };
        delete rest[key];
        return { drafts: rest };
      }),
    [key],
  );
  return [kept, set, clear] as const;
}
