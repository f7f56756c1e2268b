import Dexie from 'dexie';
import type { Entry, RecordType } from '../../shared/domain/entry';
import { hlcNext, hlcParse, hlcReceive, hlcToString } from '../../shared/domain/hlc';
import { chainAuditLine, type AuditChainHead, type AuditChainLink } from '../../shared/domain/auditChain';
import { newId, newIdAfter } from '../../shared/domain/ids';
import { formatRecordNumber, sequenceKey, type NumberedRecordType } from '../../shared/domain/numbering';
import { actingCouldAllow, commandStanding, refusalCountsStaff, type CommandRefusal, type DeskCommand } from '../../shared/domain/permissions';
import { openWindowOf } from '../../shared/domain/acting/rules';
import type { StaffMember } from '../../shared/domain/staff';
import type { MarkerUpdate } from '../../shared/schema/marker';
import type { DeskContext } from './context';
import { auditHeadRow } from './auditTrail';
import type { AuditEntry, DeskDatabase, MetaRow } from './database';
import { DeskError } from './errors';
import { projectEntries, projectionTables, recordKeyOf, type KnownRows } from './projectors';
import { countEntries } from './deskFacts';
import { dayCloseStamp, isDayClosed } from './dayClose/lock';
import { reportMarks } from './backup/marksReporter';
import { CLOCK_KEY, counterClockOf, readWriteStart, type CounterClock, type WriteStart } from './writeStart';
import { actingWindowsOf } from './acting/queries';

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

/** The entry each draft of a step becomes, in the drafts' order. */
export type EntriesOf<D extends readonly EntryDraft[]> = { -readonly [K in keyof D]: D[K] extends EntryDraft<infer TType, infer TData> ? Entry<TType, TData> : never };

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

/** Who runs a write: the member the session names, and the supervisor they stand in for when only an acting window allows it. */
interface AllowedActor {
  readonly actor: StaffMember | undefined;
  readonly actingFor?: string | undefined;
}

/** The member the session names (after the PIN check), if the permission table lets them run `command` at `now`. */
async function allowedActor(ctx: DeskContext, command: DeskCommand, now: number): Promise<AllowedActor> {
  // The staff are counted only where the rule reads the count (one request less for every other write).
  const [actor, staffCount] = await Promise.all([ctx.db.staff.get(ctx.session.staffNo), refusalCountsStaff(command) ? ctx.db.staff.count() : 0]);
  let standing = commandStanding(command, actor, staffCount);
  // The actor's acting windows are read only when their own role falls short (no request for every other write).
  if (standing.refusal === 'roleNotAllowed' && actor && actingCouldAllow(command)) {
    standing = commandStanding(command, actor, staffCount, { windows: await actingWindowsOf(ctx.db, actor.staffNo, now), now });
  }
  if (standing.refusal) throw new CommandRefused(command, standing.refusal);
  return { actor, actingFor: standing.actingFor };
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
 * `readFirst` reads what `prepare` needs beside the permission check and the
 * write's start (one round trip for all of them), inside the transaction too.
 */
export async function writeEntries<R>(ctx: DeskContext, command: DeskCommand, prepare: (tx: WriteTx) => Promise<R>): Promise<R>;
export async function writeEntries<R, S>(ctx: DeskContext, command: DeskCommand, prepare: (tx: WriteTx, read: S) => Promise<R>, readFirst: (db: DeskDatabase) => Promise<S>): Promise<R>;
export async function writeEntries<R>(
  ctx: DeskContext,
  command: DeskCommand,
  prepare: (tx: WriteTx, read: unknown) => Promise<R>,
  readFirst?: (db: DeskDatabase) => Promise<unknown>,
): Promise<R> {
  const { db } = ctx;
  // Inside an enclosing transaction the marks are not reported: waiting on the main process would end it.
  const nested = Dexie.currentTransaction !== null;
  let reported: Promise<void> | undefined;
  try {
    const result = await db.transaction('rw', writeTables(db), async () => {
      const now = ctx.clock.now();
      // A refused member's reads are made and dropped: nothing is written before the check has passed.
      const [allowed, start, read] = await Promise.all([allowedActor(ctx, command, now), readWriteStart(db, now, ctx.session.timeZone), readFirst?.(db)]);
      const tx = new WriteTx(ctx, start, allowed.actor, allowed.actingFor);
      const result = await prepare(tx, read);
      await tx.finish();
      // A number is printed as soon as its write returns: this PC's marker outside IndexedDB learns it first.
      // The report runs while IndexedDB commits: every request of the write has succeeded, so only the
      // commit can still fail, and a mark raised for a write that then failed only skips that number
      // after a lost database (marks never go down; no number is handed out twice).
      const marks = tx.marks();
      if (marks && !nested) reported = Dexie.ignoreTransaction(() => reportMarks(db, marks));
      return result;
    });
    await reported;
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
    await allowedActor(ctx, command, ctx.clock.now());
  } catch (error) {
    await auditRefusal(ctx, error);
    throw error;
  }
}

/**
 * The open write: hands out numbers and appends entries inside the
 * transaction. What it needs is read at its start (`WriteStart`); its clock,
 * numbers and audit head are then changed without an await between reading
 * and setting them, so steps run side by side cannot hand out one number
 * twice or fork the chain. Writes are placed without waiting for each one
 * (IndexedDB runs a transaction's requests in order, so a read placed after
 * a write sees it) and `finish` waits for them all.
 */
export class WriteTx {
  readonly now: number;
  private clock: CounterClock;
  private clockMoved = false;
  private sequenceMoved = false;
  /** The last daily number of each key, as stored or as handed out in this write. */
  private readonly lastNumbers: Map<string, number>;
  /** Daily number keys handed out in this write (for this PC's marker). */
  private readonly handedOut = new Set<string>();
  private auditHead: AuditChainHead;
  private auditMoved = false;
  private todayClosed: boolean;
  /** Writes placed and not yet waited for: a failure among them fails the write at `finish`. */
  private readonly placed: Promise<unknown>[] = [];
  /** The append under way, if any: the next one starts when it is done. */
  private appending: Promise<void> = Promise.resolve();
  /** Records' kept rows this write has read (undefined: none kept), by record key: projecting them reads them no more. */
  private readonly knownRows: KnownRows = new Map();
  /** Whom each approver of this write stood in for (undefined: approved as themself), read once per approver. */
  private readonly approverActingFor = new Map<string, string | undefined>();

  constructor(
    private readonly ctx: DeskContext,
    start: WriteStart,
    private readonly actor?: StaffMember,
    /** The supervisor the actor stands in for, when only an acting window allowed the command: every entry of the write says so. */
    private readonly actingFor?: string,
  ) {
    this.now = start.now;
    this.clock = start.clock;
    this.lastNumbers = new Map(start.lastNumbers);
    this.auditHead = start.auditHead;
    this.todayClosed = start.todayClosed;
  }

  get db(): DeskDatabase {
    return this.ctx.db;
  }

  /** The signed-in member the permission table allowed (a system write has none). */
  get member(): StaffMember {
    if (!this.actor) throw new DeskError('error.notAllowed');
    return this.actor;
  }

  /**
   * Tells the write a record's row as read in it (`undefined`: none kept):
   * its entries appended in this write are projected on it without reading
   * it again, and it is kept as each append leaves it.
   */
  knowRow(recordType: RecordType, recordId: string, row: unknown): void {
    this.knownRows.set(recordKeyOf({ recordType, recordId }), { row });
  }

  /** The next human number of a type on this counter for today. */
  nextNumber(type: NumberedRecordType): Promise<string> {
    const { session } = this.ctx;
    const key = sequenceKey(type, this.now, session.timeZone);
    const next = (this.lastNumbers.get(key) ?? 0) + 1;
    this.lastNumbers.set(key, next);
    this.handedOut.add(key);
    this.place(this.db.meta.put({ key, value: next }));
    return Promise.resolve(formatRecordNumber(type, session.store, session.counter, this.now, next, session.timeZone));
  }

  /** Keeps a daily number key as high as `value` (a restored or joined counter goes on after numbers it handed out before). */
  keepNumber(key: string, value: number): void {
    const kept = Math.max(this.lastNumbers.get(key) ?? 0, value);
    this.lastNumbers.set(key, kept);
    this.place(this.db.meta.put({ key, value: kept }));
  }

  /**
   * Appends one entry with its projection, facts, outbox and audit lines.
   * Entries started side by side are still appended one after another: the
   * day facts and running totals are read and written back per append.
   */
  async append<TType extends string, TData>(draft: EntryDraft<TType, TData>): Promise<Entry<TType, TData>> {
    const [entry] = await this.appendAll([draft]);
    return entry;
  }

  /**
   * Appends the entries of one step together, in order: numbered one after
   * another, projected record by record in one go (each record read and
   * written once), so a step of several entries waits on IndexedDB as long
   * as a step of one. A day's close is appended on its own: it locks its day
   * for the entries after it.
   */
  async appendAll<D extends readonly EntryDraft[]>(drafts: readonly [...D]): Promise<EntriesOf<D>> {
    if (drafts.length > 1 && drafts.some((d) => d.recordType === 'dayClose')) throw new DeskError('error.unexpected');
    const before = this.appending;
    let done = () => {};
    this.appending = new Promise<void>((resolve) => (done = resolve));
    try {
      await before;
      // Each entry is made from the draft at its place, so its type and data are the draft's.
      return (await this.appendNow(drafts)) as EntriesOf<D>;
    } finally {
      done();
    }
  }

  private async appendNow(drafts: readonly EntryDraft[]): Promise<Entry[]> {
    const { session } = this.ctx;
    const stamps = await Promise.all(
      drafts.map((draft) =>
        Promise.all([
          dayCloseStamp(this.db, draft, this.now, session.timeZone, this.todayClosed),
          draft.approvedBy ? this.actingForOfApprover(draft.approvedBy) : undefined,
        ]),
      ),
    );
    const entries = drafts.map((draft, i) => {
      const [correctionOf, approvedActingFor] = stamps[i]!;
      const previous = this.clock.hlc ? hlcParse(this.clock.hlc) : undefined;
      const hlc = hlcToString(hlcNext(previous, this.now, session.counter));
      const seq = this.clock.seq + 1;
      this.clock = { seq, hlc };
      const entry: Entry = {
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
        approvedActingFor,
        actingFor: this.actingFor,
        data: draft.data,
        summary: draft.summary,
        number: draft.number,
        correctionOf,
      };
      return entry;
    });
    if (entries.length === 0) return entries;
    this.clockMoved = true;
    this.sequenceMoved = true;
    // Side by side: they touch different tables, and the entries are placed first, so any read after sees them.
    // The clock and the audit head are kept with them (not in a round trip of their own at the end).
    await Promise.all([
      this.db.entries.bulkAdd(entries),
      countEntries(this.db, entries, session.timeZone),
      this.db.outbox.bulkAdd(entries.map((e) => ({ seq: e.seq, entryId: e.id }))),
      projectEntries(this.db, entries, this.knownRows),
      ...entries.map((entry, i) =>
        this.audit({
          action: `${entry.recordType}.${entry.type}`,
          recordType: entry.recordType,
          recordId: entry.recordId,
          number: entry.number,
          approvedBy: entry.approvedBy,
          approvedActingFor: entry.approvedActingFor,
          actingFor: this.actingFor,
          summary: drafts[i]!.summary,
        }),
      ),
      this.keepMoved(),
    ]);
    // A close written in this write locks its day for the entries after it.
    if (drafts[0]?.recordType === 'dayClose') this.todayClosed = await isDayClosed(this.db, this.now, session.timeZone);
    return entries;
  }

  /**
   * The supervisor an approver stood in for, when they approved in an open
   * acting window (an approval is checked just before its write; the window
   * is read again here, inside the write, and kept on the entry).
   */
  private async actingForOfApprover(staffNo: string): Promise<string | undefined> {
    if (this.approverActingFor.has(staffNo)) return this.approverActingFor.get(staffNo);
    const windows = await actingWindowsOf(this.db, staffNo, this.now);
    const actingFor = openWindowOf(windows, staffNo, this.now)?.actingFor;
    this.approverActingFor.set(staffNo, actingFor);
    return actingFor;
  }

  /** Moves this counter's clock past entries received from other counters. */
  observe(entries: readonly Entry[]): void {
    const clock = this.clock;
    let hlc = clock.hlc ? hlcParse(clock.hlc) : undefined;
    for (const e of entries) hlc = hlcReceive(hlc, hlcParse(e.hlc), this.now, this.ctx.session.counter);
    this.clock = { ...clock, hlc: hlc ? hlcToString(hlc) : clock.hlc };
    this.clockMoved = true;
  }

  /** A counter set up again (a replaced PC) goes on after its own entries the server kept: no sequence number is used twice. */
  continueSequenceAfter(seq: number): void {
    if (seq > this.clock.seq) this.clock = { ...this.clock, seq };
    this.clockMoved = true;
    this.sequenceMoved = true;
  }

  /** The sequence and daily numbers this write moved (for this PC's marker), or undefined when it moved none. */
  marks(): MarkerUpdate | undefined {
    if (!this.sequenceMoved && this.handedOut.size === 0) return undefined;
    const { store, counter } = this.ctx.session;
    return { store, counter, seq: this.clock.seq, numbers: Object.fromEntries([...this.handedOut].map((key) => [key, this.lastNumbers.get(key) ?? 0])) };
  }

  /** An audit line with no entry: a refusal, a sign-in, a failed approval. */
  async audit(line: Omit<AuditEntry, 'id' | 'at' | 'staffNo' | 'counter' | keyof AuditChainLink>): Promise<void> {
    const { session } = this.ctx;
    const head = this.auditHead;
    // The id sorts after the last line's, so the trail reads back in chain order.
    const chained = chainAuditLine(head, { id: newIdAfter(head.lastId, this.now), at: this.now, staffNo: session.staffNo, counter: session.counter, ...line });
    this.auditHead = chained.head;
    this.auditMoved = true;
    await this.db.audit.add(chained.line);
  }

  private place(write: Promise<unknown>): void {
    // Waited for at `finish`; marked handled now, for when another step fails first and the transaction is undone.
    write.catch(() => undefined);
    this.placed.push(write);
  }

  /** Writes the clock and the audit head where they moved since last written (a later write of a row replaces the earlier). */
  private keepMoved(): Promise<unknown> {
    const rows: MetaRow[] = [];
    if (this.clockMoved) rows.push({ key: CLOCK_KEY, value: this.clock });
    if (this.auditMoved) rows.push(auditHeadRow(this.auditHead));
    this.clockMoved = false;
    this.auditMoved = false;
    return rows.length > 0 ? this.db.meta.bulkPut(rows) : Promise.resolve();
  }

  /** Keeps what moved since the last append and waits for every write placed. */
  async finish(): Promise<void> {
    this.place(this.keepMoved());
    await Promise.all(this.placed);
  }
}

/** The counter's last sequence number and clock (for status and sync). */
export async function readCounterClock(db: DeskDatabase): Promise<CounterClock> {
  return counterClockOf(await db.meta.get(CLOCK_KEY));
}

/** Writes one audit line on its own (sign-in, sign-out, a refused action). */
export async function writeAudit(ctx: DeskContext, line: Omit<AuditEntry, 'id' | 'at' | 'staffNo' | 'counter'>): Promise<void> {
  await writeEntries(ctx, 'audit.line', (tx) => tx.audit(line));
}
