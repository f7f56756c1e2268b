import type { AuditChainHead } from '../../shared/domain/auditChain';
import { RECORD_PREFIX, sequenceKey, type NumberedRecordType } from '../../shared/domain/numbering';
import { AUDIT_CHAIN_HEAD_KEY } from '../../shared/schema/audit';
import { keptAuditHeadOf, readAuditHead } from './auditTrail';
import type { DeskDatabase, MetaRow } from './database';
import { isDayClosed } from './dayClose/lock';

/** The counter's sequence (its entries, gapless) and hybrid logical clock. */
export interface CounterClock {
  readonly seq: number;
  readonly hlc?: string | undefined;
}

export const CLOCK_KEY = 'counterClock';

export const counterClockOf = (row: MetaRow | undefined): CounterClock => (row?.value as CounterClock | undefined) ?? { seq: 0 };

/**
 * What every write starts from, read at its start inside its transaction:
 * each read awaited in turn is a round trip to the database, so the rows a
 * write may need are read in one request, beside the permission check.
 */
export interface WriteStart {
  readonly now: number;
  readonly clock: CounterClock;
  readonly auditHead: AuditChainHead;
  /** Today's last daily number of every numbered type (0 before the first), by its meta key. */
  readonly lastNumbers: ReadonlyMap<string, number>;
  /** Whether today (store-local) is signed: business on it is refused. */
  readonly todayClosed: boolean;
}

const NUMBERED_TYPES = Object.keys(RECORD_PREFIX) as NumberedRecordType[];

export async function readWriteStart(db: DeskDatabase, now: number, timeZone: string): Promise<WriteStart> {
  const numberKeys = NUMBERED_TYPES.map((type) => sequenceKey(type, now, timeZone));
  const [[clockRow, headRow, ...numberRows], todayClosed] = await Promise.all([
    db.meta.bulkGet([CLOCK_KEY, AUDIT_CHAIN_HEAD_KEY, ...numberKeys]),
    isDayClosed(db, now, timeZone),
  ]);
  const lastNumbers = new Map(numberKeys.map((key, i) => [key, typeof numberRows[i]?.value === 'number' ? numberRows[i].value : 0]));
  const auditHead = await readAuditHead(db, keptAuditHeadOf(headRow?.value));
  return { now, clock: counterClockOf(clockRow), auditHead, lastNumbers, todayClosed };
}
