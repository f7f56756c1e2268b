import type { IsoDate } from '../calendar/days';
import type { Entry, RecordType } from '../entry';
import type { Fen } from '../money';
import type { ActionStamp } from '../storage/types';

export const SERVICE_DAY_RECORD_TYPE: RecordType = 'serviceDay';
export const SERVICE_DAY_SCHEMA_VERSION = 1;

/** What the manager signed: the day's figures as the report showed them. */
export interface ServiceDaySignedData {
  readonly day: IsoDate;
  readonly jobs: number;
  readonly minutes: number;
  readonly feesFen: Fen;
}

export type ServiceDayEntry = Entry<'signed', ServiceDaySignedData>;

/** 服务主任日报表 signed: one per store day; a second signature (another counter, offline) is kept as a conflict. */
export interface ServiceDaySignoff {
  readonly day: IsoDate;
  readonly signed: ActionStamp & ServiceDaySignedData;
  readonly conflicts: readonly (ActionStamp & { readonly entryId: string })[];
}

export function applyServiceDayEntry(signoff: ServiceDaySignoff | undefined, e: ServiceDayEntry): ServiceDaySignoff | undefined {
  if (e.schemaVersion > SERVICE_DAY_SCHEMA_VERSION) return signoff;
  const stamp: ActionStamp = { by: e.by, at: e.at, counter: e.counter, approvedBy: e.approvedBy };
  if (signoff) return { ...signoff, conflicts: [...signoff.conflicts, { ...stamp, entryId: e.id }] };
  return { day: e.data.day, signed: { ...stamp, ...e.data }, conflicts: [] };
}
