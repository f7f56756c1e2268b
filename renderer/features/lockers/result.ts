/** What the last locker action produced, shown until the next one. */
export type LockerResult =
  | { readonly kind: 'opened'; readonly doorId: string; readonly number: string }
  | { readonly kind: 'cleared'; readonly doorId: string; readonly number: string; readonly slot: string };
