import { AuditChainCheck, chainStart, type AuditChainHead, type AuditChainResult } from '../../shared/domain/auditChain';
import { AUDIT_CHAIN_HEAD_KEY, auditChainHead } from '../../shared/schema/audit';
import type { DeskDatabase } from './database';

/** The chain's head as kept in the meta table; undefined before the first hashed line (or when the row is gone). */
export async function readKeptAuditHead(db: DeskDatabase): Promise<AuditChainHead | undefined> {
  const row = await db.meta.get(AUDIT_CHAIN_HEAD_KEY);
  const head = auditChainHead.safeParse(row?.value);
  return head.success ? head.data : undefined;
}

/**
 * Where the next audit line goes: after the kept head, or, with no head
 * (lines written before the chain, or a head row lost), after the trail's
 * last line, hashed or not.
 */
export async function readAuditHead(db: DeskDatabase): Promise<AuditChainHead> {
  const kept = await readKeptAuditHead(db);
  if (kept) return kept;
  const last = await db.audit.toCollection().last();
  if (last?.hash !== undefined && last.chainSeq !== undefined) return { seq: last.chainSeq, hash: last.hash, lastId: last.id };
  return chainStart(last?.id);
}

export function keepAuditHead(db: DeskDatabase, head: AuditChainHead): Promise<string> {
  return db.meta.put({ key: AUDIT_CHAIN_HEAD_KEY, value: head });
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
