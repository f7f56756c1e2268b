import type { AuditChainBreak, AuditChainLine } from '../../../shared/domain/auditChain';
import type { AuditFileCheck } from './trailFile';

/** A line as a technician reads it: id, UTC time, staff, action, summary. */
function describeLine(line: AuditChainLine): string {
  const at = Number.isFinite(line.at) ? new Date(line.at).toISOString() : String(line.at);
  return `#${line.chainSeq ?? '-'} ${line.id} at ${at} by ${line.staffNo} (${line.action}): ${line.summary}`;
}

function describeBreak(found: AuditChainBreak): string[] {
  const where = found.line ? [`  line:  ${describeLine(found.line)}`] : [];
  const after = found.after ? [`  after: ${describeLine(found.after)}`] : [];
  switch (found.kind) {
    case 'changed':
      return ['changed: this line is not as written, or does not follow the line before it', ...where, `  expected hash ${found.expectedHash}`, `  found hash    ${found.foundHash || '(none)'}`, ...after];
    case 'missing':
      return [
        found.foundSeq === undefined
          ? `missing: the last ${found.missingCount} line(s), from line ${found.expectedSeq} on`
          : `missing: ${found.missingCount} line(s) before this one (expected line ${found.expectedSeq}, found line ${found.foundSeq})`,
        ...where,
        ...after,
      ];
    case 'outOfOrder':
      return [`out of order: line ${found.foundSeq} stands where line ${found.expectedSeq} should be`, ...where, ...after];
  }
}

/** What `npm run audit:check` prints for a file it could read. */
export function formatAuditCheck({ result, headKnown, manifestMatches }: Extract<AuditFileCheck, { ok: true }>): string {
  const before = result.beforeChain > 0 ? [`${result.beforeChain} line(s) written before the chain began: not checked.`] : [];
  const head = headKnown ? [] : ['No chain head in the file: lines missing from the end cannot be seen.'];
  const manifest = manifestMatches === false ? ['The backup does not match its manifest: it was changed or cut short after it was written.'] : [];
  const verdict = result.break ? [`Audit trail BROKEN after ${result.checked} good line(s).`, ...describeBreak(result.break)] : [`Audit trail intact (${result.checked} lines).`];
  return [...verdict, ...before, ...head, ...manifest].join('\n');
}

/** Whether the file passes: the chain whole and, for a backup, its manifest matching. */
export function auditFilePasses({ result, manifestMatches }: Extract<AuditFileCheck, { ok: true }>): boolean {
  return !result.break && manifestMatches !== false;
}
