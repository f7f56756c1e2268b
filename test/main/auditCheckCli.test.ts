import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chainAuditLine, chainStart, type AuditChainHead, type AuditChainLine } from '../../shared/domain/auditChain';
import { BackupBody, backupLineOf } from '../../shared/domain/backup/body';
import { AUDIT_CHAIN_HEAD_KEY } from '../../shared/schema/audit';
import { BACKUP_FORMAT } from '../../shared/schema/backup';
import { formatAuditCheck } from '../../electron/main/audit/report';
import { checkAuditFile } from '../../electron/main/audit/trailFile';
import { makeTempDir } from './support/tempDir';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const AT = Date.UTC(2026, 10, 25, 2, 0);

/** A counter's trail: two lines from before the chain, then `count` chained ones, and its head. */
function trail(count: number): { lines: AuditChainLine[]; head: AuditChainHead } {
  const lines: AuditChainLine[] = [1, 2].map((n) => ({ id: `0190f3a4-0000-7000-8000-00000000000${n}`, at: AT + n, staffNo: '9001', counter: 'C1', action: 'session.signedIn', summary: '9001' }));
  let head = chainStart(lines[1]?.id);
  for (let n = 1; n <= count; n += 1) {
    const chained = chainAuditLine(head, { id: `0190f3a5-0000-7000-8000-${String(n).padStart(12, '0')}`, at: AT + n * 60_000, staffNo: '1001', counter: 'C1', action: 'storage.deposited', recordType: 'storage', recordId: `r${n}`, summary: `JC-S01-C1-261125-000${n} 行李箱` });
    lines.push(chained.line);
    head = chained.head;
  }
  return { lines, head };
}

const BACKUP_NAME = 'servicedesk-S01-C1-20261125-180000.jsonl.gz';

/** A backup as the backup writes it: a manifest line, then one line per row, gzipped. `tamper` changes the rows after the manifest was made. */
function backupOf(lines: readonly AuditChainLine[], head: AuditChainHead, tamper: (rows: AuditChainLine[]) => AuditChainLine[] = (rows) => rows): Buffer {
  const body = (audit: readonly AuditChainLine[]) =>
    [...audit.map((row) => backupLineOf('audit', row)), backupLineOf('meta', { key: 'counterClock', value: { seq: 3 } }), backupLineOf('meta', { key: AUDIT_CHAIN_HEAD_KEY, value: head })].join('');
  const made = new BackupBody();
  made.add(body(lines));
  const manifest = { format: BACKUP_FORMAT, schemaVersion: 14, store: 'S01', counter: 'C1', timeZone: 'Asia/Shanghai', madeAt: AT, counts: made.counts, sha256: made.digest() };
  return gzipSync(`${JSON.stringify(manifest)}\n${body(tamper([...lines]))}`);
}

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('desk-audit-'));
});
afterEach(() => cleanup());

describe('checking an audit trail file', () => {
  it('passes an untouched export in any row order, and counts the lines from before the chain', async () => {
    const { lines } = trail(4);
    const file = path.join(dir, 'audit.json');
    await writeFile(file, JSON.stringify([...lines].reverse()));
    const checked = await checkAuditFile(file);
    expect(checked).toEqual({ ok: true, headKnown: false, result: { checked: 4, beforeChain: 2, break: undefined } });
    if (checked.ok) expect(formatAuditCheck(checked)).toContain('Audit trail intact (4 lines).');
  });

  it('passes a backup whose chain is whole, with its head', async () => {
    const { lines, head } = trail(4);
    const file = path.join(dir, BACKUP_NAME);
    await writeFile(file, backupOf(lines, head));
    expect(await checkAuditFile(file)).toEqual({ ok: true, headKnown: true, manifestMatches: true, result: { checked: 4, beforeChain: 2, break: undefined } });
  });

  it('finds a changed line in a backup and names it, and says the backup no longer matches its manifest', async () => {
    const { lines, head } = trail(4);
    const file = path.join(dir, BACKUP_NAME);
    await writeFile(file, backupOf(lines, head, (rows) => rows.map((l) => (l.chainSeq === 2 ? { ...l, summary: '空' } : l))));
    const checked = await checkAuditFile(file);
    expect(checked).toMatchObject({ ok: true, headKnown: true, manifestMatches: false, result: { checked: 1, break: { kind: 'changed', line: { chainSeq: 2, summary: '空' } } } });
    if (!checked.ok) return;
    const text = formatAuditCheck(checked);
    expect(text).toContain('The backup does not match its manifest');
    expect(text).toContain('Audit trail BROKEN after 1 good line(s).');
    expect(text).toContain(`#2 ${lines[3]?.id} at 2026-11-25T02:02:00.000Z by 1001 (storage.deposited): 空`);
  });

  it('finds lines taken from the end of a backup against its head', async () => {
    const { lines, head } = trail(4);
    const file = path.join(dir, BACKUP_NAME);
    await writeFile(file, backupOf(lines, head, (rows) => rows.slice(0, -2)));
    expect(await checkAuditFile(file)).toMatchObject({ ok: true, result: { checked: 2, break: { kind: 'missing', expectedSeq: 3, missingCount: 2 } } });
  });

  it('names a row that is not an audit line, and a file that is not a trail', async () => {
    const { lines } = trail(2);
    const file = path.join(dir, 'audit.json.gz');
    await writeFile(file, gzipSync(JSON.stringify([...lines, { id: 'x', at: 'yesterday' }])));
    expect(await checkAuditFile(file)).toMatchObject({ ok: false, problem: expect.stringContaining('row 5 is not an audit line') as unknown });
    await writeFile(file, '{"rows": []}');
    expect(await checkAuditFile(file)).toMatchObject({ ok: false, problem: expect.stringContaining('not a JSON array of audit lines') as unknown });
  });

  it('npm run audit:check exits 0 on a whole chain and 1 with the first break', async () => {
    const { lines, head } = trail(3);
    const good = path.join(dir, BACKUP_NAME);
    const bad = path.join(dir, 'bad.json');
    await writeFile(good, backupOf(lines, head));
    await writeFile(bad, JSON.stringify(lines.filter((l) => l.chainSeq !== 2)));
    const cli = ['--import', 'tsx', path.join(root, 'electron/main/audit/cli.ts')];

    const ok = await run(process.execPath, [...cli, good], { cwd: root });
    expect(ok.stdout).toContain('Audit trail intact (3 lines).');
    const failed = await run(process.execPath, [...cli, bad], { cwd: root }).catch((error: unknown) => error as { code: number; stdout: string });
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stdout: string }).stdout).toContain('missing: 1 line(s) before this one (expected line 2, found line 3)');
  });
});
