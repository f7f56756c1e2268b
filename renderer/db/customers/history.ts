import Dexie from 'dexie';
import { customerHistory, type CustomerQuery } from '../../../shared/domain/customers/match';
import type { CustomerTrailRow } from '../../../shared/domain/customers/trail';
import { can } from '../../../shared/domain/staff';
import { customerSearchInput } from '../../../shared/schema/customers';
import type { DeskContext } from '../context';
import type { DeskDatabase } from '../database';
import { DeskError } from '../errors';

export interface CustomerHistoryRead {
  readonly query: CustomerQuery;
  /** Newest first. */
  readonly rows: readonly CustomerTrailRow[];
}

/** The trail rows a query can concern: one index range, by the whole phone or by its last four digits. */
export function trailRowsOf(db: DeskDatabase, query: CustomerQuery): Promise<CustomerTrailRow[]> {
  const range = (index: string, value: string) => db.customerTrail.where(index).between([value, Dexie.minKey], [value, Dexie.maxKey]).toArray();
  return query.by === 'phone' ? range('[phone+at]', query.phone) : range('[phoneTail+at]', query.tail);
}

/**
 * 顾客记录: everything one customer did at the desk, newest first. Only for
 * staff the session names with the right to it (lead, supervisor, store
 * manager), checked here and not only by the screen; a bad phone or a
 * missing name is refused at its field.
 */
export async function readCustomerHistory(ctx: DeskContext, raw: unknown): Promise<CustomerHistoryRead> {
  const parsed = customerSearchInput.safeParse(raw);
  // The member and the rows are read side by side (one round trip, not two); rows of a refused read never leave here.
  const [me, rows] = await Promise.all([ctx.db.staff.get(ctx.session.staffNo), parsed.success ? trailRowsOf(ctx.db, parsed.data) : []]);
  if (!me || !me.active || !can(me.role, 'customers.history')) throw new DeskError('error.notAllowed');
  if (!parsed.success) throw parsed.error;
  return { query: parsed.data, rows: customerHistory(rows, parsed.data) };
}
