import type { Entry } from '../entry';
import type { Fen } from '../money';

/** Money that went over the desk on one counter's day, per method (DOMAIN §6: the close's money lines). */
export interface DayMoney {
  /** Refunds by the way they were paid back (original payment, cash, store card). */
  readonly refundsFen: Readonly<Record<string, Fen>>;
  /** Refunds given as store credit (no money left the till). */
  readonly storeCreditFen: Fen;
  /** Fees the technicians took (visits and repairs collected). */
  readonly serviceFeesFen: Fen;
  /** Value of the gifts handed out (reversed ones taken off). */
  readonly giftValueFen: Fen;
}

/** One counter's day as the supervisor signed it: its counts, its money and its place in the counter's hash chain. */
export interface CounterDay {
  readonly counter: string;
  /** Entries this counter made on the day (by wall time in the store's zone). */
  readonly entries: number;
  /** Lowest and highest sequence number among them (0 when none). */
  readonly firstSeq: number;
  readonly lastSeq: number;
  /** Sequence numbers between the first and last this copy did not hold at the close (entries not yet synced). */
  readonly missingSeqs: readonly number[];
  /** Entries per area (record type). */
  readonly areas: Readonly<Record<string, number>>;
  readonly money: DayMoney;
  /** Corrections of earlier closed days made on this day. */
  readonly corrections: number;
  /** SHA-256 (hex) of the previous close's hash and the day's entries in sequence order. */
  readonly hash: string;
  /** This counter's hash at its last close before this day ('' at its first close). */
  readonly previousHash: string;
}

/** What is still open at the close and carried to tomorrow. */
export interface CarriedItems {
  readonly storageHeld: number;
  readonly lostItemsKept: number;
  readonly complaintsOpen: number;
  readonly serviceCallsOpen: number;
}

export interface DayClosedData {
  /** The business day signed, yyyy-MM-dd store-local. */
  readonly day: string;
  readonly counters: readonly CounterDay[];
  readonly carried: CarriedItems;
  /** What does not add up, in the supervisor's words ('' when all is well). */
  readonly notes: string;
}

export type DayCloseEntry = Entry<'closed', DayClosedData>;

/** A second close of a day already closed (two supervisors at two counters): kept, shown, never merged. */
export interface DayCloseConflict {
  readonly entryId: string;
  readonly by: string;
  readonly at: number;
  readonly counter: string;
}

/** A signed business day (record id = the day). */
export interface DayClose extends DayClosedData {
  readonly id: string;
  readonly closedAt: number;
  readonly closedBy: string;
  /** The counter the supervisor signed at. */
  readonly closedAtCounter: string;
  readonly entryId: string;
  readonly conflicts: readonly DayCloseConflict[];
}

/** An entry of a closed day that reached this copy after the close (a late sync): kept and flagged, never dropped. */
export interface LateEntry {
  /** The entry's id. */
  readonly id: string;
  readonly day: string;
  readonly counter: string;
  readonly seq: number;
  readonly action: string;
  readonly at: number;
  readonly arrivedAt: number;
}
