import { z } from 'zod';
import { printJobRequest } from '../../../shared/schema/print';
import { keepUnreadableCopy, readJsonFile, writeFileAtomic } from '../atomicFile';

/**
 * The pending print jobs on disk, HTML included, so a ticket that could not
 * be printed is still there to retry after the app or the PC restarts.
 */

export const storedPrintJob = printJobRequest.extend({
  /** Printer the job was last sent to ('' = system default). */
  printerName: z.string(),
  createdAt: z.number(),
  attempts: z.number().int().min(0),
  /** Copies already out of the printer: a retry prints only the rest. */
  copiesPrinted: z.number().int().min(0),
  lastError: z.string().optional(),
  lastDetail: z.string().optional(),
  pdfPath: z.string().optional(),
});
export type StoredPrintJob = z.infer<typeof storedPrintJob>;

const QUEUE_FILE_VERSION = 1;

const queueFile = z.object({
  version: z.literal(QUEUE_FILE_VERSION),
  jobs: z.array(z.unknown()),
});

export interface LoadedQueue {
  readonly jobs: StoredPrintJob[];
  /** Where a copy of an unreadable file was kept, if the file was (partly) unreadable. */
  readonly unreadableCopy?: string | undefined;
}

/**
 * Reads the queue; an unreadable file or entry never stops the app: what can
 * be read is kept, and the file is copied aside for a technician.
 */
export async function loadPendingJobs(file: string, now: number): Promise<LoadedQueue> {
  const read = await readJsonFile(file);
  if (read.kind === 'missing') return { jobs: [] };
  const parsed = read.kind === 'ok' ? queueFile.safeParse(read.value) : undefined;
  if (!parsed?.success) return { jobs: [], unreadableCopy: await keepUnreadableCopy(file, now) };

  const jobs: StoredPrintJob[] = [];
  let skipped = 0;
  for (const entry of parsed.data.jobs) {
    const job = storedPrintJob.safeParse(entry);
    if (job.success) jobs.push(job.data);
    else skipped += 1;
  }
  return { jobs, unreadableCopy: skipped > 0 ? await keepUnreadableCopy(file, now) : undefined };
}

export async function savePendingJobs(file: string, jobs: readonly StoredPrintJob[]): Promise<void> {
  await writeFileAtomic(file, JSON.stringify({ version: QUEUE_FILE_VERSION, jobs }));
}
