import { storeMonth } from './responsibility';
import { lastRating, type Complaint } from './state';

/** A person who handled complaints in the month: how many were followed up, how satisfied the customers were. */
export interface ServiceStarCandidate {
  readonly staffNo: string;
  readonly name: string;
  readonly handled: number;
  readonly averageSatisfaction: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The month's "service star" (服务之星, DOMAIN §4), best first: the owners
 * of the complaints received in the month, by the customers' satisfaction at
 * the follow-up (the latest rating of each complaint they handled), then by
 * how many they handled. Whoever was found responsible for a valid
 * complaint that month is not a candidate. The first is the star.
 */
export function serviceStarCandidates(complaints: readonly Complaint[], month: string, timeZone: string): ServiceStarCandidate[] {
  const inMonth = complaints.filter((c) => storeMonth(c.receivedAt, timeZone) === month);
  const responsible = new Set(inMonth.filter((c) => c.validity?.valid === true && c.responsibility?.staffNo).map((c) => c.responsibility?.staffNo));
  const byOwner = new Map<string, { name: string; handled: number; ratingSum: number }>();
  for (const c of inMonth) {
    const owner = c.assignment?.ownerStaffNo;
    const rating = lastRating(c);
    if (!owner || rating === undefined || responsible.has(owner)) continue;
    const row = byOwner.get(owner) ?? { name: c.assignment?.ownerName ?? owner, handled: 0, ratingSum: 0 };
    byOwner.set(owner, { ...row, handled: row.handled + 1, ratingSum: row.ratingSum + rating });
  }
  return [...byOwner.entries()]
    .map(([staffNo, r]) => ({ staffNo, name: r.name, handled: r.handled, averageSatisfaction: round2(r.ratingSum / r.handled) }))
    .sort((a, b) => b.averageSatisfaction - a.averageSatisfaction || b.handled - a.handled || (a.staffNo < b.staffNo ? -1 : a.staffNo > b.staffNo ? 1 : 0));
}
