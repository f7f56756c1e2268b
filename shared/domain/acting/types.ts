import type { Entry, RecordType } from '../entry';
import type { ActionStamp } from '../storage/types';

export const ACTING_RECORD_TYPE: RecordType = 'actingWindow';
export const ACTING_SCHEMA_VERSION = 1;

/**
 * 主管助理: a supervisor names an assistant who acts as supervisor from
 * `from` until `until` (UTC ms). `actingFor` is the one who named them,
 * taken from the session by the write path, never typed.
 */
export interface ActingNamedData {
  readonly assistant: string;
  readonly actingFor: string;
  readonly from: number;
  readonly until: number;
}

/** Ended before `until` (the supervisor is back); the window lapses at `until` without any entry. */
export interface ActingEndedData {
  readonly reason?: string | undefined;
}

export type ActingEntry = Entry<'named', ActingNamedData> | Entry<'ended', ActingEndedData>;

/** An acting window as projected: kept for good, open or not by the time compared with it. */
export interface ActingWindow extends ActingNamedData {
  readonly id: string;
  readonly named: ActionStamp;
  readonly ended?: (ActionStamp & ActingEndedData) | undefined;
}
