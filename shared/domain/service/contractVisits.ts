import { storeDay } from '../clock';
import type { ContractTerm } from './contract';
import type { ServiceCall } from './types';

export interface TermVisits {
  readonly term: ContractTerm;
  /** The contract calls (服务类型 合同) of the customer received within the term, cancelled ones not counted. */
  readonly used: number;
}

/** Whether a call of the customer uses one of the contract's visits: taken as a contract call and not cancelled. */
export function usesContractVisit(call: Pick<ServiceCall, 'serviceType' | 'status'>): boolean {
  return call.serviceType === 'contract' && call.status !== 'cancelled';
}

/** Visits used against those included, term by term: a call counts in the term its received day (store time) falls in. */
export function visitsByTerm(terms: readonly ContractTerm[], calls: readonly Pick<ServiceCall, 'serviceType' | 'status' | 'receivedAt'>[], timeZone: string): TermVisits[] {
  const days = calls.filter(usesContractVisit).map((c) => storeDay(c.receivedAt, timeZone));
  return terms.map((term) => ({ term, used: days.filter((d) => d >= term.start && d <= term.end).length }));
}
