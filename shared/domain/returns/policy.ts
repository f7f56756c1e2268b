import { lineAmount, sumFen, type Fen } from '../money';
import { daysSincePurchase } from './days';
import type { PolicyProblem, ProductCategory, ReturnOutcome, ReturnPolicy } from './types';

/**
 * Store return policy, evaluated for a return being registered. Nothing here
 * blocks a return on its own: each problem is shown to the clerk in words,
 * and a supervisor may approve it as an exception with a reason. Without
 * that approval the return cannot be saved.
 */
export interface PolicyCheckInput {
  readonly hasReceipt: boolean;
  /** Store-local yyyy-MM-dd. */
  readonly purchaseDate: string;
  readonly outcome: ReturnOutcome;
  readonly lines: readonly { readonly category: string; readonly quantity: number; readonly unitPriceFen: Fen }[];
}

/** A problem with what the message needs to say it in words. */
export type PolicyFinding =
  | { readonly problem: 'noReceipt' }
  | { readonly problem: 'outsideWindow'; readonly days: number; readonly windowDays: number }
  | { readonly problem: 'nonReturnableCategory'; readonly categories: readonly ProductCategory[] }
  | { readonly problem: 'overApprovalAmount'; readonly amountFen: Fen; readonly limitFen: Fen };

/**
 * Only outcomes that take goods back for money or other goods are held to
 * the policy. A repair is the three-guarantees remedy (its own time limits)
 * and a refusal gives nothing away, so neither needs an exception.
 */
export function isTakenBack(outcome: ReturnOutcome): boolean {
  return outcome === 'refund' || outcome === 'exchange';
}

export function categoryOf(policy: ReturnPolicy, code: string): ProductCategory | undefined {
  return policy.categories.find((c) => c.code === code);
}

export function returnTotalFen(lines: PolicyCheckInput['lines']): Fen {
  return sumFen(lines.map((l) => lineAmount(l.quantity, l.unitPriceFen)));
}

/** Every policy problem of a return, in a fixed order; empty = within policy. */
export function evaluatePolicy(input: PolicyCheckInput, policy: ReturnPolicy, now: number, timeZone: string): PolicyFinding[] {
  if (!isTakenBack(input.outcome)) return [];
  const findings: PolicyFinding[] = [];
  if (!input.hasReceipt) findings.push({ problem: 'noReceipt' });
  const days = daysSincePurchase(input.purchaseDate, now, timeZone);
  if (days > policy.returnWindowDays) findings.push({ problem: 'outsideWindow', days, windowDays: policy.returnWindowDays });
  const blocked = new Map<string, ProductCategory>();
  for (const line of input.lines) {
    const category = categoryOf(policy, line.category);
    if (category?.nonReturnable) blocked.set(category.code, category);
  }
  if (blocked.size > 0) findings.push({ problem: 'nonReturnableCategory', categories: [...blocked.values()] });
  // The value of the goods taken back, before any gift deduction: the
  // deduction is the customer's choice and must not lower the bar.
  const amountFen = returnTotalFen(input.lines);
  if (amountFen > policy.approvalAmountFen) findings.push({ problem: 'overApprovalAmount', amountFen, limitFen: policy.approvalAmountFen });
  return findings;
}

export function problemsOf(findings: readonly PolicyFinding[]): PolicyProblem[] {
  return findings.map((f) => f.problem);
}

/** Without a receipt the purchase cannot be verified: store credit or an exchange only (or a refusal). */
export function allowedWithoutReceipt(outcome: ReturnOutcome, refundMethod: string | undefined): boolean {
  if (outcome === 'exchange' || outcome === 'refused') return true;
  return outcome === 'refund' && refundMethod === 'storeCredit';
}
