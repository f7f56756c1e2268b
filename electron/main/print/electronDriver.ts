import { BrowserWindow, type PrinterInfo as ElectronPrinterInfo, type WebContents } from 'electron';
import { DeskError } from '../deskError';
import { printWindowPreferences } from '../security';
import type { DriverPrinter, PrintDocumentJob, PrintDriver, PrinterJob } from './driver';
import { layoutViewportPx, MEASURE_CONTENT_HEIGHT_SCRIPT, pageSizeInches, pageSizeMicrons, parseMeasuredHeight, printMarginType } from './paper';
import type { PrintDocuments } from './printDocuments';
import { describePrinter } from './printerStatus';

/**
 * The only print module that touches Electron. Each call loads the ticket
 * in a fresh hidden window: sandboxed, no preload (the ticket cannot reach
 * IPC), served from app://desk/__print/ so its app://desk/ fonts are
 * same-origin, with a CSP that lets none of its own scripts run.
 *
 * JavaScript stays enabled for one reason: the main process awaits
 * `document.fonts.ready` and reads the height with executeJavaScript (the
 * page's CSP does not apply to it). Printing before the fonts are in prints
 * fallback glyphs or blank boxes.
 */

export interface ElectronPrintDriverOptions {
  readonly documents: PrintDocuments;
  /** A live web contents to ask for the printer list (the desk window's), if there is one. */
  readonly printerListSource: () => WebContents | undefined;
  readonly loadTimeoutMs?: number;
  /** webContents.print's callback is not called by every driver on every failure. */
  readonly printTimeoutMs?: number;
}

const DEFAULT_LOAD_TIMEOUT_MS = 15_000;
const DEFAULT_PRINT_TIMEOUT_MS = 60_000;

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new DeskError('print.error.failed', `${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function createElectronPrintDriver(options: ElectronPrintDriverOptions): PrintDriver {
  const loadTimeoutMs = options.loadTimeoutMs ?? DEFAULT_LOAD_TIMEOUT_MS;
  const printTimeoutMs = options.printTimeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;

  /** Loads the ticket in its own window, measures it, hands it to `use`, and always closes the window. */
  async function withLoadedDocument<T>(job: PrintDocumentJob, use: (contents: WebContents, heightPx: number) => Promise<T>): Promise<T> {
    const viewport = layoutViewportPx(job.paper);
    const printWindow = new BrowserWindow({
      show: false,
      frame: false,
      useContentSize: true,
      width: viewport.width,
      height: viewport.height,
      webPreferences: printWindowPreferences(),
    });
    const contents = printWindow.webContents;
    // A ticket is one static page: it may not navigate anywhere (a meta refresh, a link).
    contents.on('will-navigate', (event) => event.preventDefault());
    const ticket = options.documents.add(job.html);
    try {
      await withTimeout(printWindow.loadURL(ticket.url), loadTimeoutMs, 'loading the print document');
      const measured: unknown = await withTimeout(contents.executeJavaScript(MEASURE_CONTENT_HEIGHT_SCRIPT), loadTimeoutMs, 'waiting for fonts');
      return await use(contents, parseMeasuredHeight(measured));
    } finally {
      options.documents.remove(ticket.id);
      if (!printWindow.isDestroyed()) printWindow.destroy();
    }
  }

  async function reportedPrinters(): Promise<ElectronPrinterInfo[]> {
    const source = options.printerListSource();
    if (source && !source.isDestroyed()) return source.getPrintersAsync();
    const probe = new BrowserWindow({ show: false, webPreferences: printWindowPreferences() });
    try {
      return await probe.webContents.getPrintersAsync();
    } finally {
      probe.destroy();
    }
  }

  return {
    async listPrinters(): Promise<readonly DriverPrinter[]> {
      return (await reportedPrinters()).map((printer) => describePrinter(printer, process.platform));
    },

    print(job: PrinterJob): Promise<void> {
      return withLoadedDocument(job, (contents, heightPx) =>
        withTimeout(
          new Promise<void>((resolve, reject) => {
            contents.print(
              {
                silent: true,
                // Omitted for '' so Chromium picks the system default printer.
                ...(job.printerName ? { deviceName: job.printerName } : {}),
                pageSize: pageSizeMicrons(job.paper, heightPx),
                margins: { marginType: printMarginType(job.paper) },
                printBackground: true,
                copies: 1,
              },
              (success, failureReason) => {
                if (success) resolve();
                else reject(new DeskError('print.error.failed', failureReason || 'print failed'));
              },
            );
          }),
          printTimeoutMs,
          'printing',
        ),
      );
    },

    toPdf(job: PrintDocumentJob): Promise<Uint8Array> {
      return withLoadedDocument(job, async (contents, heightPx) => {
        const pdf = await contents.printToPDF({
          pageSize: pageSizeInches(job.paper, heightPx),
          // Zero outside margins; a sheet's own @page margins still apply here.
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
          printBackground: true,
          preferCSSPageSize: false,
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      });
    },
  };
}
