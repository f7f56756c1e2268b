import { formatInZone } from '../clock';
import type { BackupManifest } from '../../schema/backup';

/** servicedesk-<store>-<counter>-<yyyyMMdd-HHmmss>.jsonl.gz, in the store's time: sorts by time, never names two backups alike. */
export function backupFileName(manifest: Pick<BackupManifest, 'store' | 'counter' | 'madeAt' | 'timeZone'>): string {
  return `servicedesk-${manifest.store}-${manifest.counter}-${formatInZone(manifest.madeAt, 'yyyyMMdd-HHmmss', manifest.timeZone)}.jsonl.gz`;
}
