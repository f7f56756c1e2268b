import type { PrinterInfo, PrinterSettings, PrintJobRequest, PrintJobResult, QueuedPrintJob } from '../../../shared/schema/print';
import { DeskError } from '../deskError';
import type { PrintDriver } from '../print/driver';
import { PRINT_ERROR, type PrintQueue } from '../print/queue';
import type { PrinterSettingsStore } from '../print/settings';

/** The `print:*` channels: printer list, silent printing with its queue, and printer settings. */
export interface PrintChannelDeps {
  readonly driver: Pick<PrintDriver, 'listPrinters'>;
  readonly queue: Pick<PrintQueue, 'submit' | 'retry' | 'list'>;
  readonly settings: Pick<PrinterSettingsStore, 'read' | 'save'>;
}

export function printChannels({ driver, queue, settings }: PrintChannelDeps) {
  return {
    listPrinters: async (): Promise<PrinterInfo[]> => {
      const printers = await driver.listPrinters();
      return printers.map(({ name, displayName, isDefault }) => ({ name, displayName, isDefault }));
    },

    submit: async (request: PrintJobRequest): Promise<PrintJobResult> => {
      const routes = await settings.read();
      return queue.submit(request, routes[request.kind]);
    },

    list: (): Promise<QueuedPrintJob[]> => queue.list(),

    /** Retries on the printer the settings name now: fixing the settings is how a clerk recovers. */
    retry: async ({ jobId }: { readonly jobId: string }): Promise<PrintJobResult> => {
      const job = (await queue.list()).find((candidate) => candidate.jobId === jobId);
      if (!job) throw new DeskError(PRINT_ERROR.jobNotFound, jobId);
      const routes = await settings.read();
      return queue.retry(jobId, routes[job.kind]);
    },

    getSettings: (): Promise<PrinterSettings> => settings.read(),

    setSettings: (next: PrinterSettings): Promise<PrinterSettings> => settings.save(next),
  };
}
