import type { Entry, RecordType } from '../../shared/domain/entry';
import { hlcNext, hlcParse, hlcReceive, hlcToString } from '../../shared/domain/hlc';
import { newId } from '../../shared/domain/ids';
import { formatRecordNumber, sequenceKey, type NumberedRecordType } from '../../shared/domain/numbering';
import type { DeskContext } from './context';
import type { AuditEntry, DeskDatabase } from './database';
import { projectEntry, projectionTables } from './projectors';
import { countEntries } from './deskFacts';
import { dayCloseStamp } from './dayClose/lock';

/** What a command asks to append; the write path stamps the rest. */
export interface EntryDraft<TType extends string = string, TData = unknown> {
  readonly recordType: RecordType;
  readonly recordId: string;
  readonly type: TType;
  readonly schemaVersion: number;
  readonly data: TData;
  readonly approvedBy?: string | undefined;
  /** One line for the daily log. */
  readonly summary: string;
  readonly number?: string | undefined;
}

interface CounterClock {
  readonly seq: number;
  readonly hlc?: string | undefined;
}

const CLOCK_KEY = 'counterClock';

/** Every table a write touches: one transaction over all of them. */
export function writeTables(db: DeskDatabase) {
  // Attached files are not projections (a rebuild never clears them) but are written with their entry;
  // the files incoming entries refer to are noted as wanted with them.
  return [db.entries, db.outbox, db.audit, db.meta, db.complaintAttachments, db.attachmentWants, db.deskFacts, db.lateEntries, ...projectionTables(db)];
}

/**
 * Appends entries as one Dexie transaction: each entry, its projection, its
 * audit line and its outbox line, plus the counter's sequence and clock —
 * all of them or none. `prepare` runs inside the same transaction, so checks
 * it makes (already released? number taken?) cannot race another write.
 */
export async function writeEntries<R>(
  ctx: DeskContext,
  prepare: (tx: WriteTx) => Promise<R>,
): Promise<R> {
  const { db } = ctx;
  return db.transaction('rw', writeTables(db), async () => {
    const tx = new WriteTx(ctx);
    const result = await prepare(tx);
    await tx.commitClock();
    return result;
  });
}

/** The open write: hands out numbers and appends entries inside the transaction. */
export class WriteTx {
  private clock: CounterClock | undefined;
  readonly now: number;

  constructor(private readonly ctx: DeskContext) {
    this.now = ctx.clock.now();
  }

  get db(): DeskDatabase {
    return this.ctx.db;
  }

  /** The next human number of a type on this counter for today. */
  async nextNumber(type: NumberedRecordType): Promise<string> {
    const { session } = this.ctx;
    const key = sequenceKey(type, this.now, session.timeZone);
    const row = await this.db.meta.get(key);
    const next = (typeof row?.value === 'number' ? row.value : 0) + 1;
    await this.db.meta.put({ key, value: next });
    return formatRecordNumber(type, session.store, session.counter, this.now, next, session.timeZone);
  }

  async append<TType extends string, TData>(draft: EntryDraft<TType, TData>): Promise<Entry<TType, TData>> {
    const { session } = this.ctx;
    const correctionOf = await dayCloseStamp(this.db, draft, this.now, session.timeZone);
    const clock = await this.loadClock();
    const previous = clock.hlc ? hlcParse(clock.hlc) : undefined;
    const hlc = hlcToString(hlcNext(previous, this.now, session.counter));
    const seq = clock.seq + 1;
    this.clock = { seq, hlc };
    const entry: Entry<TType, TData> = {
      id: newId(this.now),
      recordType: draft.recordType,
      recordId: draft.recordId,
      type: draft.type,
      schemaVersion: draft.schemaVersion,
      store: session.store,
      counter: session.counter,
      seq,
      hlc,
      at: this.now,
      by: session.staffNo,
      approvedBy: draft.approvedBy,
      data: draft.data,
      summary: draft.summary,
      number: draft.number,
      correctionOf,
    };
    await this.db.entries.add(entry);
    await countEntries(this.db, [entry], session.timeZone);
    await this.db.outbox.add({ seq, entryId: entry.id });
    await projectEntry(this.db, entry);
    await this.audit({
      action: `${draft.recordType}.${draft.type}`,
      recordType: draft.recordType,
      recordId: draft.recordId,
      number: draft.number,
      approvedBy: draft.approvedBy,
      summary: draft.summary,
    });
    return entry;
  }

  /** Moves this counter's clock past entries received from other counters. */
  async observe(entries: readonly Entry[]): Promise<void> {
    const clock = await this.loadClock();
    let hlc = clock.hlc ? hlcParse(clock.hlc) : undefined;
    for (const e of entries) hlc = hlcReceive(hlc, hlcParse(e.hlc), this.now, this.ctx.session.counter);
    this.clock = { ...clock, hlc: hlc ? hlcToString(hlc) : clock.hlc };
  }

  /** A counter set up again (a replaced PC) goes on after its own entries the server kept: no sequence number is used twice. */
  async continueSequenceAfter(seq: number): Promise<void> {
    const clock = await this.loadClock();
    if (seq > clock.seq) this.clock = { ...clock, seq };
  }

  /** An audit line with no entry: a refusal, a sign-in, a failed approval. */
  async audit(line: Omit<AuditEntry, 'id' | 'at' | 'staffNo' | 'counter'>): Promise<void> {
    const { session } = this.ctx;
    await this.db.audit.add({ id: newId(this.now), at: this.now, staffNo: session.staffNo, counter: session.counter, ...line });
  }

  private async loadClock(): Promise<CounterClock> {
    if (!this.clock) {
      const row = await this.db.meta.get(CLOCK_KEY);
      this.clock = (row?.value as CounterClock | undefined) ?? { seq: 0 };
    }
    return this.clock;
  }

  async commitClock(): Promise<void> {
    if (this.clock) await this.db.meta.put({ key: CLOCK_KEY, value: this.clock });
  }
}

/** The counter's last sequence number and clock (for status and sync). */
export async function readCounterClock(db: DeskDatabase): Promise<CounterClock> {
  const row = await db.meta.get(CLOCK_KEY);
  return (row?.value as CounterClock | undefined) ?? { seq: 0 };
}

/** Writes one audit line on its own (sign-in, sign-out, a refused action). */
export async function writeAudit(ctx: DeskContext, line: Omit<AuditEntry, 'id' | 'at' | 'staffNo' | 'counter'>): Promise<void> {
  await writeEntries(ctx, (tx) => tx.audit(line));
}
