/**
 * How much of the failed print jobs the queue keeps. A job that did not
 * print stays with its HTML, to retry and for support to see what failed;
 * within limits, so a printer that is off for weeks cannot fill the disk or
 * make every queue write slow. Over a limit, the oldest jobs go first; their
 * archived PDF stays.
 */

export interface KeptJobLimits {
  /** A job whose HTML is larger is not kept. */
  readonly maxJobHtmlBytes: number;
  /** All kept jobs' HTML together. */
  readonly maxTotalHtmlBytes: number;
  /** A job older than this (since it was sent) is not kept. */
  readonly maxAgeMs: number;
}

const MB = 1024 * 1024;

export const KEPT_JOB_LIMITS: KeptJobLimits = { maxJobHtmlBytes: 2 * MB, maxTotalHtmlBytes: 50 * MB, maxAgeMs: 30 * 24 * 60 * 60 * 1000 };

export type DropReason = 'tooOld' | 'tooLarge' | 'overTotal';

interface KeptJob {
  readonly createdAt: number;
  readonly html: string;
}

/** The jobs to drop, oldest first, and why: too old, too large by itself, then the oldest until the rest fit the total. */
export function jobsToDrop<J extends KeptJob>(jobs: readonly J[], now: number, limits: KeptJobLimits = KEPT_JOB_LIMITS): { readonly job: J; readonly reason: DropReason }[] {
  const sized = [...jobs].sort((a, b) => a.createdAt - b.createdAt).map((job) => ({ job, bytes: Buffer.byteLength(job.html, 'utf8') }));
  const reasons = new Map<J, DropReason>();
  for (const { job, bytes } of sized) {
    if (now - job.createdAt > limits.maxAgeMs) reasons.set(job, 'tooOld');
    else if (bytes > limits.maxJobHtmlBytes) reasons.set(job, 'tooLarge');
  }
  let total = sized.reduce((sum, { job, bytes }) => (reasons.has(job) ? sum : sum + bytes), 0);
  for (const { job, bytes } of sized) {
    if (total <= limits.maxTotalHtmlBytes) break;
    if (reasons.has(job)) continue;
    reasons.set(job, 'overTotal');
    total -= bytes;
  }
  return sized.flatMap(({ job }) => {
    const reason = reasons.get(job);
    return reason ? [{ job, reason }] : [];
  });
}
