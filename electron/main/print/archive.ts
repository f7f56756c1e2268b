import path from 'node:path';
import { storeDay } from '../../../shared/domain/clock';
import { writeFileAtomic } from '../atomicFile';

/**
 * The PDF archive: a copy of every printout, in one folder per store day,
 * named by record number and job id (both restricted to [A-Za-z0-9-] by
 * their schemas, so they are safe file names on every OS).
 */
export function archivePdfPath(archiveDir: string, printedAt: number, recordNumber: string, jobId: string, timeZone?: string): string {
  return path.join(archiveDir, storeDay(printedAt, timeZone), `${recordNumber}-${jobId}.pdf`);
}

export async function writeArchivedPdf(file: string, pdf: Uint8Array): Promise<void> {
  await writeFileAtomic(file, pdf);
}
