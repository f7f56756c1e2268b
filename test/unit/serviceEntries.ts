import type { Entry } from '../../shared/domain/entry';
import type { ServiceEntry, ServiceRegisteredData } from '../../shared/domain/service/entries';
import { applyServiceEntry } from '../../shared/domain/service/projection';
import type { ServiceCall, VisitOutcome } from '../../shared/domain/service/types';

/** Store wall time in Shanghai (UTC+8) as UTC ms. */
export const at = (day: string, hhmm: string) => Date.parse(`${day}T${hhmm}:00+08:00`);

let seq = 0;
/** One entry of call-1 as a counter writes it (by the clerk 1001 at C1, 2026-12-01 10:00 unless told). */
export function entry<T extends ServiceEntry['type']>(
  type: T,
  data: Extract<ServiceEntry, { type: T }>['data'],
  by = '1001',
  atMs = at('2026-12-01', '10:00'),
  counter = 'C1',
): ServiceEntry {
  seq += 1;
  const e = { store: 'S01', counter, approvedBy: undefined, id: `e${seq}`, seq, hlc: String(seq), recordType: 'serviceCall', recordId: 'call-1', type, schemaVersion: 2, at: atMs, by, data };
  return e as Entry as ServiceEntry;
}

export const registered: ServiceRegisteredData = {
  number: 'WX-S01-C1-261201-0001',
  customer: { name: '陈女士', phone: '13800138000', address: '五一路 8 号', area: 'inTown' },
  product: { kind: 'aircon', name: '格力空调', model: 'KFR-35GW', serial: 'SN123', purchaseDate: '2026-03-01' },
  problem: '不制冷',
  requestType: 'repair',
  serviceType: 'free',
  receivedAt: at('2026-12-01', '10:00'),
};

export const project = (entries: readonly ServiceEntry[]) => entries.reduce<ServiceCall | undefined>(applyServiceEntry, undefined);

export const visit = (outcome: VisitOutcome, technician = '3001', feeFen = 0) => ({
  technician,
  outcome,
  arrivedAt: at('2026-12-01', '14:00'),
  minutesOnSite: 40,
  workDone: '补充冷媒',
  parts: [],
  feeFen,
  voucherReturned: true,
});
