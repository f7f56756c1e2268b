import type { Fen } from '../money';
import type { ServiceJob, ServiceOpinion } from './jobs';
import { OPINION_QUESTIONS, type OpinionQuestion, type RequestType, type ServiceArea } from './types';

/** Work done: visits and repair-card lines (a return's fee has no time of its own). */
export const isWork = (j: ServiceJob): boolean => j.kind !== 'return';

export interface TypeTotals {
  readonly jobs: number;
  readonly minutes: number;
}

export interface DayReport {
  /** Each job in time order: the 技术员工作日报表 lines. */
  readonly jobs: readonly ServiceJob[];
  readonly byRequestType: Readonly<Record<RequestType, TypeTotals>>;
  readonly byTechnician: ReadonlyMap<string, TypeTotals>;
  readonly total: TypeTotals;
  readonly feesFen: Fen;
}

const add = (t: TypeTotals | undefined, j: ServiceJob): TypeTotals => ({ jobs: (t?.jobs ?? 0) + 1, minutes: (t?.minutes ?? 0) + j.minutes });

/**
 * A day's work, for one technician (技术员工作日报表) or all of them
 * (服务主任日报表): each job with its type and time, totalled by request
 * type and by technician.
 */
export function dayReport(rows: readonly ServiceJob[]): DayReport {
  const jobs = rows.filter(isWork).sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  const byRequestType: Record<RequestType, TypeTotals> = { repair: { jobs: 0, minutes: 0 }, installation: { jobs: 0, minutes: 0 }, maintenance: { jobs: 0, minutes: 0 } };
  const byTechnician = new Map<string, TypeTotals>();
  let total: TypeTotals = { jobs: 0, minutes: 0 };
  for (const j of jobs) {
    byRequestType[j.requestType] = add(byRequestType[j.requestType], j);
    byTechnician.set(j.technician, add(byTechnician.get(j.technician), j));
    total = add(total, j);
  }
  return { jobs, byRequestType, byTechnician, total, feesFen: rows.reduce((sum, j) => sum + j.feeFen, 0) };
}

export interface TechnicianMonth {
  readonly technician: string;
  readonly jobs: number;
  readonly minutes: number;
  readonly firstVisits: number;
  /** Of the first visits, fixed on them (the first-time fix rate's numerator). */
  readonly firstTimeFixes: number;
  /** Of the first visits, arrived by the target (6 working hours in town, 7 out). */
  readonly onTimeArrivals: number;
  readonly opinionCards: number;
  /** Average of each question's level (1–4); undefined with no card. */
  readonly opinion: Readonly<Record<OpinionQuestion, number | undefined>>;
  /** Parts used, by name, with their quantities. */
  readonly parts: ReadonlyMap<string, number>;
  readonly feesFen: Fen;
}

/** Arrival target of a first visit: working hours from the call, by area (the caller brings the store's calendar). */
export type ArrivalTarget = (receivedAt: number, area: ServiceArea) => number;

/**
 * A month per technician: jobs, first-time fix rate, arrival on time,
 * opinion scores, parts used. `jobs` and `opinions` are the month's rows;
 * technicians come out in staff-number order.
 */
export function monthlyByTechnician(jobs: readonly ServiceJob[], opinions: readonly ServiceOpinion[], target: ArrivalTarget): TechnicianMonth[] {
  interface Acc {
    jobs: number;
    minutes: number;
    firstVisits: number;
    firstTimeFixes: number;
    onTimeArrivals: number;
    cards: number;
    sums: Record<OpinionQuestion, number>;
    parts: Map<string, number>;
    feesFen: number;
  }
  const accs = new Map<string, Acc>();
  const accOf = (technician: string): Acc => {
    let acc = accs.get(technician);
    if (!acc) {
      acc = { jobs: 0, minutes: 0, firstVisits: 0, firstTimeFixes: 0, onTimeArrivals: 0, cards: 0, sums: { attitude: 0, skill: 0, arrival: 0, promise: 0 }, parts: new Map(), feesFen: 0 };
      accs.set(technician, acc);
    }
    return acc;
  };
  for (const j of jobs) {
    const acc = accOf(j.technician);
    acc.feesFen += j.feeFen;
    if (!isWork(j)) continue;
    acc.jobs += 1;
    acc.minutes += j.minutes;
    for (const p of j.parts) acc.parts.set(p.name, (acc.parts.get(p.name) ?? 0) + p.quantity);
    if (!j.firstVisit) continue;
    acc.firstVisits += 1;
    if (j.outcome === 'fixedOnSite') acc.firstTimeFixes += 1;
    if (j.arrivedAt !== undefined && j.arrivedAt <= target(j.receivedAt, j.area)) acc.onTimeArrivals += 1;
  }
  for (const o of opinions) {
    const acc = accOf(o.technician);
    acc.cards += 1;
    for (const q of OPINION_QUESTIONS) acc.sums[q] += o.scores[q];
  }
  return [...accs.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([technician, a]) => ({
      technician,
      jobs: a.jobs,
      minutes: a.minutes,
      firstVisits: a.firstVisits,
      firstTimeFixes: a.firstTimeFixes,
      onTimeArrivals: a.onTimeArrivals,
      opinionCards: a.cards,
      opinion: Object.fromEntries(OPINION_QUESTIONS.map((q) => [q, a.cards ? a.sums[q] / a.cards : undefined])) as Record<OpinionQuestion, number | undefined>,
      parts: a.parts,
      feesFen: a.feesFen,
    }));
}

/** A share as a whole percent, or undefined when there is nothing to divide by. */
export function percentOf(part: number, whole: number): number | undefined {
  return whole > 0 ? Math.round((part / whole) * 100) : undefined;
}
