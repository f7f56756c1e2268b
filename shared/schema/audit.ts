import { z } from 'zod';

/**
 * The audit trail as it comes from outside the running app (an export or a
 * backup checked by `npm run audit:check`) and the chain head kept in the
 * meta table. Lines keep every field they have, unknown ones included:
 * the check hashes the line as stored, so a field added later must show.
 */

/** The meta row holding the chain's head (AuditChainHead). */
export const AUDIT_CHAIN_HEAD_KEY = 'auditChainHead';

export const auditChainHead = z.object({
  seq: z.number().int().min(0),
  hash: z.string(),
  lastId: z.string(),
});

export const auditLineRecord = z.looseObject({
  id: z.string(),
  at: z.number(),
  staffNo: z.string(),
  counter: z.string(),
  action: z.string(),
  summary: z.string(),
  approvedBy: z.string().optional(),
  approvedActingFor: z.string().optional(),
  actingFor: z.string().optional(),
  recordType: z.string().optional(),
  recordId: z.string().optional(),
  number: z.string().optional(),
  chainSeq: z.number().optional(),
  prevHash: z.string().optional(),
  hash: z.string().optional(),
});

export type AuditLineRecord = z.infer<typeof auditLineRecord>;

export type AuditLinesRead = { readonly ok: true; readonly lines: AuditLineRecord[] } | { readonly ok: false; readonly problem: string };

/**
 * Audit rows from a file in write order (by id, as the app reads its table:
 * ids are handed out in chain order). A row that is not an audit line is
 * named, never skipped.
 */
export function readAuditLines(rows: readonly unknown[]): AuditLinesRead {
  const lines: AuditLineRecord[] = [];
  for (const [index, row] of rows.entries()) {
    const line = auditLineRecord.safeParse(row);
    if (!line.success) return { ok: false, problem: `row ${index + 1} is not an audit line: ${z.prettifyError(line.error)}` };
    lines.push(line.data);
  }
  lines.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ok: true, lines };
}
