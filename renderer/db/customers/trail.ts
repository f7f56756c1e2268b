import type { Transaction } from 'dexie';
import {
  COMPLAINT_TRAIL,
  HANDOUT_TRAIL,
  INVOICE_TRAIL,
  PRE_ORDER_TRAIL,
  RETURN_TRAIL,
  SERVICE_CALL_TRAIL,
  STORAGE_TRAIL,
  trailWrites,
  type CustomerTrailRow,
  type CustomerTrailRule,
  type TrailChange,
} from '../../../shared/domain/customers/trail';
import type { DeskDatabase } from '../database';

/** Writes a batch's trail rows (inside the records' own transaction): one bulk put and one bulk delete at most. */
export async function keepCustomerTrail(db: DeskDatabase, changes: readonly TrailChange[]): Promise<void> {
  if (changes.length === 0) return;
  const { puts, deletes } = trailWrites(changes);
  await Promise.all([puts.length > 0 ? db.customerTrail.bulkPut(puts) : undefined, deletes.length > 0 ? db.customerTrail.bulkDelete(deletes) : undefined]);
}

/** The projection tables whose records name a customer, with the rule that makes their trail rows (for the upgrade). */
const TRAIL_SOURCES: readonly { readonly table: string; readonly rule: CustomerTrailRule<never> }[] = [
  { table: 'storageItems', rule: STORAGE_TRAIL },
  { table: 'returns', rule: RETURN_TRAIL },
  { table: 'handouts', rule: HANDOUT_TRAIL },
  { table: 'complaints', rule: COMPLAINT_TRAIL },
  { table: 'serviceCalls', rule: SERVICE_CALL_TRAIL },
  { table: 'preOrders', rule: PRE_ORDER_TRAIL },
  { table: 'invoices', rule: INVOICE_TRAIL },
];

/** Version 15's upgrade: the trail of the records kept before it, made from their projection rows by the same rules. */
export async function fillCustomerTrail(tx: Transaction): Promise<void> {
  for (const { table, rule } of TRAIL_SOURCES) {
    const rows: CustomerTrailRow[] = [];
    await tx.table<never, string>(table).each((state) => {
      const row = rule.rowOf(state);
      if (row) rows.push(row);
    });
    await tx.table<CustomerTrailRow, string>('customerTrail').bulkPut(rows);
  }
}
