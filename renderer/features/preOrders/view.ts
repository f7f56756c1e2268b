import { create } from 'zustand';
import { useSession } from '../../app/session';
import type { PreOrderList } from '../../db/preOrders/queries';

/** What the pre-order screen shows: a list, the new-order form, the order just taken, or one order. */
export type PreOrdersView = { readonly kind: 'list' } | { readonly kind: 'take' } | { readonly kind: 'taken' | 'order'; readonly id: string };

interface PreOrdersViewStore {
  readonly view: PreOrdersView;
  readonly list: PreOrderList;
  readonly show: (view: PreOrdersView) => void;
  /** Back to the lists, on the one given (the sign-in notice opens today's). */
  readonly showList: (list: PreOrderList) => void;
}

/** Kept outside the screen: a clerk who jumps to another area mid-order comes back to it. */
export const usePreOrdersView = create<PreOrdersViewStore>((set) => ({
  view: { kind: 'list' },
  list: 'today',
  show: (view) => set({ view }),
  showList: (list) => set({ view: { kind: 'list' }, list }),
}));

// A sign-in or sign-out starts the screen afresh: nobody finds another session's order open.
useSession.subscribe((session, before) => {
  if (session.staff !== before.staff) usePreOrdersView.setState({ view: { kind: 'list' }, list: 'today' });
});
