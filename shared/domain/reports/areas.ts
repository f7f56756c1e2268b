import type { DeskFact } from '../dayLog/facts';

/**
 * The desk's areas a supervisor reads volumes by. Every entry falls in one,
 * by its record type; a record type this build does not know (a newer
 * counter's) counts as other, so no entry is left out of the totals. A
 * survey counts in the area of what it asks about when its fact says so; a
 * daily close is about every area, so it stays other.
 */
export const DESK_AREAS = ['storage', 'returns', 'gifts', 'complaints', 'service', 'other'] as const;
export type DeskArea = (typeof DESK_AREAS)[number];

const AREA_OF_RECORD_TYPE: ReadonlyMap<string, DeskArea> = new Map(
  Object.entries({
    storage: 'storage',
    lostItem: 'storage',
    lockerDoor: 'storage',
    returnRecord: 'returns',
    receipt: 'returns',
    campaign: 'gifts',
    giftStock: 'gifts',
    handout: 'gifts',
    draw: 'gifts',
    charityEvent: 'gifts',
    complaint: 'complaints',
    serviceCall: 'service',
    technician: 'service',
    maintenanceContract: 'service',
    serviceDay: 'service',
  } satisfies Record<string, DeskArea>),
);

/** A receipt's gift lines are the handout's work, its other lines the return's. */
const GIFT_RECEIPT_ACTIONS: ReadonlySet<string> = new Set(['receipt.giftIssued', 'receipt.giftReversed']);

/** The area of an audit action (`${recordType}.${type}`). */
export function areaOfAction(action: string): DeskArea {
  if (GIFT_RECEIPT_ACTIONS.has(action)) return 'gifts';
  const dot = action.indexOf('.');
  return AREA_OF_RECORD_TYPE.get(dot < 0 ? action : action.slice(0, dot)) ?? 'other';
}

/** The area a day fact counts in: its action's, or for a survey's the area of its subject. */
export function areaOfFact(fact: Pick<DeskFact, 'action' | 'subject'>): DeskArea {
  return fact.subject !== undefined && fact.action.startsWith('survey.') ? areaOfAction(fact.subject) : areaOfAction(fact.action);
}

export function isDeskArea(text: string): text is DeskArea {
  return (DESK_AREAS as readonly string[]).includes(text);
}
