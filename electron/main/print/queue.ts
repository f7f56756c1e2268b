import type { Clock } from '../../../shared/domain/clock';
import type { PrinterRoute, PrintJobRequest, PrintJobResult, QueuedPrintJob } from '../../../shared/schema/print';
import { DeskError, describeError } from '../deskError';
import { archivePdfPath, writeArchivedPdf, type ArchiveOutcome } from './archive';
import type { DriverPrinter, PrintDriver } from './driver';
import { jobsToDrop, type KeptJobLimits } from './keptJobs';
import { loadPendingJobs, savePendingJobs, type StoredPrintJob } from './queueStore';

/** Reasons a printout failed, as i18n keys the counter shows. */
export const PRINT_ERROR = {
  printerNotFound: 'print.error.printerNotFound',
  printerOffline: 'print.error.printerOffline',
  failed: 'print.error.failed',
  jobNotFound: 'print.error.jobNotFound',
  archiveFailed: 'print.error.archiveFailed',
  alreadyPrinted: 'print.error.alreadyPrinted',
} as const;

export interface PrintQueueOptions {
  readonly driver: PrintDriver;
  /** PDF copies go to `<archiveDir>/<yyyy-MM-dd>/<recordNumber>-<jobId>.pdf`. */
  readonly archiveDir: string;
  /** JSON file holding the jobs still to print. */
  readonly queueFile: string;
  readonly clock: Clock;
  /** The store's time zone, for the archive's day folders. */
  readonly timeZone?: string;
  readonly log?: (message: string, error?: unknown) => void;
  /** How much of the failed jobs is kept (KEPT_JOB_LIMITS unless given). */
  readonly keptJobLimits?: KeptJobLimits;
}

interface Problem {
  readonly key: string;
  readonly detail?: string | undefined;
}

/**
 * The counter's print queue. Every job is first archived as a PDF, then kept
 * on disk, then printed copy by copy; only a job whose every copy came out
 * leaves the queue. A failure returns at once with a reason the clerk can act
 * on (printer missing, offline, failed) and the job waits for a retry.
 *
 * Jobs run one at a time, so copies of two tickets never interleave on a
 * printer and the queue file is never written by two jobs at once.
 */
export class PrintQueue {
  private readonly options: PrintQueueOptions;
  private readonly log: (message: string, error?: unknown) => void;
  private pending: Promise<Map<string, StoredPrintJob>> | undefined;
  private lane: Promise<unknown> = Promise.resolve();

  constructor(options: PrintQueueOptions) {
    this.options = options;
    this.log = options.log ?? ((message, error) => console.error(`[print] ${message}`, error ?? ''));
  }

  /** Archives and prints a new job on the route's printer. */
  submit(request: PrintJobRequest, route: PrinterRoute): Promise<PrintJobResult> {
    return this.inLane(async () => {
      const pending = await this.load();
      const known = pending.get(request.jobId);
      // The same job sent again (a double click, a resend): print what is missing, archive once.
      if (known) return this.attempt(await this.archive(known), route.printerName);

      // A new job whose PDF is archived already was printed: refused, the archived copy stays as it is. A reprint is a new job.
      const job = await this.archive(
        { ...request, printerName: route.printerName, createdAt: this.options.clock.now(), attempts: 0, copiesPrinted: 0 },
        { refuseArchived: true },
      );
      // On disk before the printer is touched: a crash mid-print leaves the job to retry.
      pending.set(job.jobId, job);
      await this.save();
      return this.attempt(job, route.printerName);
    });
  }

  /** Tries a kept job again, on the given route's printer (settings may have been fixed) or the one it last used. */
  retry(jobId: string, route?: PrinterRoute): Promise<PrintJobResult> {
    return this.inLane(async () => {
      const job = (await this.load()).get(jobId);
      if (!job) throw new DeskError(PRINT_ERROR.jobNotFound, jobId);
      return this.attempt(await this.archive(job), route?.printerName ?? job.printerName);
    });
  }

  /** The jobs waiting to be printed, oldest first. Does not wait for a job being printed. */
  async list(): Promise<QueuedPrintJob[]> {
    const pending = await this.load();
    return [...pending.values()]
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((job) => ({
        jobId: job.jobId,
        kind: job.kind,
        recordNumber: job.recordNumber,
        createdAt: job.createdAt,
        attempts: job.attempts,
        lastError: job.lastError,
      }));
  }

  private inLane<T>(work: () => Promise<T>): Promise<T> {
    const run = this.lane.then(work, work);
    this.lane = run.catch(() => undefined);
    return run;
  }

  private load(): Promise<Map<string, StoredPrintJob>> {
    this.pending ??= loadPendingJobs(this.options.queueFile, this.options.clock.now()).then(async (loaded) => {
      if (loaded.unreadableCopy) this.log(`queue file partly unreadable; a copy was kept at ${loaded.unreadableCopy}`);
      const pending = new Map(loaded.jobs.map((job) => [job.jobId, job]));
      if (this.dropOverLimits(pending)) await this.write(pending);
      return pending;
    });
    return this.pending;
  }

  private async save(): Promise<void> {
    const pending = await this.load();
    this.dropOverLimits(pending);
    await this.write(pending);
  }

  private async write(pending: Map<string, StoredPrintJob>): Promise<void> {
    try {
      await savePendingJobs(this.options.queueFile, [...pending.values()]);
    } catch (error) {
      // The job still has its PDF in the archive; printing goes on.
      this.log('could not write the print queue file', error);
    }
  }

  /** Drops the kept jobs over the limits (oldest first), each logged with its archived PDF; true when any went. */
  private dropOverLimits(pending: Map<string, StoredPrintJob>): boolean {
    const dropped = jobsToDrop([...pending.values()], this.options.clock.now(), this.options.keptJobLimits);
    for (const { job, reason } of dropped) {
      pending.delete(job.jobId);
      this.log(`job ${job.jobId} (${job.recordNumber}) no longer kept to retry (${reason}); its PDF: ${job.pdfPath ?? 'none'}`);
    }
    return dropped.length > 0;
  }

  /**
   * Makes the PDF copy if the job has none yet; an archived PDF is never
   * written over. A kept job finding its own PDF there (made before a crash)
   * takes it; a new job finding one was printed already and is refused. Any
   * other failure is logged and does not stop printing.
   */
  private async archive(job: StoredPrintJob, { refuseArchived = false } = {}): Promise<StoredPrintJob> {
    if (job.pdfPath) return job;
    const { archiveDir, timeZone } = this.options;
    const pdfPath = archivePdfPath(archiveDir, job.createdAt, job.recordNumber, job.jobId, timeZone);
    let outcome: ArchiveOutcome;
    try {
      outcome = await writeArchivedPdf(pdfPath, await this.options.driver.toPdf({ html: job.html, paper: job.paper }));
    } catch (error) {
      this.log(`could not archive job ${job.jobId} as PDF`, error);
      return job;
    }
    if (outcome === 'kept' && refuseArchived) throw new DeskError(PRINT_ERROR.alreadyPrinted, pdfPath);
    return { ...job, pdfPath };
  }

  private async attempt(job: StoredPrintJob, printerName: string): Promise<PrintJobResult> {
    const pending = await this.load();
    let current: StoredPrintJob = { ...job, printerName, attempts: job.attempts + 1 };
    pending.set(current.jobId, current);

    const problem = await this.checkPrinter(printerName);
    if (problem) return this.keepFailed(current, problem);

    while (current.copiesPrinted < current.copies) {
      try {
        await this.options.driver.print({ html: current.html, paper: current.paper, printerName });
      } catch (error) {
        return this.keepFailed(current, await this.explainFailure(printerName, error));
      }
      current = { ...current, copiesPrinted: current.copiesPrinted + 1 };
      pending.set(current.jobId, current);
    }

    pending.delete(current.jobId);
    await this.save();
    return {
      jobId: current.jobId,
      status: 'printed',
      pdfPath: current.pdfPath,
      detail: current.pdfPath ? undefined : PRINT_ERROR.archiveFailed,
    };
  }

  private async keepFailed(job: StoredPrintJob, problem: Problem): Promise<PrintJobResult> {
    const kept: StoredPrintJob = { ...job, lastError: problem.key, lastDetail: problem.detail };
    (await this.load()).set(kept.jobId, kept);
    await this.save();
    return { jobId: kept.jobId, status: 'failed', pdfPath: kept.pdfPath, error: problem.key, detail: problem.detail };
  }

  /** Is the printer there and able to print? '' means the system default printer. */
  private async checkPrinter(printerName: string): Promise<Problem | undefined> {
    let printers: readonly DriverPrinter[];
    try {
      printers = await this.options.driver.listPrinters();
    } catch (error) {
      return { key: PRINT_ERROR.failed, detail: `printer list unavailable: ${describeError(error)}` };
    }
    if (printerName === '') {
      if (printers.length === 0) return { key: PRINT_ERROR.printerNotFound, detail: 'no printer is installed' };
      const systemDefault = printers.find((printer) => printer.isDefault);
      if (systemDefault?.offline) return { key: PRINT_ERROR.printerOffline, detail: systemDefault.name };
      return undefined;
    }
    const printer = printers.find((candidate) => candidate.name === printerName);
    if (!printer) return { key: PRINT_ERROR.printerNotFound, detail: printerName };
    if (printer.offline) return { key: PRINT_ERROR.printerOffline, detail: printerName };
    return undefined;
  }

  /** A print that failed: the driver's own reason, or what the printer list says now. */
  private async explainFailure(printerName: string, error: unknown): Promise<Problem> {
    if (error instanceof DeskError && error.key.startsWith('print.error.')) return { key: error.key, detail: error.detail };
    const detail = describeError(error);
    const problem = await this.checkPrinter(printerName);
    return problem ? { key: problem.key, detail } : { key: PRINT_ERROR.failed, detail };
  }
}
