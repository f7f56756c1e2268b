import path from 'node:path';
import { auditFilePasses, formatAuditCheck } from './report';
import { checkAuditFile } from './trailFile';

/**
 * Checks the audit trail in an export (a JSON array of audit lines, .json or
 * .json.gz) or a backup (servicedesk-….jsonl.gz):
 *
 *   npm run audit:check -- <file>
 *
 * Exits 0 when the chain is whole, 1 at the first break (printed) or a
 * backup that no longer matches its manifest, 2 when the file cannot be read.
 */
const file = process.argv[2];
if (!file) {
  console.error('Give the file to check: npm run audit:check -- <audit export (.json, .json.gz) or backup (.jsonl.gz)>');
  process.exit(2);
}
const checked = await checkAuditFile(path.resolve(file));
if (!checked.ok) {
  console.error(checked.problem);
  process.exit(2);
}
console.log(formatAuditCheck(checked));
process.exit(auditFilePasses(checked) ? 0 : 1);
