import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { AUDIT_CHAIN_HEAD_KEY } from '../../shared/schema/audit';
import { checkAuditFile } from '../../electron/main/audit/trailFile';
import { checkAuditTrail, readKeptAuditHead, type AuditCheckProgress } from '../../renderer/db/auditTrail';
import { readBackup } from '../../renderer/db/backup/export';
import { signIn } from '../../renderer/db/staff';
import { depositItem, releaseItem } from '../../renderer/db/storage/bulky';
import { writeAudit, writeEntries } from '../../renderer/db/writePath';
import { makeDesk, SUPERVISOR } from './deskFixture';

const MINUTE = 60_000;
const suitcase = { description: '黑色行李箱', count: '1', slot: 'A-03' };

/** A counter's day: set-up, a deposit and its release, sign-ins, and a refusal. */
async function deskWithTrail() {
  const desk = await makeDesk();
  const item = await depositItem(desk.asClerk, newId(), suitcase);
  desk.clock.advance(5 * MINUTE);
  await releaseItem(desk.asClerk, item.id);
  desk.clock.advance(5 * MINUTE);
  await signIn(desk.db, desk.clock, SUPERVISOR.staffNo, SUPERVISOR.pin);
  await writeAudit(desk.asClerk, { action: 'approval.refused', summary: 'lostFound.dispose 9001' });
  return desk;
}

const inWriteOrder = (db: Awaited<ReturnType<typeof makeDesk>>['db']) => db.audit.orderBy(':id').toArray();

describe('the audit trail as a hash chain', () => {
  it('chains every line the write path writes, keeps the head, and checks out', async () => {
    const { db } = await deskWithTrail();
    const lines = await inWriteOrder(db);
    expect(lines.length).toBeGreaterThan(4);
    expect(lines.map((l) => l.chainSeq)).toEqual(lines.map((_l, i) => i + 1));
    for (const [i, l] of lines.entries()) if (i > 0) expect(l.prevHash).toBe(lines[i - 1]?.hash);
    const last = lines.at(-1)!;
    expect(await readKeptAuditHead(db)).toEqual({ seq: last.chainSeq, hash: last.hash, lastId: last.id });
    expect(await checkAuditTrail(db)).toEqual({ checked: lines.length, beforeChain: 0, break: undefined });
  });

  it('finds a line changed in IndexedDB, with its time, staff and action', async () => {
    const { db } = await deskWithTrail();
    const deposited = (await db.audit.where('action').equals('storage.deposited').first())!;
    await db.audit.update(deposited.id, { summary: '空' });
    const result = await checkAuditTrail(db);
    expect(result.break).toMatchObject({ kind: 'changed', line: { id: deposited.id, at: deposited.at, staffNo: '1001', action: 'storage.deposited', summary: '空' } });
    expect(result.checked).toBe((deposited.chainSeq ?? 0) - 1);
  });

  it('finds a line taken out, and lines taken from the end', async () => {
    const { db } = await deskWithTrail();
    const released = (await db.audit.where('action').equals('storage.released').first())!;
    await db.audit.delete(released.id);
    expect((await checkAuditTrail(db)).break).toMatchObject({ kind: 'missing', expectedSeq: released.chainSeq, foundSeq: (released.chainSeq ?? 0) + 1, missingCount: 1 });

    const other = await deskWithTrail();
    const last = (await inWriteOrder(other.db)).at(-1)!;
    await other.db.audit.delete(last.id);
    const atEnd = (await checkAuditTrail(other.db)).break;
    expect(atEnd).toMatchObject({ kind: 'missing', expectedSeq: last.chainSeq, missingCount: 1 });
    expect(atEnd?.line).toBeUndefined();
  });

  it('starts the chain after the lines written before it, and reports them as before the chain', async () => {
    const desk = await makeDesk();
    // As a database from before the chain: lines without hashes, no head.
    await desk.db.audit.toCollection().modify((l: { chainSeq?: number; prevHash?: string; hash?: string }) => {
      delete l.chainSeq;
      delete l.prevHash;
      delete l.hash;
    });
    await desk.db.meta.delete(AUDIT_CHAIN_HEAD_KEY);
    const legacy = await desk.db.audit.count();

    await depositItem(desk.asClerk, newId(), suitcase);
    const lines = await inWriteOrder(desk.db);
    expect(lines.slice(0, legacy).every((l) => l.hash === undefined)).toBe(true);
    expect(lines[legacy]).toMatchObject({ action: 'storage.deposited', chainSeq: 1 });
    expect(await checkAuditTrail(desk.db)).toEqual({ checked: lines.length - legacy, beforeChain: legacy, break: undefined });
  });

  it('keeps write order when the PC clock goes back, and when many lines share a transaction', async () => {
    const desk = await makeDesk();
    desk.clock.advance(-3 * 24 * 60 * MINUTE);
    await depositItem(desk.asClerk, newId(), suitcase);
    await writeEntries(desk.asClerk, 'audit.line', async (tx) => {
      for (const summary of ['a', 'b', 'c']) await tx.audit({ action: 'approval.refused', summary });
    });
    const lines = await inWriteOrder(desk.db);
    expect(lines.at(-4)?.action).toBe('storage.deposited');
    expect(lines.slice(-3).map((l) => l.summary)).toEqual(['a', 'b', 'c']);
    expect((await checkAuditTrail(desk.db)).break).toBeUndefined();
  });

  it('reports progress as it reads, up to the whole trail', async () => {
    const { db } = await deskWithTrail();
    const seen: AuditCheckProgress[] = [];
    await checkAuditTrail(db, (p) => seen.push(p));
    const total = await db.audit.count();
    expect(seen.at(-1)).toEqual({ read: total, total });
  });

  it('a backup of the counter checks out with npm run audit:check, and shows a line changed before the backup', async () => {
    const desk = await deskWithTrail();
    const dir = await mkdtemp(path.join(tmpdir(), 'desk-audit-'));
    const checkBackup = async () => {
      const read = (await readBackup(desk.db, desk.clock))!;
      const file = path.join(dir, 'servicedesk-S01-C1-20261125-101000.jsonl.gz');
      await writeFile(file, gzipSync(`${JSON.stringify(read.manifest)}\n${read.parts.join('')}`));
      return checkAuditFile(file);
    };
    try {
      const lines = await desk.db.audit.count();
      expect(await checkBackup()).toEqual({ ok: true, headKnown: true, manifestMatches: true, result: { checked: lines, beforeChain: 0, break: undefined } });

      const released = (await desk.db.audit.where('action').equals('storage.released').first())!;
      await desk.db.audit.update(released.id, { staffNo: SUPERVISOR.staffNo });
      expect(await checkBackup()).toMatchObject({ ok: true, manifestMatches: true, result: { break: { kind: 'changed', line: { id: released.id, staffNo: SUPERVISOR.staffNo } } } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
