import { describe, expect, it } from 'vitest';
import {
  AUDIT_CHAIN_GENESIS,
  AuditChainCheck,
  auditLineHash,
  chainAuditLine,
  chainStart,
  checkAuditChain,
  type AuditChainHead,
  type AuditChainLine,
} from '../../shared/domain/auditChain';
import type { AuditLine } from '../../shared/domain/dayLog/lines';
import { newIdAfter } from '../../shared/domain/ids';
import { sha256Hex } from '../../shared/domain/sha256';

const AT = Date.UTC(2026, 10, 25, 2, 0);

function line(n: number, extra: Partial<AuditLine> = {}): AuditLine {
  return { id: `id-${String(n).padStart(4, '0')}`, at: AT + n * 1000, staffNo: '1001', counter: 'C1', action: 'storage.deposited', recordId: `r${n}`, number: `SW-S01-C1-261125-${n}`, summary: `行李箱 ${n}`, ...extra };
}

/** `count` lines chained after `legacy` lines written before the chain; the head as the write path keeps it. */
function trail(count: number, legacy: readonly AuditLine[] = []) {
  let head: AuditChainHead = chainStart(legacy.at(-1)?.id);
  const lines: AuditChainLine[] = [...legacy];
  for (let n = 1; n <= count; n += 1) {
    const chained = chainAuditLine(head, line(100 + n));
    lines.push(chained.line);
    head = chained.head;
  }
  return { lines, head };
}

describe('chaining a line', () => {
  it('hashes the previous hash and the line fields in a fixed order, its own hashes left out', () => {
    const first = chainAuditLine(chainStart(), line(1)).line;
    expect(first).toMatchObject({ chainSeq: 1, prevHash: AUDIT_CHAIN_GENESIS });
    const fields = `{"action":"storage.deposited","at":${AT + 1000},"chainSeq":1,"counter":"C1","id":"id-0001","number":"SW-S01-C1-261125-1","recordId":"r1","staffNo":"1001","summary":"行李箱 1"}`;
    expect(first.hash).toBe(sha256Hex([AUDIT_CHAIN_GENESIS, fields]));
    // The same line with its keys in another order, an undefined field, or a stale hash of its own hashes the same.
    const reordered = { ...(Object.fromEntries(Object.entries(first).reverse()) as AuditChainLine), approvedBy: undefined, hash: 'x', prevHash: 'y' };
    expect(auditLineHash(AUDIT_CHAIN_GENESIS, reordered)).toBe(first.hash);
  });

  it('links each line to the one before it', () => {
    const { lines, head } = trail(3);
    expect(lines.map((l) => l.chainSeq)).toEqual([1, 2, 3]);
    expect(lines[1]?.prevHash).toBe(lines[0]?.hash);
    expect(lines[2]?.prevHash).toBe(lines[1]?.hash);
    expect(head).toEqual({ seq: 3, hash: lines[2]?.hash, lastId: lines[2]?.id });
  });

  it('gives ids that sort after the last one even when the clock went back', () => {
    const last = '0193a1b2-c3d4-7e5f-8a6b-ffffffffffff';
    const earlier = newIdAfter(last, Date.UTC(2020, 0, 1));
    expect(earlier > last).toBe(true);
    expect(earlier).toBe('0193a1b2-c3d4-7e5f-8a6c-000000000000');
    expect(newIdAfter('', AT) > '').toBe(true);
  });
});

describe('checking the chain', () => {
  it('passes an untouched trail and counts the lines written before the chain', () => {
    const { lines, head } = trail(5, [line(1), line(2)]);
    expect(checkAuditChain(lines, head)).toEqual({ checked: 5, beforeChain: 2, break: undefined });
    expect(checkAuditChain([])).toEqual({ checked: 0, beforeChain: 0, break: undefined });
  });

  it('finds a changed line, and reports it rather than the lines after it', () => {
    const { lines, head } = trail(5);
    const tampered = lines.map((l) => (l.chainSeq === 3 ? { ...l, summary: '行李箱 已取走' } : l));
    const result = checkAuditChain(tampered, head);
    expect(result.checked).toBe(2);
    expect(result.break).toMatchObject({ kind: 'changed', line: { id: lines[2]?.id, summary: '行李箱 已取走' }, after: { id: lines[1]?.id }, foundHash: lines[2]?.hash });
    expect(result.break?.kind === 'changed' && result.break.expectedHash).not.toBe(lines[2]?.hash);
  });

  it('finds a line changed and hashed again: the next line no longer follows it', () => {
    const { lines, head } = trail(4);
    const second = lines[1] as AuditChainLine & { prevHash: string };
    const forged = { ...second, staffNo: '9001' };
    const rehashed = { ...forged, hash: auditLineHash(second.prevHash, forged) };
    const result = checkAuditChain([lines[0]!, rehashed, lines[2]!, lines[3]!], head);
    expect(result.break).toMatchObject({ kind: 'changed', line: { id: lines[2]?.id }, expectedHash: rehashed.hash, foundHash: lines[2]?.prevHash });
  });

  it('finds a whole tail hashed again against the kept head', () => {
    const { lines, head } = trail(3);
    let forgedHead: AuditChainHead = { seq: 1, hash: lines[0]!.hash!, lastId: lines[0]!.id };
    const forged: AuditChainLine[] = [lines[0]!];
    for (const l of lines.slice(1)) {
      const { chainSeq: _s, prevHash: _p, hash: _h, ...fields } = l;
      const chained = chainAuditLine(forgedHead, { ...fields, summary: `${fields.summary} (改)` });
      forged.push(chained.line);
      forgedHead = chained.head;
    }
    expect(checkAuditChain(forged).break).toBeUndefined();
    expect(checkAuditChain(forged, head).break).toMatchObject({ kind: 'changed', line: { chainSeq: 3 }, expectedHash: head.hash });
  });

  it('finds a removed line, and how many are gone', () => {
    const { lines, head } = trail(6);
    const result = checkAuditChain([...lines.slice(0, 2), ...lines.slice(4)], head);
    expect(result.checked).toBe(2);
    expect(result.break).toMatchObject({ kind: 'missing', line: { chainSeq: 5 }, after: { chainSeq: 2 }, expectedSeq: 3, foundSeq: 5, missingCount: 2 });
  });

  it('finds lines removed from the end against the head, and from the start', () => {
    const { lines, head } = trail(4);
    const atEnd = checkAuditChain(lines.slice(0, 3), head).break;
    expect(atEnd).toMatchObject({ kind: 'missing', after: { chainSeq: 3 }, expectedSeq: 4, missingCount: 1 });
    expect(atEnd?.line).toBeUndefined();
    const atStart = checkAuditChain(lines.slice(1), head).break;
    expect(atStart).toMatchObject({ kind: 'missing', line: { chainSeq: 2 }, expectedSeq: 1, foundSeq: 2 });
    expect(atStart?.after).toBeUndefined();
  });

  it('finds a reordered line at the first place the order is wrong', () => {
    const { lines, head } = trail(5);
    const [a, b, c, d, e] = lines as [AuditChainLine, AuditChainLine, AuditChainLine, AuditChainLine, AuditChainLine];
    expect(checkAuditChain([a, c, b, d, e], head).break).toMatchObject({ kind: 'missing', line: { chainSeq: 3 }, after: { chainSeq: 1 }, expectedSeq: 2 });
    expect(checkAuditChain([a, b, c, b, d, e], head).break).toMatchObject({ kind: 'outOfOrder', line: { chainSeq: 2 }, after: { chainSeq: 3 }, expectedSeq: 4, foundSeq: 2 });
  });

  it('finds a line without its hash inside the chain, or with its link numbers changed', () => {
    const { lines, head } = trail(3);
    const { chainSeq: _s, prevHash: _p, hash: _h, ...stripped } = lines[1]!;
    expect(checkAuditChain([lines[0]!, stripped, lines[2]!], head).break).toMatchObject({ kind: 'changed', line: { id: lines[1]?.id }, foundHash: '' });
    const renumbered = { ...lines[1]!, chainSeq: 2.5 };
    expect(checkAuditChain([lines[0]!, renumbered, lines[2]!], head).break).toMatchObject({ kind: 'changed', line: { id: lines[1]?.id } });
  });

  it('checks page by page as it does the whole trail, and stops reading at the break', () => {
    const { lines, head } = trail(10, [line(1)]);
    const check = new AuditChainCheck(head);
    expect(check.add(lines.slice(0, 4))).toBe(true);
    expect(check.read).toBe(4);
    expect(check.add(lines.slice(4))).toBe(true);
    expect(check.finish()).toEqual(checkAuditChain(lines, head));

    const broken = new AuditChainCheck(head);
    // One line before the chain, one that checks out, one changed: the fourth is not looked at.
    expect(broken.add([lines[0]!, lines[1]!, { ...lines[2]!, at: 0 }, lines[3]!])).toBe(false);
    expect(broken.read).toBe(2);
    expect(broken.finish()).toMatchObject({ checked: 1, beforeChain: 1, break: { kind: 'changed', line: { id: lines[2]?.id } } });
  });
});
