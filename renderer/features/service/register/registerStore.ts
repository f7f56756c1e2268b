import { create } from 'zustand';
import { useSession } from '../../../app/session';
import type { RegisterFields } from './registerDraft';

/** One call being taken, from the first key typed until the clerk starts the next one. */
export interface RegisterInProgress {
  readonly fields: RegisterFields;
  /** Made once per opened form: it becomes the call's id, so a second click gives back the same call. */
  readonly draftId: string;
  readonly doneId?: string | undefined;
}

interface RegisterStore {
  readonly draft?: RegisterInProgress | undefined;
  readonly start: (draft: RegisterInProgress) => void;
  readonly change: (patch: (draft: RegisterInProgress) => Partial<RegisterInProgress>) => void;
}

/** Kept outside the screen: a clerk who jumps to another area mid-call comes back to everything typed. */
export const useRegisterStore = create<RegisterStore>((set) => ({
  draft: undefined,
  start: (draft) => set({ draft }),
  change: (patch) => set((s) => (s.draft ? { draft: { ...s.draft, ...patch(s.draft) } } : s)),
}));

// A sign-in or sign-out ends what was being taken: nobody finds another session's call half typed.
useSession.subscribe((session, before) => {
  if (session.staff !== before.staff) useRegisterStore.setState({ draft: undefined });
});
