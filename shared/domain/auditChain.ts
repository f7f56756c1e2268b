import { canonicalJson } from './canonicalJson';
import type { AuditLine } from './dayLog/lines';
import { sha256Hex } from './sha256';

/**
 * The audit trail as a hash chain: each line carries the SHA-256 of the line
 * before it and of its own fields, so changing, removing or moving a line
 * written earlier shows at that line when the chain is checked.
 */

/** The previous hash of the chain's first line. */
export const AUDIT_CHAIN_GENESIS = 'ServiceDesk audit chain v1';

/** What a line carries to chain it to the one before it. */
export interface AuditChainLink {
  /** Place in the chain: 1 for the first hashed line. A gap means lines were removed. */
  readonly chainSeq: number;
  readonly prevHash: string;
  readonly hash: string;
}

/** An audit line as stored: lines written before the chain began have no link. */
export type AuditChainLine = AuditLine & Partial<AuditChainLink>;

/** The chain's end, kept beside the trail: removing the last lines, or hashing the tail again, shows against it. */
export interface AuditChainHead {
  /** chainSeq of the last hashed line (0 before the first). */
  readonly seq: number;
  readonly hash: string;
  /** Id of the last line written, hashed or not: the next line's id sorts after it. */
  readonly lastId: string;
}

/** The head of a trail with no hashed line yet, whose last line (if any) is `lastId`. */
export function chainStart(lastId = ''): AuditChainHead {
  return { seq: 0, hash: AUDIT_CHAIN_GENESIS, lastId };
}

/** A line's hash: the previous line's hash and every field of the line but its own link hashes (its chainSeq included). */
export function auditLineHash(previousHash: string, line: AuditChainLine): string {
  const { prevHash: _prevHash, hash: _hash, ...fields } = line;
  return sha256Hex([previousHash, canonicalJson(fields)]);
}

/** The line as written after `head`, and the head after it. */
export function chainAuditLine<L extends AuditLine>(head: AuditChainHead, line: L): { readonly line: L & AuditChainLink; readonly head: AuditChainHead } {
  const numbered = { ...line, chainSeq: head.seq + 1 };
  const hash = auditLineHash(head.hash, numbered);
  return { line: { ...numbered, prevHash: head.hash, hash }, head: { seq: numbered.chainSeq, hash, lastId: line.id } };
}

/** Where the chain first fails to check out, at `line` (none when lines at the end are missing), after the last line that did. */
export type AuditChainBreak =
  /** The line is not as written: its fields do not give its hash, it has no hash inside the chain, or it does not follow the line before it. */
  | { readonly kind: 'changed'; readonly line: AuditChainLine; readonly after?: AuditChainLine | undefined; readonly expectedHash: string; readonly foundHash: string }
  /** Lines expectedSeq .. foundSeq - 1 are gone (foundSeq undefined: gone from the end, up to the head's). */
  | { readonly kind: 'missing'; readonly line?: AuditChainLine | undefined; readonly after?: AuditChainLine | undefined; readonly expectedSeq: number; readonly foundSeq?: number | undefined; readonly missingCount: number }
  /** A line from earlier in the chain stands here: moved or copied. */
  | { readonly kind: 'outOfOrder'; readonly line: AuditChainLine; readonly after?: AuditChainLine | undefined; readonly expectedSeq: number; readonly foundSeq: number };

export interface AuditChainResult {
  /** Hashed lines that checked out (up to the break, if any). */
  readonly checked: number;
  /** Lines written before the chain began: not checked. */
  readonly beforeChain: number;
  readonly break?: AuditChainBreak | undefined;
}

/**
 * Checks a trail given in write order, a page at a time (a large trail is
 * read in pages with progress shown). `head`, when known, is the chain's end
 * as kept beside the trail.
 */
export class AuditChainCheck {
  private checked = 0;
  private beforeChain = 0;
  private expectedSeq = 1;
  private previousHash = AUDIT_CHAIN_GENESIS;
  private last: AuditChainLine | undefined;
  private found: AuditChainBreak | undefined;

  constructor(private readonly head?: AuditChainHead) {}

  /** Lines read so far, checked or not. */
  get read(): number {
    return this.checked + this.beforeChain;
  }

  /** Checks the next lines; false once the chain broke (no need to read on). */
  add(lines: readonly AuditChainLine[]): boolean {
    for (const line of lines) {
      if (this.found) return false;
      this.found = this.checkLine(line);
    }
    return !this.found;
  }

  finish(): AuditChainResult {
    const lastSeq = this.expectedSeq - 1;
    if (!this.found && this.head && this.head.seq > lastSeq) {
      this.found = { kind: 'missing', after: this.last, expectedSeq: lastSeq + 1, missingCount: this.head.seq - lastSeq };
    }
    return { checked: this.checked, beforeChain: this.beforeChain, break: this.found };
  }

  private checkLine(line: AuditChainLine): AuditChainBreak | undefined {
    const after = this.last;
    if (line.hash === undefined && line.prevHash === undefined && line.chainSeq === undefined) {
      if (this.expectedSeq === 1) {
        this.beforeChain += 1;
        return undefined;
      }
      return { kind: 'changed', line, after, expectedHash: auditLineHash(this.previousHash, { ...line, chainSeq: this.expectedSeq }), foundHash: '' };
    }
    const seq = line.chainSeq;
    if (typeof seq === 'number' && Number.isInteger(seq) && seq !== this.expectedSeq) {
      return seq > this.expectedSeq
        ? { kind: 'missing', line, after, expectedSeq: this.expectedSeq, foundSeq: seq, missingCount: seq - this.expectedSeq }
        : { kind: 'outOfOrder', line, after, expectedSeq: this.expectedSeq, foundSeq: seq };
    }
    const ownHash = auditLineHash(line.prevHash ?? '', line);
    if (ownHash !== line.hash) return { kind: 'changed', line, after, expectedHash: ownHash, foundHash: line.hash ?? '' };
    if (line.prevHash !== this.previousHash) return { kind: 'changed', line, after, expectedHash: this.previousHash, foundHash: line.prevHash ?? '' };
    if (this.head && seq === this.head.seq && line.hash !== this.head.hash) return { kind: 'changed', line, after, expectedHash: this.head.hash, foundHash: ownHash };
    this.checked += 1;
    this.expectedSeq += 1;
    this.previousHash = ownHash;
    this.last = line;
    return undefined;
  }
}

/** The whole trail at once (a file, a test). */
export function checkAuditChain(lines: readonly AuditChainLine[], head?: AuditChainHead): AuditChainResult {
  const check = new AuditChainCheck(head);
  check.add(lines);
  return check.finish();
}
