import type { Fen } from '../money';
import type { OpinionScores, PartUsed, RequestType, ServiceArea, ServiceCall, ServiceType, VisitOutcome } from './types';

/**
 * One piece of a technician's work, as the reports read it: a visit, a
 * line of the repair card, or (with no time) the fee taken when goods went
 * back. Derived from the call; the reports read these small rows, not the calls.
 */
export interface ServiceJob {
  readonly id: string;
  readonly callId: string;
  readonly number: string;
  readonly kind: 'visit' | 'repair' | 'return';
  readonly technician: string;
  /** Who recorded it at the desk. */
  readonly recordedBy: string;
  readonly at: number;
  readonly requestType: RequestType;
  readonly serviceType: ServiceType;
  readonly minutes: number;
  readonly outcome?: VisitOutcome | undefined;
  readonly feeFen: Fen;
  readonly invoiceNo?: string | undefined;
  readonly parts: readonly PartUsed[];
  /** The call's first visit: it counts for the first-time fix and arrival rates. */
  readonly firstVisit: boolean;
  readonly arrivedAt?: number | undefined;
  readonly receivedAt: number;
  readonly area: ServiceArea;
}

/** The opinion card of a call, as the monthly evaluation reads it. */
export interface ServiceOpinion {
  readonly callId: string;
  readonly technician: string;
  readonly at: number;
  readonly scores: OpinionScores;
}

export function jobsOf(call: ServiceCall): ServiceJob[] {
  const base = { callId: call.id, number: call.number, requestType: call.requestType, serviceType: call.serviceType, receivedAt: call.receivedAt, area: call.customer.area };
  const jobs: ServiceJob[] = call.visits.map((v, i) => ({
    ...base,
    id: `${call.id}#visit${i}`,
    kind: 'visit',
    technician: v.technician,
    recordedBy: v.by,
    at: v.at,
    minutes: v.minutesOnSite,
    outcome: v.outcome,
    feeFen: v.feeFen,
    invoiceNo: v.invoiceNo,
    parts: v.parts,
    firstVisit: i === 0,
    arrivedAt: v.arrivedAt,
  }));
  const workshop = call.workshop;
  if (!workshop) return jobs;
  workshop.repairs.forEach((r, i) =>
    jobs.push({ ...base, id: `${call.id}#repair${i}`, kind: 'repair', technician: r.technician, recordedBy: r.by, at: r.at, minutes: r.minutes, feeFen: 0, parts: r.parts, firstVisit: false }),
  );
  const back = workshop.returned;
  if (back) {
    const technician = workshop.repairs.at(-1)?.technician ?? call.dispatch?.technician ?? '';
    jobs.push({ ...base, id: `${call.id}#return`, kind: 'return', technician, recordedBy: back.by, at: back.at, minutes: 0, feeFen: back.feeFen, invoiceNo: back.invoiceNo, parts: [], firstVisit: false });
  }
  return jobs;
}

export function opinionOf(call: ServiceCall): ServiceOpinion | undefined {
  const card = call.opinion;
  return card && { callId: call.id, technician: card.technician, at: card.at, scores: card.scores };
}
