import { AuditChainCheck, chainStart, type AuditChainHead, type AuditChainResult } from '../../shared/domain/auditChain';
import { AUDIT_CHAIN_HEAD_KEY, auditChainHead } from '../../shared/schema/audit';
import type { DeskDatabase, MetaRow } from './database';

/** The chain's head from its meta row's value; undefined before the first hashed line (or when the row is gone). */
export function keptAuditHeadOf(value: unknown): AuditChainHead | undefined {
  const head = auditChainHead.safeParse(value);
  return head.success ? head.data : undefined;
}

/** The chain's head as kept in the meta table. */
export async function readKeptAuditHead(db: DeskDatabase): Promise<AuditChainHead | undefined> {
  return keptAuditHeadOf((await db.meta.get(AUDIT_CHAIN_HEAD_KEY))?.value);
}

/**
 * Where the next audit line goes: after the kept head (the write path reads
 * its row with the others it needs), or, with no head (lines written before
 * the chain, or a head row lost), after the trail's last line, hashed or not.
 */
export async function readAuditHead(db: DeskDatabase, kept: AuditChainHead | undefined): Promise<AuditChainHead> {
  if (kept) return kept;
  const last = await db.audit.toCollection().last();
  if (last?.hash !== undefined && last.chainSeq !== undefined) return { seq: last.chainSeq, hash: last.hash, lastId: last.id };
  return chainStart(last?.id);
}

/** The meta row that keeps the chain's head (written with the write's other meta rows). */
export function auditHeadRow(head: AuditChainHead): MetaRow {
  return { key: AUDIT_CHAIN_HEAD_KEY, value: head };
}

export interface AuditCheckProgress {
  readonly read: number;
  readonly total: number;
}

const PAGE = 2_000;

/**
 * Checks this counter's audit trail in write order (by id), a page at a time
 * so a large trail shows progress; stops at the first break. Lines written
 * while it runs are checked too: they come after the head read first.
 */
export async function checkAuditTrail(db: DeskDatabase, onProgress: (progress: AuditCheckProgress) => void = () => undefined): Promise<AuditChainResult> {
  const [head, total] = await Promise.all([readKeptAuditHead(db), db.audit.count()]);
  const check = new AuditChainCheck(head);
  let after: string | undefined;
  for (;;) {
    const page = await (after === undefined ? db.audit.orderBy(':id') : db.audit.where(':id').above(after)).limit(PAGE).toArray();
    const last = page.at(-1);
    if (!last) break;
    const intact = check.add(page);
    onProgress({ read: check.read, total: Math.max(total, check.read) });
    if (!intact) break;
    after = last.id;
  }
  return check.finish();
}
