import type { Entry } from './entry';
import { DEFAULT_STORAGE_POLICY } from './storage/rules';
import { DEFAULT_TIME_ZONE } from './clock';

/** The store every counter of this installation belongs to, and the desk's settings. */
export interface StoreConfiguredData {
  readonly storeName: string;
  readonly storeCode: string;
  readonly timeZone: string;
}

export interface DeskSettings {
  /** Screen locks after this many idle minutes, keeping what was typed. */
  readonly idleLockMinutes: number;
  readonly closingTime: string;
  readonly overdueDays: number;
  readonly lostFoundKeepDays: number;
}

export const DEFAULT_DESK_SETTINGS: DeskSettings = {
  idleLockMinutes: 5,
  closingTime: DEFAULT_STORAGE_POLICY.closingTime,
  overdueDays: DEFAULT_STORAGE_POLICY.overdueDays,
  lostFoundKeepDays: DEFAULT_STORAGE_POLICY.lostFoundKeepDays,
};

export type StoreEntry = Entry<'configured', StoreConfiguredData> | Entry<'settingsChanged', DeskSettings>;

export interface StoreProfile extends StoreConfiguredData {
  readonly id: string;
  readonly settings: DeskSettings;
}

export const STORE_RECORD_ID = 'store';
export const STORE_SCHEMA_VERSION = 1;

export function applyStoreEntry(profile: StoreProfile | undefined, e: StoreEntry): StoreProfile | undefined {
  if (e.schemaVersion > STORE_SCHEMA_VERSION) return profile;
  if (e.type === 'configured') {
    return { id: e.recordId, settings: profile?.settings ?? DEFAULT_DESK_SETTINGS, ...e.data };
  }
  if (!profile) return profile;
  return { ...profile, settings: e.data };
}

export function storagePolicyOf(profile: StoreProfile | undefined) {
  const s = profile?.settings ?? DEFAULT_DESK_SETTINGS;
  return {
    closingTime: s.closingTime,
    overdueDays: s.overdueDays,
    lostFoundKeepDays: s.lostFoundKeepDays,
    timeZone: profile?.timeZone ?? DEFAULT_TIME_ZONE,
  };
}
