import { create } from 'zustand';
import type { AttachmentFile } from '../../../../shared/schema/complaints';
import { useSession } from '../../../app/session';
import type { IntakePreview } from '../../../db/complaints/intake';
import type { IntakeFields, toRawIntake } from './intakeDraft';

/** The intake checked for the read back: what is saved when the customer confirms. */
export interface CheckedIntake {
  readonly raw: ReturnType<typeof toRawIntake>;
  readonly preview: IntakePreview;
}

/** One complaint being taken, from the first key typed until the clerk starts the next one. */
export interface IntakeInProgress {
  readonly fields: IntakeFields;
  readonly files: readonly AttachmentFile[];
  /** Made once per complaint: a second click on save gives back the same complaint. */
  readonly draftId: string;
  readonly checked?: CheckedIntake | undefined;
  readonly doneId?: string | undefined;
}

interface IntakeStore {
  readonly intake?: IntakeInProgress | undefined;
  readonly start: (intake: IntakeInProgress) => void;
  readonly change: (patch: (intake: IntakeInProgress) => Partial<IntakeInProgress>) => void;
}

/**
 * Kept outside the screen, so a clerk who jumps to another area mid-complaint
 * (F2 for a bag, a locker) comes back to everything typed, the files and the
 * read back where they left them.
 */
export const useIntakeStore = create<IntakeStore>((set) => ({
  intake: undefined,
  start: (intake) => set({ intake }),
  change: (patch) => set((s) => (s.intake ? { intake: { ...s.intake, ...patch(s.intake) } } : s)),
}));

// A sign-in or sign-out at this counter ends what was being taken: nobody finds another session's complaint half typed.
useSession.subscribe((session, before) => {
  if (session.staff !== before.staff) useIntakeStore.setState({ intake: undefined });
});
