import type { ComplaintStatus } from '../complaints/state';
import type { ServiceCallStatus } from '../service/types';

interface Stamped {
  readonly at: number;
}

/** When a complaint was closed: resolved and closed, or answered as invalid; undefined while open. */
export function complaintClosedAt(c: { readonly status: ComplaintStatus; readonly closure?: Stamped | undefined; readonly validity?: Stamped | undefined }): number | undefined {
  if (c.status !== 'closed') return undefined;
  return c.closure?.at ?? c.validity?.at;
}

/** When a service call's job was closed; undefined while open or when it was cancelled (no work to ask about). */
export function callClosedAt(c: { readonly status: ServiceCallStatus; readonly closed?: Stamped | undefined }): number | undefined {
  return c.status === 'closed' ? c.closed?.at : undefined;
}
