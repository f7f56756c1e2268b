import { create } from 'zustand';
import type { BackupProgress } from '../../db/backup/export';

/** A backup run from this session: when, and whether it worked (the main process keeps the history across restarts). */
export interface BackupOutcome {
  readonly at: number;
  readonly ok: boolean;
  readonly name?: string | undefined;
  readonly error?: string | undefined;
  readonly detail?: string | undefined;
}

interface BackupState {
  readonly running: boolean;
  readonly progress?: BackupProgress | undefined;
  readonly outcome?: BackupOutcome | undefined;
  /** The marker of printed numbers could not be kept (i18n code): raised in the status bar. */
  readonly markerProblem?: string | undefined;
  readonly started: () => void;
  readonly progressed: (progress: BackupProgress) => void;
  readonly finished: (outcome: BackupOutcome) => void;
  readonly markerKept: (problem: string | undefined) => void;
}

export const useBackupState = create<BackupState>((set) => ({
  running: false,
  started: () => set({ running: true, progress: undefined }),
  progressed: (progress) => set({ progress }),
  finished: (outcome) => set({ running: false, progress: undefined, outcome }),
  markerKept: (markerProblem) => set((s) => (s.markerProblem === markerProblem ? s : { markerProblem })),
}));
