import Dexie from 'dexie';
import type { Entry, RecordType } from '../../shared/domain/entry';
import { hlcNext, hlcParse, hlcReceive, hlcToString } from '../../shared/domain/hlc';
import { chainAuditLine, type AuditChainHead, type AuditChainLink } from '../../shared/domain/auditChain';
import { newId, newIdAfter } from '../../shared/domain/ids';
import { formatRecordNumber, sequenceKey, type NumberedRecordType } from '../../shared/domain/numbering';
import { commandRefusal, type CommandRefusal, type DeskCommand } from '../../shared/domain/permissions';
import type { StaffMember } from '../../shared/domain/staff';
import type { MarkerUpdate } from '../../shared/schema/marker';
import type { DeskContext } from './context';
import { keepAuditHead, readAuditHead } from './auditTrail';
import type { AuditEntry, DeskDatabase } from './database';
import { DeskError } from './errors';
import { projectEntry, projectionTables } from './projectors';
import { countEntries } from './deskFacts';
import { dayCloseStamp } from './dayClose/lock';
import { reportMarks } from './backup/marksReporter';

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

/** A command the permission table refused to the member the session names: the clerk reads "not allowed". */
export class CommandRefused extends DeskError {
  constructor(
    readonly command: DeskCommand,
    readonly reason: CommandRefusal,
  ) {
    super('error.notAllowed');
  }
}

/** The member the session names (after the PIN check), if the permission table lets them run `command`. */
async function allowedActor(ctx: DeskContext, command: DeskCommand): Promise<StaffMember | undefined> {
  const [actor, staffCount] = await Promise.all([ctx.db.staff.get(ctx.session.staffNo), ctx.db.staff.count()]);
  const refusal = commandRefusal(command, actor, staffCount);
  if (refusal) throw new CommandRefused(command, refusal);
  return actor;
}

/** A refusal is kept in the audit trail; it is written after the refused transaction was undone. */
async function auditRefusal(ctx: DeskContext, error: unknown): Promise<void> {
  if (error instanceof CommandRefused) await writeAudit(ctx, { action: 'permission.refused', summary: `${error.command} ${error.reason}` });
}

/**
 * Appends entries as one Dexie transaction: each entry, its projection, its
 * audit line and its outbox line, plus the counter's sequence and clock —
 * all of them or none. First, inside the same transaction, the member the
 * session names must be allowed `command` (the one table in
 * shared/domain/permissions). `prepare` runs inside the same transaction, so
 * checks it makes (already released? number taken?) cannot race another write.
 */
export async function writeEntries<R>(
  ctx: DeskContext,
  command: DeskCommand,
  prepare: (tx: WriteTx) => Promise<R>,
): Promise<R> {
  const { db } = ctx;
  try {
    const { result, marks } = await db.transaction('rw', writeTables(db), async () => {
      const tx = new WriteTx(ctx, await allowedActor(ctx, command));
      const result = await prepare(tx);
      await tx.commitClock();
      await tx.commitAuditHead();
      return { result, marks: tx.marks() };
    });
    // A number is printed as soon as its write returns: this PC's marker outside IndexedDB learns it first
    // (not from inside an enclosing transaction, which waiting on the main process would end).
    if (marks && !Dexie.currentTransaction) await reportMarks(db, marks);
    return result;
  } catch (error) {
    await auditRefusal(ctx, error);
    throw error;
  }
}

/**
 * The same check before a write that first calls someone over (a
 * supervisor's PIN): a person who may not run `command` is refused before
 * anyone is asked. The write checks again in its transaction.
 */
export async function requireCommand(ctx: DeskContext, command: DeskCommand): Promise<void> {
  try {
    await allowedActor(ctx, command);
  } catch (error) {
    await auditRefusal(ctx, error);
    throw error;
  }
}

/** The open write: hands out numbers and appends entries inside the transaction. */
export class WriteTx {
  private clock: CounterClock | undefined;
  private sequenceMoved = false;
  /** Daily number keys handed out in this write, with the last number of each. */
  private readonly numbers = new Map<string, number>();
  /** The audit chain's head once a line was written: read once per transaction, kept when it commits. */
  private auditHead: AuditChainHead | undefined;
  readonly now: number;

  constructor(
    private readonly ctx: DeskContext,
    private readonly actor?: StaffMember,
  ) {
    this.now = ctx.clock.now();
  }

  get db(): DeskDatabase {
    return this.ctx.db;
  }

  /** The signed-in member the permission table allowed (a system write has none). */
  get member(): StaffMember {
    if (!this.actor) throw new DeskError('error.notAllowed');
    return this.actor;
  }

  /** The next human number of a type on this counter for today. */
  async nextNumber(type: NumberedRecordType): Promise<string> {
    const { session } = this.ctx;
    const key = sequenceKey(type, this.now, session.timeZone);
    const row = await this.db.meta.get(key);
    const next = (typeof row?.value === 'number' ? row.value : 0) + 1;
    await this.db.meta.put({ key, value: next });
    this.numbers.set(key, next);
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
    this.sequenceMoved = true;
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
    this.sequenceMoved = true;
  }

  /** The sequence and daily numbers this write moved (for this PC's marker), or undefined when it moved none. */
  marks(): MarkerUpdate | undefined {
    if (!this.sequenceMoved && this.numbers.size === 0) return undefined;
    const { store, counter } = this.ctx.session;
    return { store, counter, seq: this.clock?.seq ?? 0, numbers: Object.fromEntries(this.numbers) };
  }

  /** An audit line with no entry: a refusal, a sign-in, a failed approval. */
  async audit(line: Omit<AuditEntry, 'id' | 'at' | 'staffNo' | 'counter' | keyof AuditChainLink>): Promise<void> {
    const { session } = this.ctx;
    const head = this.auditHead ?? (await readAuditHead(this.db));
    // The id sorts after the last line's, so the trail reads back in chain order.
    const chained = chainAuditLine(head, { id: newIdAfter(head.lastId, this.now), at: this.now, staffNo: session.staffNo, counter: session.counter, ...line });
    await this.db.audit.add(chained.line);
    this.auditHead = chained.head;
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

  async commitAuditHead(): Promise<void> {
    if (this.auditHead) await keepAuditHead(this.db, this.auditHead);
  }
}

/** The counter's last sequence number and clock (for status and sync). */
export async function readCounterClock(db: DeskDatabase): Promise<CounterClock> {
  const row = await db.meta.get(CLOCK_KEY);
  return (row?.value as CounterClock | undefined) ?? { seq: 0 };
}

/** Writes one audit line on its own (sign-in, sign-out, a refused action). */
export async function writeAudit(ctx: DeskContext, line: Omit<AuditEntry, 'id' | 'at' | 'staffNo' | 'counter'>): Promise<void> {
  await writeEntries(ctx, 'audit.line', (tx) => tx.audit(line));
}
