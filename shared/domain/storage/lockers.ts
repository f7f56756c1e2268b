import { sortEntries, type Entry } from '../entry';
import type { ActionStamp, IdentityCheck } from './types';

export const LOCKER_SIZES = ['S', 'M', 'L'] as const;
export type LockerSize = (typeof LOCKER_SIZES)[number];
export const LOCKER_STATES = ['free', 'inUse', 'outOfOrder'] as const;
export type LockerState = (typeof LOCKER_STATES)[number];

export interface LockerDefinedData {
  readonly bank: string;
  readonly door: number;
  readonly size: LockerSize;
}

export interface LockerStateSetData {
  readonly state: LockerState;
  readonly note?: string | undefined;
}

export interface AssistedOpeningData {
  readonly number: string;
  readonly reason: string;
  readonly identity: IdentityCheck;
}

export interface ClearedOvernightData {
  readonly storageItemId: string;
  readonly storageNumber: string;
}

export type LockerEntry =
  | Entry<'defined', LockerDefinedData>
  | Entry<'stateSet', LockerStateSetData>
  | Entry<'assistedOpening', AssistedOpeningData>
  | Entry<'clearedOvernight', ClearedOvernightData>;

export interface LockerDoor extends LockerDefinedData {
  readonly id: string;
  readonly state: LockerState;
  readonly note?: string | undefined;
  readonly lastOpening?: (ActionStamp & AssistedOpeningData) | undefined;
  readonly openings: number;
  readonly pendingEntries: number;
}

export const LOCKER_SCHEMA_VERSION = 1;

/** A door's id is its place on the map: bank + door number. */
export function lockerDoorId(bank: string, door: number): string {
  return `${bank}-${String(door).padStart(2, '0')}`;
}

export function applyLockerEntry(door: LockerDoor | undefined, e: LockerEntry): LockerDoor | undefined {
  if (e.schemaVersion > LOCKER_SCHEMA_VERSION) return door ? { ...door, pendingEntries: door.pendingEntries + 1 } : door;
  if (e.type === 'defined') {
    return door ? { ...door, size: e.data.size } : { ...e.data, id: e.recordId, state: 'free', openings: 0, pendingEntries: 0 };
  }
  if (!door) return door;
  switch (e.type) {
    case 'stateSet':
      return { ...door, state: e.data.state, note: e.data.note };
    case 'assistedOpening':
      // The customer takes their things: the door is free again.
      return {
        ...door,
        state: 'free',
        openings: door.openings + 1,
        lastOpening: { by: e.by, at: e.at, counter: e.counter, approvedBy: e.approvedBy, ...e.data },
      };
    case 'clearedOvernight':
      return { ...door, state: 'free' };
  }
}

export function projectLockerDoor(entries: readonly LockerEntry[]): LockerDoor | undefined {
  return sortEntries(entries).reduce<LockerDoor | undefined>(applyLockerEntry, undefined);
}
