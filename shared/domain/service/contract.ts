import { addMonths, addYears, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { addDays, type IsoDate } from '../calendar/days';
import type { Entry, RecordType } from '../entry';
import type { Fen } from '../money';
import type { ActionStamp } from '../storage/types';
import type { ServiceCustomer, Skill } from './types';

export const CONTRACT_RECORD_TYPE: RecordType = 'maintenanceContract';
export const CONTRACT_SCHEMA_VERSION = 1;

export interface ContractProduct {
  readonly kind: Skill;
  readonly name: string;
  readonly model: string;
  readonly serial: string;
}

export interface ContractSignedData {
  readonly number: string;
  readonly customer: ServiceCustomer;
  readonly products: readonly ContractProduct[];
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** Maintenance visits included in the term. */
  readonly visits: number;
  readonly feeFen: Fen;
}

export interface ContractRenewedData {
  readonly end: IsoDate;
  readonly visits: number;
  readonly feeFen: Fen;
}

export type ContractEntry = Entry<'signed', ContractSignedData> | Entry<'renewed', ContractRenewedData>;

export interface ContractTerm extends ActionStamp {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly visits: number;
  readonly feeFen: Fen;
}

export interface ContractConflict extends ActionStamp {
  readonly entryId: string;
  readonly reason: 'alreadySigned' | 'notLater';
}

/** 维修保养合同: a customer's products kept serviced from start to end; each renewal is a new term after the last. */
export interface MaintenanceContract {
  readonly id: string;
  readonly number: string;
  readonly customer: ServiceCustomer;
  readonly products: readonly ContractProduct[];
  /** The first term and every renewal, oldest first. */
  readonly terms: readonly ContractTerm[];
  readonly start: IsoDate;
  /** The last term's end: the contract runs until this day, inclusive. */
  readonly end: IsoDate;
  readonly conflicts: readonly ContractConflict[];
}

/** A term runs at most this many years: its end no later than the start's date that many years on. */
export const MAX_CONTRACT_YEARS = 5;

/** Why a term from `start` to `end` (both included) cannot be: it must end after it starts and last at most MAX_CONTRACT_YEARS. */
export function termRefusal(start: IsoDate, end: IsoDate): 'endNotAfterStart' | 'termTooLong' | undefined {
  if (end <= start) return 'endNotAfterStart';
  return end > format(addYears(parseISO(start), MAX_CONTRACT_YEARS), 'yyyy-MM-dd') ? 'termTooLong' : undefined;
}

/** A renewal continues the day after the current end and must run past it. */
export function renewalRefusal(contract: Pick<MaintenanceContract, 'end'>, newEnd: IsoDate): 'notLater' | undefined {
  return newEnd > contract.end ? undefined : 'notLater';
}

export function applyContractEntry(contract: MaintenanceContract | undefined, e: ContractEntry): MaintenanceContract | undefined {
  if (e.schemaVersion > CONTRACT_SCHEMA_VERSION) return contract;
  const stamp: ActionStamp = { by: e.by, at: e.at, counter: e.counter, approvedBy: e.approvedBy };
  const conflict = (reason: ContractConflict['reason']) => (contract ? { ...contract, conflicts: [...contract.conflicts, { ...stamp, entryId: e.id, reason }] } : contract);
  if (e.type === 'signed') {
    if (contract) return conflict('alreadySigned');
    const { number, customer, products, start, end, visits, feeFen } = e.data;
    return { id: e.recordId, number, customer, products, start, end, terms: [{ ...stamp, start, end, visits, feeFen }], conflicts: [] };
  }
  if (!contract) return contract;
  if (renewalRefusal(contract, e.data.end)) return conflict('notLater');
  return { ...contract, end: e.data.end, terms: [...contract.terms, { ...stamp, start: addDays(contract.end, 1), ...e.data }] };
}

/** The expiry notice shows from one calendar month before the end (DOMAIN §5). */
export function expiryNoticeFrom(end: IsoDate): IsoDate {
  return format(addMonths(parseISO(end), -1), 'yyyy-MM-dd');
}

/** Ends the expiry list reads on `today`, before contractState picks (a month is at most 31 days; 32 covers its clamped ends). */
export function expiryReadUntil(today: IsoDate): IsoDate {
  return addDays(today, 32);
}

export type ContractState = 'active' | 'expiring' | 'expired';

export function contractState(contract: Pick<MaintenanceContract, 'end'>, today: IsoDate): ContractState {
  if (today > contract.end) return 'expired';
  return today >= expiryNoticeFrom(contract.end) ? 'expiring' : 'active';
}

/** Whole days from `today` to the end: 0 on the end day itself, negative once it has passed. */
export function daysUntilEnd(contract: Pick<MaintenanceContract, 'end'>, today: IsoDate): number {
  return differenceInCalendarDays(parseISO(contract.end), parseISO(today));
}
