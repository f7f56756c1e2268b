import type { Fen } from '../money';
import type { ReturnOutcome, ReturnReason, ReturnRecord } from './types';

/**
 * What the summary needs of one return, kept in its own projection (see
 * ReturnFactBucket): reading the full records spends most of the time on
 * rows and fields the summary never looks at.
 */
export interface ReturnFact {
  readonly id: string;
  readonly number: string;
  readonly receiptNo?: string | undefined;
  readonly registeredAt: number;
  readonly status: ReturnRecord['status'];
  readonly outcome: ReturnOutcome;
  readonly reason: ReturnReason;
  readonly totalFen: Fen;
  readonly refundFen: Fen;
  /** One per line: sku, name, category, quantity, amount in fen. */
  readonly lines: readonly (readonly [sku: string, name: string, category: string, quantity: number, amountFen: Fen])[];
}

export function returnFactOf(r: ReturnRecord): ReturnFact {
  return {
    id: r.id,
    number: r.number,
    receiptNo: r.receiptNo,
    registeredAt: r.registered.at,
    status: r.status,
    outcome: r.outcome,
    reason: r.reason,
    totalFen: r.totalFen,
    refundFen: r.refundFen,
    lines: r.lines.map((l) => [l.sku, l.name, l.category, l.quantity, l.amountFen] as const),
  };
}

type PackedFact = [
  registeredAt: number,
  number: string,
  receiptNo: string | null,
  status: ReturnFact['status'],
  outcome: ReturnOutcome,
  reason: ReturnReason,
  totalFen: Fen,
  refundFen: Fen,
  lines: ReturnFact['lines'],
];

const HOUR_MS = 60 * 60 * 1000;

/**
 * The facts of the returns registered in one UTC hour, each as a JSON
 * string by return id. IndexedDB's cost is mostly per row read, so a month
 * is ~744 rows instead of 25,000, and a string per return is the cheapest
 * value to hand back. Store-local months start on a whole hour in any
 * whole-hour time zone; the summary filters by the exact instants anyway.
 */
export interface ReturnFactBucket {
  /** UTC epoch ms of the hour's start. */
  readonly hour: number;
  readonly facts: Readonly<Record<string, string>>;
}

export function factHour(at: number): number {
  return Math.floor(at / HOUR_MS) * HOUR_MS;
}

export function packFact(f: ReturnFact): string {
  const packed: PackedFact = [f.registeredAt, f.number, f.receiptNo ?? null, f.status, f.outcome, f.reason, f.totalFen, f.refundFen, f.lines];
  return JSON.stringify(packed);
}

export function unpackFact(id: string, text: string): ReturnFact {
  const [registeredAt, number, receiptNo, status, outcome, reason, totalFen, refundFen, lines] = JSON.parse(text) as PackedFact;
  return { id, registeredAt, number, receiptNo: receiptNo ?? undefined, status, outcome, reason, totalFen, refundFen, lines };
}

/** The bucket with this return's fact put in (or replaced: a reversal changes its status). */
export function withFact(bucket: ReturnFactBucket | undefined, fact: ReturnFact): ReturnFactBucket {
  return { hour: factHour(fact.registeredAt), facts: { ...bucket?.facts, [fact.id]: packFact(fact) } };
}

/** The facts kept in the buckets; with `start` and `end`, only those registered in [start, end). */
export function factsOfBuckets(buckets: Iterable<ReturnFactBucket>, start = -Infinity, end = Infinity): ReturnFact[] {
  const out: ReturnFact[] = [];
  for (const b of buckets) {
    for (const id in b.facts) {
      const fact = unpackFact(id, b.facts[id]!);
      if (fact.registeredAt >= start && fact.registeredAt < end) out.push(fact);
    }
  }
  return out;
}
