import type { Entry } from '../../shared/domain/entry';
import { hlcToString } from '../../shared/domain/hlc';
import type { ReceiptEntry } from '../../shared/domain/sales/receipt';

/** A receipt entry at wall time `wall` (ms after a fixed start) from `counter`. */
export function receiptEntry<E extends ReceiptEntry>(type: E['type'], data: E['data'], wall: number, counter = 'C1', id = `${counter}-${type}-${wall}`): ReceiptEntry {
  const at = Date.UTC(2026, 10, 25, 2, 0) + wall;
  const e: Entry = {
    id,
    recordType: 'receipt',
    recordId: 'receipt:POS-00123456',
    type,
    schemaVersion: 1,
    store: 'S01',
    counter,
    seq: 1,
    hlc: hlcToString({ wall: at, logical: 0, node: counter }),
    at,
    by: `staff-${counter}`,
    data,
  };
  return e as ReceiptEntry;
}
