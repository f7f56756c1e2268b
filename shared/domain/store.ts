import type { Entry } from './entry';
import { DEFAULT_STORAGE_POLICY } from './storage/rules';
import { DEFAULT_TIME_ZONE } from './clock';
import type { ReturnPolicy } from './returns/types';
import type { DeadlinePolicyRow } from './complaints/policy';
import type { PointsRule } from './complaints/responsibility';

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
  /** Printed where the customer is asked to call the desk; absent until a supervisor sets it. */
  readonly deskPhone?: string | undefined;
}

export const DEFAULT_DESK_SETTINGS: DeskSettings = {
  idleLockMinutes: 5,
  closingTime: DEFAULT_STORAGE_POLICY.closingTime,
  overdueDays: DEFAULT_STORAGE_POLICY.overdueDays,
  lostFoundKeepDays: DEFAULT_STORAGE_POLICY.lostFoundKeepDays,
};

/** Store return policy defaults (DOMAIN §2): 7 days, supervisor above 500 yuan. */
export const DEFAULT_RETURN_POLICY: ReturnPolicy = {
  returnWindowDays: 7,
  approvalAmountFen: 50_000,
  categories: [
    { code: 'grocery', name: '食品杂货', durable: false, nonReturnable: false },
    { code: 'fresh', name: '生鲜食品', durable: false, nonReturnable: true },
    { code: 'personalCare', name: '个人护理（已开封）', durable: false, nonReturnable: true },
    { code: 'tobacco', name: '烟草', durable: false, nonReturnable: true },
    { code: 'clothing', name: '服装鞋帽', durable: false, nonReturnable: false },
    { code: 'household', name: '家居日用', durable: false, nonReturnable: false },
    { code: 'appliance', name: '家用电器', durable: true, nonReturnable: false },
    { code: 'electronics', name: '数码电子', durable: true, nonReturnable: false },
  ],
};

export type StoreEntry =
  | Entry<'configured', StoreConfiguredData>
  | Entry<'settingsChanged', DeskSettings>
  | Entry<'returnPolicyChanged', ReturnPolicy>
  | Entry<'complaintPolicyChanged', ComplaintPolicyChangedData>
  | Entry<'pointsRuleChanged', PointsRule>
  | Entry<'customerCountRecorded', CustomerCountRecordedData>;

/** A month's customer count (from the tills), for the complaint rate per 10,000 customers. */
export interface CustomerCountRecordedData {
  /** yyyy-MM, store-local. */
  readonly month: string;
  readonly count: number;
}

/** The complaint time limits table (category x severity); hours come from the calendar, the zone from the store. */
export interface ComplaintPolicyChangedData {
  readonly rows: readonly DeadlinePolicyRow[];
}

export interface StoreProfile extends StoreConfiguredData {
  readonly id: string;
  readonly settings: DeskSettings;
  /** Absent on profiles made before returns existed: DEFAULT_RETURN_POLICY applies. */
  readonly returnPolicy?: ReturnPolicy | undefined;
  /** Absent until a supervisor edits it: DOMAIN §4 defaults apply. */
  readonly complaintPolicy?: readonly DeadlinePolicyRow[] | undefined;
  readonly pointsRule?: PointsRule | undefined;
  /** Customer counts by month (yyyy-MM), as last recorded. */
  readonly customerCounts?: Readonly<Record<string, number>> | undefined;
}

export const STORE_RECORD_ID = 'store';
export const STORE_SCHEMA_VERSION = 1;

export function applyStoreEntry(profile: StoreProfile | undefined, e: StoreEntry): StoreProfile | undefined {
  if (e.schemaVersion > STORE_SCHEMA_VERSION) return profile;
  if (e.type === 'configured') {
    return { id: e.recordId, settings: profile?.settings ?? DEFAULT_DESK_SETTINGS, ...e.data };
  }
  if (!profile) return profile;
  switch (e.type) {
    case 'returnPolicyChanged':
      return { ...profile, returnPolicy: e.data };
    case 'complaintPolicyChanged':
      return { ...profile, complaintPolicy: e.data.rows };
    case 'pointsRuleChanged':
      return { ...profile, pointsRule: e.data };
    case 'customerCountRecorded':
      return { ...profile, customerCounts: { ...profile.customerCounts, [e.data.month]: e.data.count } };
    case 'settingsChanged':
      return { ...profile, settings: e.data };
  }
}

export function returnPolicyOf(profile: StoreProfile | undefined): ReturnPolicy {
  return profile?.returnPolicy ?? DEFAULT_RETURN_POLICY;
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
