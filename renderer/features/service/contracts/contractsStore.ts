import { create } from 'zustand';
import { useSession } from '../../../app/session';
import type { ContractFields } from './contractDraft';

export const CONTRACT_TABS = ['find', 'new', 'expiring'] as const;
export type ContractTab = (typeof CONTRACT_TABS)[number];

/** A contract being typed, from the first key until it is signed or the clerk starts another. */
export interface ContractInProgress {
  readonly fields: ContractFields;
  /** Made once per opened form: it becomes the contract's id, so a second click gives back the same contract. */
  readonly draftId: string;
}

interface ContractsStore {
  readonly tab: ContractTab;
  /** The contract open in its detail, over the tabs. */
  readonly openId?: string | undefined;
  /** Said once over the detail just after signing or renewing. */
  readonly notice?: string | undefined;
  readonly draft?: ContractInProgress | undefined;
  readonly show: (tab: ContractTab) => void;
  readonly open: (id: string | undefined, notice?: string) => void;
  readonly setDraft: (draft: ContractInProgress | undefined) => void;
  readonly changeFields: (patch: Partial<ContractFields>) => void;
}

/**
 * Kept outside the screen: a clerk who jumps to another area mid-contract
 * comes back to everything typed, and the status bar's count can open the
 * 即将到期 tab.
 */
export const useContractsStore = create<ContractsStore>((set) => ({
  tab: 'find',
  show: (tab) => set({ tab, openId: undefined, notice: undefined }),
  open: (openId, notice) => set({ openId, notice }),
  setDraft: (draft) => set({ draft }),
  changeFields: (patch) => set((s) => (s.draft ? { draft: { ...s.draft, fields: { ...s.draft.fields, ...patch } } } : s)),
}));

// A sign-in or sign-out ends what was being typed: nobody finds another session's contract half done.
useSession.subscribe((session, before) => {
  if (session.staff !== before.staff) useContractsStore.setState({ tab: 'find', openId: undefined, notice: undefined, draft: undefined });
});
