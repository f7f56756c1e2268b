import type { CharityEvent } from '../../../shared/domain/charity/types';

/** A charity event as kept in its table, with the pledged gift's campaign indexed for the campaign's reconciliation. */
export interface CharityEventRow extends CharityEvent {
  /** '' when the event gives no goods. */
  readonly campaignId: string;
}

export function charityEventRow(ev: CharityEvent): CharityEventRow {
  return { ...ev, campaignId: ev.goods?.campaignId ?? '' };
}
