import { create } from 'zustand';
import type { SyncRunState } from '../../db/sync/runner';

interface SyncStateStore {
  readonly run: SyncRunState;
  readonly kick: () => void;
  readonly set: (run: SyncRunState) => void;
  readonly setKick: (kick: () => void) => void;
}

/** The sync loop's state for the status bar and the settings screen; `kick` runs a cycle now. */
export const useSyncState = create<SyncStateStore>((set) => ({
  run: { phase: 'off' },
  kick: () => undefined,
  set: (run) => set({ run }),
  setKick: (kick) => set({ kick }),
}));
