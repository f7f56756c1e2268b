import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, open, unlink } from 'node:fs/promises';
import path from 'node:path';
import { storeDay } from '../../../shared/domain/clock';

/**
 * The PDF archive: a copy of every printout, in one folder per store day,
 * named by record number and job id (both restricted to [A-Za-z0-9-] by
 * their schemas, so they are safe file names on every OS).
 */
export function archivePdfPath(archiveDir: string, printedAt: number, recordNumber: string, jobId: string, timeZone?: string): string {
  return path.join(archiveDir, storeDay(printedAt, timeZone), `${recordNumber}-${jobId}.pdf`);
}

/** 'kept': a PDF of that name was already archived and stays as it was. */
export type ArchiveOutcome = 'written' | 'kept';

const code = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * Writes an archived PDF whole (a temporary file flushed to disk first) and
 * never over an existing one: the archive is evidence of what was printed.
 * A hard link fails if the name is taken; where the file system has no hard
 * links, an exclusive copy does the same.
 */
export async function writeArchivedPdf(file: string, pdf: Uint8Array): Promise<ArchiveOutcome> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomUUID()}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(pdf);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temp, file).catch(async (error: unknown) => {
      if (code(error) === 'EEXIST') throw error;
      await copyFile(temp, file, constants.COPYFILE_EXCL);
    });
    return 'written';
  } catch (error) {
    if (code(error) === 'EEXIST') return 'kept';
    throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
