import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { checkAuditChain, type AuditChainHead, type AuditChainResult } from '../../../shared/domain/auditChain';
import { BackupBody, tableOfLine } from '../../../shared/domain/backup/body';
import { AUDIT_CHAIN_HEAD_KEY, auditChainHead, readAuditLines } from '../../../shared/schema/audit';
import { BACKUP_FILE_PATTERN, type BackupManifest } from '../../../shared/schema/backup';
import { backupBlocks, splitManifest } from '../backup/lines';

export type AuditFileCheck =
  | {
      readonly ok: true;
      readonly result: AuditChainResult;
      /** The file held the chain's head: lines missing from the end show. */
      readonly headKnown: boolean;
      /** A backup: whether its rows still match its manifest (undefined for an export). */
      readonly manifestMatches?: boolean | undefined;
    }
  | { readonly ok: false; readonly problem: string };

interface TrailRows {
  readonly rows: unknown[];
  readonly head?: unknown;
  readonly manifestMatches?: boolean | undefined;
}

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** An export: a JSON array of audit lines, gzipped or not. */
async function exportRows(file: string): Promise<TrailRows> {
  const bytes = await readFile(file);
  const value: unknown = JSON.parse((isGzip(bytes) ? gunzipSync(bytes) : bytes).toString('utf8'));
  if (!Array.isArray(value)) throw new Error('not a JSON array of audit lines');
  return { rows: value };
}

/** A backup (servicedesk-….jsonl.gz): its audit rows and the chain head from its meta rows, read as a stream. */
async function backupRows(file: string): Promise<TrailRows> {
  const rows: unknown[] = [];
  let head: unknown;
  let manifest: BackupManifest | undefined;
  const body = new BackupBody();
  for await (const block of backupBlocks(file)) {
    let lines = block;
    if (!manifest) {
      ({ manifest, rest: lines } = splitManifest(block));
    }
    body.add(lines);
    for (const line of lines.split('\n')) {
      const table = tableOfLine(line);
      if (table !== 'audit' && table !== 'meta') continue;
      const [, row] = JSON.parse(line) as [string, unknown];
      if (table === 'audit') rows.push(row);
      else if ((row as { key?: unknown }).key === AUDIT_CHAIN_HEAD_KEY) head = (row as { value?: unknown }).value;
    }
  }
  if (!manifest) throw new Error('an empty file');
  return { rows, head, manifestMatches: body.matches(manifest) };
}

/** Checks the audit trail in an export (a JSON array, .json or .json.gz) or a backup (servicedesk-….jsonl.gz). */
export async function checkAuditFile(file: string): Promise<AuditFileCheck> {
  let trail: TrailRows;
  try {
    trail = BACKUP_FILE_PATTERN.test(file.split(/[\\/]/).at(-1) ?? '') ? await backupRows(file) : await exportRows(file);
  } catch (error) {
    return { ok: false, problem: `cannot read ${file}: ${message(error)}` };
  }
  const lines = readAuditLines(trail.rows);
  if (!lines.ok) return { ok: false, problem: `${file}: ${lines.problem}` };
  let head: AuditChainHead | undefined;
  if (trail.head !== undefined) {
    const parsed = auditChainHead.safeParse(trail.head);
    if (!parsed.success) return { ok: false, problem: `${file}: the ${AUDIT_CHAIN_HEAD_KEY} row is not a chain head` };
    head = parsed.data;
  }
  return { ok: true, result: checkAuditChain(lines.lines, head), headKnown: head !== undefined, manifestMatches: trail.manifestMatches };
}
